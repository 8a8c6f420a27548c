import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCsv, toJson, toMarkdown, type ExportInput } from "@/lib/compare/export";
import { indexRows, type CompareRow } from "@/lib/compare/rows";
import { computeView } from "@/lib/compare/view";
import { OPTIONS, ROWS, SHAPE, categoryName, idsOf, row, state } from "./test-data";
import { parseCsv } from "@/tests/csv";

const METAL = { id: "metal", name: "Bare metal" };
const VM = { id: "vm", name: "Virtual machine" };
const BOX = { id: "box", name: "Container" };

/** One row whose bare-metal cell holds `value`. */
function oneRow(value: string, name = "Attr"): CompareRow[] {
  return indexRows(
    [row("attr", name, "performance", "why", { metal: ["advantage", value] })],
    categoryName,
  );
}

function input(
  rows: readonly CompareRow[],
  options: ExportInput["options"] = [METAL],
): ExportInput {
  return { rows, options, categoryName };
}

describe("toCsv", () => {
  it.each<[string, string]>([
    ["plain", "plain"],
    ["", ""],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["two\r\nlines", '"two\r\nlines"'],
    ["a=b", "a=b"],
    // Formula injection: a leading =, +, -, @, tab or CR gets a ' prefix.
    ["=1+1", "'=1+1"],
    ["=SUM(A1,A2)", `"'=SUM(A1,A2)"`],
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", `"'\r=1"`],
  ])("cell %j -> %j", (value, field) => {
    expect(toCsv(input(oneRow(value)))).toBe(
      `Category,Attribute,Bare metal,Bare metal verdict,Bare metal evidence\r\nPerformance,Attr,${field},advantage,stated\r\n`,
    );
  });

  it("guards names in the header and the rows too", () => {
    const csv = toCsv(
      input(oneRow("ok", "=cmd|' /C calc'!A0"), [{ id: "metal", name: '@evil, "opt"' }]),
    );
    expect(parseCsv(csv)).toEqual([
      [
        "Category",
        "Attribute",
        '\'@evil, "opt"',
        '\'@evil, "opt" verdict',
        '\'@evil, "opt" evidence',
      ],
      ["Performance", "'=cmd|' /C calc'!A0", "ok", "advantage", "stated"],
    ]);
  });

  it("exports only the given rows and columns, columns in the given order", () => {
    const rows = ROWS.filter((r) => r.id === "boot-time" || r.id === "isolation");
    expect(parseCsv(toCsv(input(rows, [BOX, METAL])))).toEqual([
      [
        "Category",
        "Attribute",
        "Container",
        "Container verdict",
        "Container evidence",
        "Bare metal",
        "Bare metal verdict",
        "Bare metal evidence",
      ],
      [
        "Performance",
        "Boot time",
        "Seconds",
        "advantage",
        "stated",
        "Minutes",
        "disadvantage",
        "stated",
      ],
      [
        "Security",
        "Tenant isolation",
        "Shared kernel",
        "disadvantage",
        "stated",
        "One tenant per host",
        "advantage",
        "stated",
      ],
    ]);
  });

  it("reads back every value exactly (after the formula guard) for arbitrary text", () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom(",", '"', "\r", "\n", "\r\n", "=", "+", "-", "@", "\t", "'", " "),
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
      ),
      maxLength: 20,
    });
    fc.assert(
      fc.property(text, text, (name, value) => {
        const records = parseCsv(toCsv(input(oneRow(value, name))));
        const guarded = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
        expect(records).toEqual([
          ["Category", "Attribute", "Bare metal", "Bare metal verdict", "Bare metal evidence"],
          ["Performance", guarded(name), guarded(value), "advantage", "stated"],
        ]);
      }),
      { numRuns: 1000 },
    );
  });
});

/** The cells of a Markdown table line, split on pipes that are not escaped. */
function splitMarkdownRow(line: string): string[] {
  const cells: string[] = [];
  let current = "";
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "\\") {
      current += ch + (line[i + 1] ?? "");
      i++;
    } else if (ch === "|") {
      cells.push(current);
      current = "";
    } else current += ch;
  }
  cells.push(current);
  return cells.slice(1, -1).map((c) => c.trim());
}

describe("toMarkdown", () => {
  it.each<[string, string]>([
    ["plain", "plain (Advantage, stated)"],
    ["a | b", "a \\| b (Advantage, stated)"],
    ["a|b|c", "a\\|b\\|c (Advantage, stated)"],
    ["C:\\path", "C:\\\\path (Advantage, stated)"],
    ["a\\|b", "a\\\\\\|b (Advantage, stated)"],
    ["two\nlines", "two lines (Advantage, stated)"],
    ["two\r\n\r\nlines", "two lines (Advantage, stated)"],
  ])("cell %j -> %j", (value, expected) => {
    expect(toMarkdown(input(oneRow(value)))).toBe(
      `| Category | Attribute | Bare metal |\n| --- | --- | --- |\n| Performance | Attr | ${expected} |\n`,
    );
  });

  it("says how each value is known, and leaves missing cells empty", () => {
    const [r] = oneRow("Seconds");
    const derived: CompareRow = {
      ...r!,
      cells: { metal: { ...r!.cells.metal!, evidence: "derived" } },
    };
    const unstated: CompareRow = {
      ...r!,
      cells: {
        metal: {
          ...r!.cells.metal!,
          value: "Not stated: ask your provider",
          verdict: null,
          evidence: "unstated",
        },
      },
    };
    expect(toMarkdown(input([derived, unstated], [METAL, VM]))).toBe(
      "| Category | Attribute | Bare metal | Virtual machine |\n" +
        "| --- | --- | --- | --- |\n" +
        "| Performance | Attr | Seconds (Advantage, derived) |  |\n" +
        "| Performance | Attr | Not stated: ask your provider |  |\n",
    );
  });

  it("keeps one table cell per column whatever the text holds", () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom("|", "\\", "\n", "\r", " "),
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
      ),
      maxLength: 20,
    });
    fc.assert(
      fc.property(text, text, (name, value) => {
        const lines = toMarkdown(input(oneRow(value, name), [METAL, VM])).split("\n");
        expect(lines).toHaveLength(4);
        expect(lines[3]).toBe("");
        for (const line of lines.slice(0, 3)) expect(splitMarkdownRow(line)).toHaveLength(4);
      }),
      { numRuns: 1000 },
    );
  });

  it("exports the visible rows and columns in the given order", () => {
    const view = computeView(ROWS, state({ cat: ["security"], cols: ["box", "metal"] }), SHAPE);
    const md = toMarkdown(input(view.rows, [BOX, METAL]));
    expect(md.trimEnd().split("\n").map(splitMarkdownRow)).toEqual([
      ["Category", "Attribute", "Container", "Bare metal"],
      ["---", "---", "---", "---"],
      [
        "Security",
        "Tenant isolation",
        "Shared kernel (Disadvantage, stated)",
        "One tenant per host (Advantage, stated)",
      ],
      [
        "Security",
        "Data privacy",
        "Provider-managed disks (Neutral, stated)",
        "Your disks only (Neutral, stated)",
      ],
    ]);
  });
});

describe("toJson", () => {
  it("parses back with only the visible rows and columns, in the given order", () => {
    const view = computeView(ROWS, state({ q: "host", cols: ["box", "metal"] }), SHAPE);
    const json = toJson(input(view.rows, [BOX, METAL]));
    expect(json.endsWith("\n")).toBe(true);
    const parsed = JSON.parse(json) as {
      options: { id: string; name: string }[];
      attributes: { id: string; name: string; category: string; cells: Record<string, unknown> }[];
    };
    expect(parsed.options).toEqual([BOX, METAL]);
    expect(idsOf(parsed.attributes)).toEqual(["overhead", "isolation"]);
    for (const a of parsed.attributes) expect(Object.keys(a.cells)).toEqual(["box", "metal"]);
    expect(parsed.attributes[1]).toEqual({
      id: "isolation",
      name: "Tenant isolation",
      category: "Security",
      cells: {
        box: {
          value: "Shared kernel",
          verdict: "disadvantage",
          evidence: "stated",
          source: "faq-table",
          reviewed: "2026-11-01",
          note: "",
        },
        metal: {
          value: "One tenant per host",
          verdict: "advantage",
          evidence: "stated",
          source: "faq-table",
          reviewed: "2026-11-01",
          note: "Résumé: no shared hardware.",
        },
      },
    });
    // Nothing from the hidden column or the hidden rows leaks into the file.
    expect(json).not.toContain("Shared host");
    expect(json).not.toContain("Virtual machine");
    expect(json).not.toContain("Boot time");
  });

  it("writes null for a missing cell and keeps hostile text intact", () => {
    const hostile = '</script><script>alert("x")</script> | =1+1,\n';
    const parsed = JSON.parse(toJson(input(oneRow(hostile, hostile), [METAL, VM]))) as {
      attributes: { name: string; cells: Record<string, { value: string } | null> }[];
    };
    expect(parsed.attributes[0]?.name).toBe(hostile);
    expect(parsed.attributes[0]?.cells.metal?.value).toBe(hostile);
    expect(parsed.attributes[0]?.cells.vm).toBeNull();
  });

  it("exports every option when all are shown", () => {
    const parsed = JSON.parse(toJson(input(ROWS, OPTIONS))) as {
      options: unknown[];
      attributes: unknown[];
    };
    expect(parsed.options).toEqual(OPTIONS.map((o) => ({ id: o.id, name: o.name })));
    expect(parsed.attributes).toHaveLength(ROWS.length);
  });
});

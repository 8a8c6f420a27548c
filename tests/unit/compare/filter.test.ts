import { describe, expect, it } from "vitest";
import { indexRows } from "@/lib/compare/rows";
import { cellTones, differs, filterRows } from "@/lib/compare/view";
import type { CompareState } from "@/lib/url-state/compare-params";
import { ROWS, categoryName, idsOf, row, state } from "./test-data";

const ALL = ["overhead", "boot-time", "numa", "isolation", "privacy", "snapshots", "self-service"];

function shown(overrides: Partial<CompareState>): string[] {
  return idsOf(filterRows(ROWS, state(overrides)));
}

describe("filterRows: search (q)", () => {
  it.each<[string, string[]]>([
    ["", ALL],
    ["   ", ALL],
    // Case-insensitive, in the attribute name.
    ["NUMA", ["numa"]],
    ["numa", ["numa"]],
    ["nUmA", ["numa"]],
    // Accent-insensitive both ways: the note says "Résumé".
    ["resume", ["isolation"]],
    ["RÉSUMÉ", ["isolation"]],
    ["résumé", ["isolation"]],
    // Matches in cell values (any option) ...
    ["seconds", ["boot-time"]],
    ["ticket", ["self-service"]],
    ["provider", ["numa", "privacy"]],
    // ... in notes ...
    ["containers skip", ["boot-time"]],
    ["hardware", ["isolation"]],
    // ... in the explanation and the category name.
    ["firmware", ["numa"]],
    ["security", ["isolation", "privacy"]],
    // Every term must match, in any order, and extra whitespace is ignored.
    ["shared kernel", ["isolation"]],
    ["  kernel   shared ", ["isolation"]],
    ["host tenant", ["isolation"]],
    ["host", ["overhead", "isolation"]],
    ["shared snapshots", []],
    ["zzz", []],
  ])("q=%j -> %j", (q, expected) => {
    expect(shown({ q })).toEqual(expected);
  });
});

describe("filterRows: category (cat)", () => {
  it.each<[string[], string[]]>([
    [[], ALL],
    [["performance"], ["overhead", "boot-time", "numa"]],
    [["security"], ["isolation", "privacy"]],
    [
      ["security", "operations"],
      ["isolation", "privacy", "snapshots", "self-service"],
    ],
    [
      ["operations", "performance"],
      ["overhead", "boot-time", "numa", "snapshots", "self-service"],
    ],
    [["performance", "security", "operations"], ALL],
  ])("cat=%j -> %j", (cat, expected) => {
    expect(shown({ cat })).toEqual(expected);
  });
});

describe("differs", () => {
  const byId = (id: string) => ROWS.find((r) => r.id === id)!;
  it.each<[string, string[], boolean]>([
    ["privacy", ["metal", "vm", "box"], false],
    ["overhead", ["metal", "vm", "box"], true],
    ["overhead", ["metal", "box"], false],
    ["boot-time", ["vm", "box"], false],
    ["self-service", ["metal", "vm"], false],
    ["self-service", ["metal", "box"], true],
    ["overhead", ["vm"], false],
    ["overhead", [], false],
  ])("%s with cols %j -> %s", (id, cols, expected) => {
    expect(differs(byId(id), cols)).toBe(expected);
  });
});

describe("filterRows: diff depends on the shown columns", () => {
  it.each<[boolean, string[], string[]]>([
    [false, ["metal", "vm", "box"], ALL],
    [
      true,
      ["metal", "vm", "box"],
      ["overhead", "boot-time", "numa", "isolation", "snapshots", "self-service"],
    ],
    [true, ["metal", "vm"], ["overhead", "boot-time", "numa", "isolation", "snapshots"]],
    [true, ["vm", "metal"], ["overhead", "boot-time", "numa", "isolation", "snapshots"]],
    [true, ["vm", "box"], ["overhead", "isolation", "snapshots", "self-service"]],
    [true, ["metal", "box"], ["boot-time", "numa", "isolation", "snapshots", "self-service"]],
    // One column never differs from itself.
    [true, ["box"], []],
  ])("diff=%s cols=%j -> %j", (diff, cols, expected) => {
    expect(shown({ diff, cols })).toEqual(expected);
  });
});

describe("filterRows: advantage (adv)", () => {
  it.each<[string | null, string[]]>([
    [null, ALL],
    ["metal", ["overhead", "numa", "isolation"]],
    ["vm", ["boot-time", "snapshots"]],
    ["box", ["overhead", "boot-time", "self-service"]],
  ])("adv=%s -> %j", (adv, expected) => {
    expect(shown({ adv })).toEqual(expected);
  });
});

describe("filterRows: verdict (any shown column has one of them)", () => {
  it.each<[CompareState["verdict"], string[], string[]]>([
    [[], ["metal", "vm", "box"], ALL],
    [["disadvantage"], ["metal", "vm", "box"], ["overhead", "boot-time", "isolation", "snapshots"]],
    [["disadvantage"], ["vm", "box"], ["overhead", "isolation"]],
    [["disadvantage"], ["box"], ["isolation"]],
    [["neutral"], ["metal"], ["privacy", "self-service"]],
    [
      ["advantage", "disadvantage"],
      ["metal"],
      ["overhead", "boot-time", "numa", "isolation", "snapshots"],
    ],
    [
      ["advantage"],
      ["metal", "vm", "box"],
      ["overhead", "boot-time", "numa", "isolation", "snapshots", "self-service"],
    ],
    [["advantage", "neutral", "disadvantage"], ["vm"], ALL],
  ])("verdict=%j cols=%j -> %j", (verdict, cols, expected) => {
    expect(shown({ verdict, cols })).toEqual(expected);
  });
});

describe("filterRows: only", () => {
  it.each<[string[], string[]]>([
    [[], ALL],
    [["numa"], ["numa"]],
    // Authored order, whatever the order in the list.
    [
      ["privacy", "numa"],
      ["numa", "privacy"],
    ],
    [["gone", "privacy"], ["privacy"]],
  ])("only=%j -> %j", (only, expected) => {
    expect(shown({ only })).toEqual(expected);
  });
});

describe("filterRows: filters combine with AND", () => {
  it.each<[string, Partial<CompareState>, string[]]>([
    ["category + advantage", { cat: ["performance"], adv: "metal" }, ["overhead", "numa"]],
    [
      "category + diff on two columns",
      { cat: ["security"], diff: true, cols: ["metal", "vm"] },
      ["isolation"],
    ],
    ["search + category with no common row", { q: "shared", cat: ["performance"] }, []],
    ["verdict + advantage", { verdict: ["disadvantage"], adv: "box" }, ["overhead", "boot-time"]],
    [
      "only + diff",
      { only: ["overhead", "privacy", "snapshots"], diff: true },
      ["overhead", "snapshots"],
    ],
    ["search + diff (vm, box)", { q: "provider", diff: true, cols: ["vm", "box"] }, []],
    ["search + diff (metal, vm)", { q: "provider", diff: true, cols: ["metal", "vm"] }, ["numa"]],
    [
      "everything at once",
      {
        q: "HOST",
        cat: ["performance", "security"],
        diff: true,
        adv: "metal",
        verdict: ["disadvantage"],
        cols: ["vm", "metal"],
        only: ["overhead", "isolation", "numa"],
      },
      ["overhead"],
    ],
  ])("%s", (_label, overrides, expected) => {
    expect(shown(overrides)).toEqual(expected);
  });

  it("never adds rows: each extra filter gives a subset of the rows without it", () => {
    const base: Partial<CompareState> = { cols: ["metal", "vm"] };
    const extras: Partial<CompareState>[] = [
      { q: "host" },
      { cat: ["security"] },
      { diff: true },
      { adv: "vm" },
      { verdict: ["neutral"] },
      { only: ["numa", "snapshots"] },
    ];
    const without = shown(base);
    for (const extra of extras) {
      const withExtra = shown({ ...base, ...extra });
      expect(
        withExtra.every((id) => without.includes(id)),
        JSON.stringify(extra),
      ).toBe(true);
      expect(withExtra.length, JSON.stringify(extra)).toBeLessThan(without.length);
    }
  });
});

describe("cellTones", () => {
  const r = (cells: Record<string, ["advantage" | "neutral" | "disadvantage" | null]>) =>
    indexRows(
      [
        {
          ...row("x", "X", "performance", "x", {}),
          cells: Object.fromEntries(
            Object.entries(cells).map(([o, [verdict]]) => [
              o,
              {
                verdict,
                value: "v",
                note: "",
                evidence: verdict ? ("stated" as const) : ("unstated" as const),
                reviewed: "2026-11-01",
                source: "s",
              },
            ]),
          ),
        },
      ],
      categoryName,
    )[0]!;

  it.each<
    [
      string,
      Record<string, ["advantage" | "neutral" | "disadvantage" | null]>,
      string[],
      Record<string, string>,
    ]
  >([
    [
      "two options that differ: one better, one worse",
      { a: ["advantage"], b: ["disadvantage"] },
      ["a", "b"],
      { a: "better", b: "worse" },
    ],
    [
      "equal verdicts: the row says nothing to choose by",
      { a: ["neutral"], b: ["neutral"] },
      ["a", "b"],
      { a: "same", b: "same" },
    ],
    [
      "three options: better, even, worse",
      { a: ["advantage"], b: ["neutral"], c: ["disadvantage"] },
      ["a", "b", "c"],
      { a: "better", b: "even", c: "worse" },
    ],
    [
      "a silent source is unknown, never better or worse",
      { a: ["advantage"], b: [null] },
      ["a", "b"],
      { a: "better", b: "unknown" },
    ],
    [
      "only the shown columns count",
      { a: ["advantage"], b: ["disadvantage"], c: ["advantage"] },
      ["a", "c"],
      { a: "same", c: "same" },
    ],
  ])("%s", (_label, cells, shown, expected) => {
    expect(cellTones(r(cells), shown)).toEqual(expected);
  });
});

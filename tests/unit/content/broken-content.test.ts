import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/load-matrix";
import { TODAY } from "./fixtures";

const BROKEN = "tests/fixtures/broken";

interface Case {
  /** Folder under tests/fixtures/broken: a copy of valid-two with one thing broken. */
  name: string;
  /** File the problem is reported in, relative to the fixture folder. */
  file: string;
  /** Where the problem points. Left out only where the loader's position is known to be unhelpful (see below). */
  at?: [line: number, column: number];
  message: string;
  /** False when the one break also, legitimately, causes errors in other files. */
  contained: boolean;
  /** How many problems match `message` in `file` (default 1); `at` is the first one's place. */
  count?: number;
}

const CASES: Case[] = [
  // YAML
  {
    name: "yaml-syntax-error",
    file: "attributes/overhead.md",
    at: [3, 7],
    message: "the frontmatter is not valid YAML (Nested mappings",
    contained: true,
  },
  {
    name: "duplicate-yaml-key",
    file: "attributes/overhead.md",
    at: [6, 1],
    message: "not valid YAML (a key appears twice)",
    contained: true,
  },
  // Schema
  {
    name: "missing-required-field",
    file: "attributes/overhead.md",
    at: [2, 1],
    message: "`why` is missing",
    contained: true,
  },
  {
    name: "unknown-field",
    file: "attributes/boot-time.md",
    at: [15, 5],
    message: "unknown field `cells.virtual-machine.verdcit`",
    contained: true,
  },
  {
    name: "cell-value-too-long",
    file: "attributes/boot-time.md",
    at: [14, 12],
    message: "`cells.virtual-machine.value` is 66 characters; the limit is 60",
    contained: true,
  },
  {
    name: "bad-verdict",
    file: "attributes/boot-time.md",
    at: [15, 14],
    message: "`cells.virtual-machine.verdict` must be one of advantage, neutral, disadvantage",
    contained: true,
  },
  {
    name: "malformed-attribute-id",
    file: "attributes/boot-time.md",
    at: [2, 5],
    message: "`id` is not a well-formed id",
    contained: true,
  },
  // The option is dropped, so every cell and note for "bare-metal" is also reported.
  {
    name: "malformed-option-id",
    file: "options/bare-metal.md",
    at: [2, 5],
    message: "`id` is not a well-formed id",
    contained: false,
  },
  {
    name: "impossible-date",
    file: "attributes/boot-time.md",
    at: [17, 15],
    message: "`cells.virtual-machine.reviewed` is not a real calendar date",
    contained: true,
  },
  {
    name: "reviewed-in-future",
    file: "attributes/boot-time.md",
    at: [17, 15],
    message: "`cells.virtual-machine.reviewed` (2026-11-26) is in the future",
    contained: true,
  },
  // Cross-references
  {
    name: "duplicate-attribute-id",
    file: "attributes/launch.md",
    at: [2, 5],
    message: `the attribute id "boot-time" is already used in ${BROKEN}/duplicate-attribute-id/attributes/boot-time.md:2`,
    contained: true,
  },
  {
    name: "unknown-category",
    file: "attributes/boot-time.md",
    at: [4, 11],
    message: 'unknown category "perfromance"',
    contained: true,
  },
  {
    name: "unknown-source-in-cell",
    file: "attributes/boot-time.md",
    at: [16, 13],
    message: 'unknown source "faq-prse"',
    contained: true,
  },
  {
    name: "unknown-cite-in-prose",
    file: "options/virtual-machine.md",
    at: [12, 18],
    message: 'unknown source "faq-tabel"',
    contained: true,
  },
  {
    name: "unknown-term",
    file: "overview.md",
    at: [1, 68],
    message: 'unknown glossary term "hypervisr"',
    contained: true,
  },
  {
    name: "unknown-directive",
    file: "overview.md",
    at: [3, 61],
    message: "`:foo` is not a known inline directive",
    contained: true,
  },
  {
    name: "missing-cell",
    file: "attributes/boot-time.md",
    at: [7, 1],
    message: 'no cell for the option "virtual-machine"',
    contained: true,
  },
  {
    name: "cell-for-unknown-option",
    file: "attributes/boot-time.md",
    at: [8, 3],
    message: 'unknown option "gpu-container"',
    contained: true,
  },
  // Unsafe prose
  {
    name: "raw-html-in-note",
    file: "attributes/overhead.md",
    at: [26, 22],
    message: "raw HTML is not allowed in content",
    contained: true,
    // `<b>` and `</b>` are separate HTML nodes, each reported (26:22 and 26:32).
    count: 2,
  },
  {
    name: "javascript-link",
    file: "attributes/overhead.md",
    at: [26, 22],
    message: "link target `javascript:alert(1)` is not allowed",
    contained: true,
  },
  // Markdown decodes the entity, so the message shows the scheme the browser would see.
  {
    name: "entity-javascript-link",
    file: "attributes/overhead.md",
    at: [26, 22],
    message: "link target `javascript:alert(1)` is not allowed",
    contained: true,
  },
  {
    name: "mixed-case-javascript-link",
    file: "attributes/overhead.md",
    at: [26, 22],
    message: "link target `JaVaScRiPt:alert(1)` is not allowed",
    contained: true,
  },
  {
    name: "data-link",
    file: "attributes/overhead.md",
    at: [26, 22],
    message: "link target `data:text/html,hi` is not allowed",
    contained: true,
  },
  // Structure
  {
    name: "strength-without-citation",
    file: "options/virtual-machine.md",
    at: [12, 1],
    message: 'a point under "## Strengths" cites no source',
    contained: true,
  },
  // Position left out: reported at 1:1 (the opening `---`), not where the section belongs. The
  // option is also dropped, so its cells and notes elsewhere are reported as unknown.
  {
    name: "missing-limitations-section",
    file: "options/virtual-machine.md",
    message: 'the section "## Limitations" is missing',
    contained: false,
  },
  {
    name: "note-heading-names-no-option",
    file: "attributes/overhead.md",
    at: [20, 1],
    message: 'note heading "## Bare-metal server" names no option',
    contained: true,
  },
  {
    name: "inferred-without-note",
    file: "attributes/tenant-isolation.md",
    at: [17, 15],
    message: 'the cell for "virtual-machine" is inferred but has no note',
    contained: true,
  },
  // Position left out: reported at 1:1 although the note's heading is on line 15.
  {
    name: "note-without-cell",
    file: "attributes/boot-time.md",
    message: 'a note for "virtual-machine" has no cell',
    contained: true,
  },
  // Folder-level problems: the glossary's terms are then unknown wherever they are used.
  {
    name: "missing-glossary",
    file: "glossary.md",
    at: [1, 1],
    message: "the file is missing (it holds the glossary terms)",
    contained: false,
  },
  {
    name: "only-one-option",
    file: "options",
    at: [1, 1],
    message: "there is only one option",
    contained: false,
  },
];

describe("broken content is reported at the right place", () => {
  it("has a case for every broken fixture folder (and a folder for every case)", () => {
    const folders = readdirSync(BROKEN)
      .filter((f) => f !== "multiple-errors")
      .sort();
    expect(CASES.map((c) => c.name).sort()).toEqual(folders);
  });

  it.each(CASES)("$name", async ({ name, file, at, message, contained, count = 1 }) => {
    const dir = `${BROKEN}/${name}`;
    const result = await checkContent(dir, TODAY);
    expect(result.ok).toBe(false);

    const path = `${dir}/${file}`;
    const found = result.problems.filter((p) => p.file === path && p.message.includes(message));
    expect(
      found,
      `no problem in ${path} containing "${message}"; got:\n${JSON.stringify(result.problems, null, 2)}`,
    ).toHaveLength(count);
    const problem = found[0];
    if (!problem) return;
    expect(problem.severity).toBe("error");
    if (at) expect([problem.line, problem.column]).toEqual(at);
    expect(problem.fix.trim()).not.toBe("");

    if (contained) {
      const elsewhere = result.problems.filter((p) => p.severity === "error" && p.file !== path);
      expect(elsewhere).toEqual([]);
    }
  });

  it("reports every problem across several files in one run", async () => {
    const dir = `${BROKEN}/multiple-errors`;
    const result = await checkContent(dir, TODAY);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.severity, p.file, p.line, p.column, p.message])).toEqual([
      [
        "error",
        `${dir}/attributes/overhead.md`,
        15,
        14,
        "`cells.virtual-machine.verdict` must be one of advantage, neutral, disadvantage",
      ],
      ["error", `${dir}/attributes/overhead.md`, 22, 34, "`:host` is not a known inline directive"],
      ["error", `${dir}/overview.md`, 1, 68, 'unknown glossary term "hypervisr"'],
    ]);
  });
});

describe("review dates", () => {
  it("warns about a review more than 365 days old but still validates", async () => {
    const dir = "tests/fixtures/stale-review";
    const result = await checkContent(dir, TODAY);
    expect(result.ok).toBe(true);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      severity: "warning",
      file: `${dir}/attributes/boot-time.md`,
      line: 17,
      column: 15,
      message: "`cells.virtual-machine.reviewed` is 366 days old",
    });
    expect(result.problems[0]?.fix).toMatch(/\S/);
  });
});

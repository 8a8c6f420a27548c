import { describe, expect, it } from "vitest";
import type { Problem } from "@/lib/content/problems";
import { checkEdited, MULTIPLE_ERRORS, STALE_REVIEW, VALID, type Edit } from "./fixtures";

/*
 * Each case breaks the valid fixture (tests/fixtures/valid-two) with one edit made in memory,
 * and says where the problem must be reported, in what words, and what else it may cause.
 */

const OVERHEAD = "attributes/overhead.md";
const BOOT = "attributes/boot-time.md";
const VM = "options/virtual-machine.md";

/** The virtual machine's cell in boot-time.md (lines 13-17). */
const BOOT_VM_CELL =
  '  virtual-machine:\n    value: "1-5 minutes"\n    verdict: advantage\n    source: faq-prose\n    reviewed: 2026-11-01\n';
/** The virtual machine's review date in boot-time.md (line 17), with the line before it. */
const BOOT_VM_REVIEWED = "source: faq-prose\n    reviewed: 2026-11-01";

/** A problem expected in a case's file: its message (a substring), where, and how often. */
interface Expected {
  /**
   * Where the (first) matching problem points. Left out only where the loader's position is known
   * to be unhelpful (the comment on the case says where it points instead).
   */
  at?: [line: number, column: number];
  message: string;
  /** How many problems match `message` in the file (default 1); `at` is the first one's place. */
  count?: number;
}

interface Case extends Expected {
  name: string;
  /** What breaks the valid fixture: one edit, or several that together make one break. */
  edit: Edit | Edit[];
  /** File (or folder) the problem is reported in, inside the fixture; default: the edit's file. */
  file?: string;
  /** Text the main problem's fix must contain. */
  fix?: string;
  /**
   * Further problems the same break legitimately causes in `file`. Nothing else may be reported
   * there.
   */
  also?: Expected[];
  /** False when the one break also, legitimately, causes errors in other files. */
  contained: boolean;
  /** With `contained: false`: how many errors other files get, so a cascade cannot grow unnoticed. */
  elsewhere?: number;
}

const CASES: Case[] = [
  // YAML
  {
    name: "yaml-syntax-error",
    edit: { file: OVERHEAD, replace: "name: Overhead", with: "name: Overhead: host CPU" },
    at: [3, 7],
    message: "the frontmatter is not valid YAML (Nested mappings",
    contained: true,
  },
  {
    name: "duplicate-yaml-key",
    edit: { file: OVERHEAD, replace: "order: 10\n", with: "order: 10\norder: 11\n" },
    at: [6, 1],
    message: "not valid YAML (a key appears twice)",
    contained: true,
  },
  // Position left out: the yaml library reports 5:1 (the next line), not the `[` at 4:11.
  {
    name: "yaml-unclosed-flow",
    edit: { file: OVERHEAD, replace: "category: performance", with: "category: [performance" },
    message:
      "the frontmatter is not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ])",
    contained: true,
  },
  // Position left out: the yaml library reports 6:71 (the end of the line), not the opening quote at 6:6.
  {
    name: "yaml-unclosed-quote",
    edit: { file: OVERHEAD, replace: 'your workload."', with: "your workload." },
    message: 'the frontmatter is not valid YAML (Missing closing "quote)',
    contained: true,
  },
  // `name: *Overhead*` (Markdown emphasis) is a YAML alias; it is refused, not resolved or thrown.
  {
    name: "yaml-unresolved-alias",
    edit: { file: OVERHEAD, replace: "name: Overhead", with: "name: *Overhead*" },
    at: [3, 7],
    message: "YAML alias `*Overhead*` is not supported",
    fix: 'put in double quotes, e.g. "*Overhead*"',
    contained: true,
  },
  // Nested aliases that would expand 100-fold: every alias is refused (10 `*a` on line 7, 10 `*b`
  // on line 8), and nothing is expanded. The anchors' position is left out: they are reported at
  // the anchored value (`[` at 6:8 and 7:8), not at `&a` (6:5) and `&b` (7:5).
  {
    name: "yaml-alias-bomb",
    edit: {
      file: OVERHEAD,
      replace: "order: 10\n",
      with:
        "order: 10\n" +
        "x1: &a [y, y, y, y, y, y, y, y, y, y]\n" +
        "x2: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n" +
        "x3: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n",
    },
    at: [7, 9],
    message: "YAML alias `*",
    count: 20,
    also: [
      { message: "YAML anchor `&a` is not supported" },
      { message: "YAML anchor `&b` is not supported" },
    ],
    contained: true,
  },
  {
    name: "frontmatter-after-blank-line",
    edit: { file: BOOT, replace: "---\nid: boot-time", with: "\n---\nid: boot-time" },
    at: [1, 1],
    message: "the frontmatter does not start on the first line",
    fix: "remove the blank lines above the opening `---`",
    contained: true,
  },
  // Schema
  {
    name: "missing-required-field",
    edit: {
      file: OVERHEAD,
      replace: 'why: "Host CPU used by a hypervisor is not available to your workload."\n',
      with: "",
    },
    at: [2, 1],
    message: "`why` is missing",
    fix: "add `why:` to the frontmatter",
    contained: true,
  },
  // A missing enum field is "missing", at the key it belongs under, not a complaint about its value.
  {
    name: "missing-verdict",
    edit: { file: BOOT, replace: "    verdict: advantage\n", with: "" },
    at: [13, 3],
    message: "`cells.virtual-machine.verdict` is missing",
    fix: "add `verdict:` under `cells.virtual-machine:`",
    contained: true,
  },
  {
    name: "unknown-field",
    edit: { file: BOOT, replace: "verdict: advantage", with: "verdcit: advantage" },
    at: [15, 5],
    message: "unknown field `cells.virtual-machine.verdcit`",
    // The misspelt key leaves the cell without a verdict, reported at the cell's key.
    also: [{ at: [13, 3], message: "`cells.virtual-machine.verdict` is missing" }],
    contained: true,
  },
  {
    name: "cell-value-too-long",
    edit: {
      file: BOOT,
      replace: 'value: "1-5 minutes"',
      with: 'value: "Between one and five minutes from request to a running VM instance"',
    },
    at: [14, 12],
    message: "`cells.virtual-machine.value` is 66 characters; the limit is 60",
    contained: true,
  },
  {
    name: "bad-verdict",
    edit: { file: BOOT, replace: "verdict: advantage", with: "verdict: good" },
    at: [15, 14],
    message: "`cells.virtual-machine.verdict` must be one of advantage, neutral, disadvantage",
    contained: true,
  },
  // The schema error does not hide the same attribute's unknown source: both come in one run.
  {
    name: "schema-error-hides-unknown-source",
    edit: {
      file: BOOT,
      replace: "verdict: advantage\n    source: faq-prose",
      with: "verdict: good\n    source: faq-prse",
    },
    at: [15, 14],
    message: "`cells.virtual-machine.verdict` must be one of advantage, neutral, disadvantage",
    also: [{ at: [16, 13], message: 'unknown source "faq-prse"' }],
    contained: true,
  },
  {
    name: "malformed-attribute-id",
    edit: { file: BOOT, replace: "id: boot-time", with: "id: Boot_Time" },
    at: [2, 5],
    message: "`id` is not a well-formed id",
    contained: true,
  },
  // No option has the id "bare-metal" any more, so the three attributes' `bare-metal:` cells and
  // the "## Bare metal" note in overhead.md are reported too (4 errors).
  {
    name: "malformed-option-id",
    edit: { file: "options/bare-metal.md", replace: "id: bare-metal", with: "id: Bare_Metal" },
    at: [2, 5],
    message: "`id` is not a well-formed id",
    contained: false,
    elsewhere: 4,
  },
  {
    name: "impossible-date",
    edit: {
      file: BOOT,
      replace: BOOT_VM_REVIEWED,
      with: "source: faq-prose\n    reviewed: 2026-02-30",
    },
    at: [17, 15],
    message: "`cells.virtual-machine.reviewed` is not a real calendar date",
    contained: true,
  },
  {
    name: "reviewed-in-future",
    edit: {
      file: BOOT,
      replace: BOOT_VM_REVIEWED,
      with: "source: faq-prose\n    reviewed: 2026-11-26",
    },
    at: [17, 15],
    message: "`cells.virtual-machine.reviewed` (2026-11-26) is in the future",
    contained: true,
  },
  // Cross-references
  {
    name: "duplicate-attribute-id",
    edit: {
      file: "attributes/launch.md",
      add: [
        "---",
        "id: boot-time",
        "name: Launch",
        "category: performance",
        "order: 20",
        'why: "Fast launches let you scale quickly."',
        "cells:",
        "  bare-metal:",
        '    value: "Slower"',
        "    verdict: disadvantage",
        "    source: faq-table",
        "    reviewed: 2026-11-01",
        "  virtual-machine:",
        '    value: "1-5 minutes"',
        "    verdict: advantage",
        "    source: faq-prose",
        "    reviewed: 2026-11-01",
        "---",
        "",
      ].join("\n"),
    },
    at: [2, 5],
    message: `the attribute id "boot-time" is already used in ${VALID}/attributes/boot-time.md:2`,
    contained: true,
  },
  // Position left out: reported at the `id:` line (2:5), not at the duplicated `name:` (3:7).
  // The virtual machine is no longer named "Virtual machine", so overhead.md's note heading
  // "## Virtual machine" names no option (1 error there).
  {
    name: "duplicate-option-name",
    edit: { file: VM, replace: "name: Virtual machine", with: "name: Bare metal" },
    message: 'another option is also named "Bare metal"',
    contained: false,
    elsewhere: 1,
  },
  {
    name: "unknown-category",
    edit: { file: BOOT, replace: "category: performance", with: "category: perfromance" },
    at: [4, 11],
    message: 'unknown category "perfromance"',
    contained: true,
  },
  {
    name: "unknown-source-in-cell",
    edit: { file: BOOT, replace: "source: faq-prose", with: "source: faq-prse" },
    at: [16, 13],
    message: 'unknown source "faq-prse"',
    contained: true,
  },
  {
    name: "unknown-cite-in-prose",
    edit: { file: VM, replace: "launch :cite[faq-table]", with: "launch :cite[faq-tabel]" },
    at: [12, 18],
    message: 'unknown source "faq-tabel"',
    contained: true,
  },
  {
    name: "unknown-term",
    edit: { file: "overview.md", replace: ":term[hypervisor]", with: ":term[hypervisr]" },
    at: [1, 68],
    message: 'unknown glossary term "hypervisr"',
    contained: true,
  },
  {
    name: "unknown-directive",
    edit: { file: "overview.md", replace: "to a VM :cite", with: "to a VM :foo[x] :cite" },
    at: [3, 61],
    message: "`:foo` is not a known inline directive",
    contained: true,
  },
  {
    name: "missing-cell",
    edit: { file: BOOT, replace: BOOT_VM_CELL, with: "" },
    at: [7, 1],
    message: 'no cell for the option "virtual-machine"',
    contained: true,
  },
  {
    name: "cell-for-unknown-option",
    edit: {
      file: BOOT,
      replace: "cells:\n",
      with: 'cells:\n  gpu-container:\n    value: "Seconds"\n    verdict: advantage\n    source: faq-prose\n    reviewed: 2026-11-01\n',
    },
    at: [8, 3],
    message: 'unknown option "gpu-container"',
    contained: true,
  },
  // Unsafe prose
  {
    name: "raw-html-in-note",
    edit: { file: OVERHEAD, replace: "needs a share of", with: "needs <b>a share</b> of" },
    at: [26, 22],
    message: "raw HTML is not allowed in content",
    contained: true,
    // `<b>` and `</b>` are separate HTML nodes, each reported (26:22 and 26:32).
    count: 2,
  },
  {
    name: "javascript-link",
    edit: { file: OVERHEAD, replace: "a share", with: "[a share](javascript:alert(1))" },
    at: [26, 22],
    message: "link target `javascript:alert(1)` is not allowed",
    contained: true,
  },
  // Markdown decodes the entity, so the message shows the scheme the browser would see.
  {
    name: "entity-javascript-link",
    edit: { file: OVERHEAD, replace: "a share", with: "[a share](&#106;avascript:alert(1))" },
    at: [26, 22],
    message: "link target `javascript:alert(1)` is not allowed",
    contained: true,
  },
  {
    name: "mixed-case-javascript-link",
    edit: { file: OVERHEAD, replace: "a share", with: "[a share](JaVaScRiPt:alert(1))" },
    at: [26, 22],
    message: "link target `JaVaScRiPt:alert(1)` is not allowed",
    contained: true,
  },
  {
    name: "data-link",
    edit: { file: OVERHEAD, replace: "a share", with: "[a share](data:text/html,hi)" },
    at: [26, 22],
    message: "link target `data:text/html,hi` is not allowed",
    contained: true,
  },
  // Structure
  {
    name: "strength-without-citation",
    edit: { file: VM, replace: "- Fast to launch :cite[faq-table].", with: "- Fast to launch." },
    at: [12, 1],
    message: 'a point under "## Strengths" cites no source',
    contained: true,
  },
  {
    name: "code-block-in-option-description",
    edit: {
      file: VM,
      replace: "## Strengths",
      with: "```sh\nvirsh list --all\n```\n\n## Strengths",
    },
    at: [10, 1],
    message: "a code block is not allowed here",
    contained: true,
  },
  {
    name: "table-in-overview",
    edit: {
      file: "overview.md",
      replace: "Devices",
      with: "| Option | Hypervisor |\n| --- | --- |\n| Bare metal | none :cite[faq-table] |\n\nDevices",
    },
    at: [3, 1],
    message: "a table is not allowed here",
    contained: true,
  },
  // Reported at the body's last line (16, the end of the file); the option still counts, so its
  // cells and notes elsewhere are not reported as unknown.
  {
    name: "missing-limitations-section",
    edit: {
      file: VM,
      replace: "## Limitations\n\n- Some host CPU goes to the hypervisor :cite[faq-table].\n\n",
      with: "",
    },
    at: [16, 1],
    message: 'the section "## Limitations" is missing',
    contained: true,
  },
  {
    name: "note-heading-names-no-option",
    edit: { file: OVERHEAD, replace: "## Bare metal", with: "## Bare-metal server" },
    at: [20, 1],
    message: 'note heading "## Bare-metal server" names no option',
    contained: true,
  },
  {
    name: "inferred-without-note",
    edit: {
      file: "attributes/tenant-isolation.md",
      replace: "\n## virtual-machine\n\nInferred from the table's pattern :cite[faq-table].\n",
      with: "",
    },
    at: [17, 15],
    message: 'the cell for "virtual-machine" is inferred but has no note',
    contained: true,
  },
  // The cell was removed and its note kept: the note (heading on line 15) and the missing cell
  // (at `cells:`) are both reported.
  {
    name: "note-without-cell",
    edit: [
      { file: BOOT, replace: BOOT_VM_CELL, with: "" },
      {
        file: BOOT,
        replace: "2026-11-01\n---\n",
        with: "2026-11-01\n---\n\n## Virtual machine\n\nA note for an option that has no cell :cite[faq-prose].\n",
      },
    ],
    at: [15, 1],
    message: 'a note for "virtual-machine" has no cell',
    also: [{ at: [7, 1], message: 'no cell for the option "virtual-machine"' }],
    contained: true,
  },
  // Folder-level problems: the glossary's terms are then unknown wherever they are used (5 uses, and 1 in questions/speed.md).
  {
    name: "missing-glossary",
    edit: { file: "glossary.md", delete: true },
    at: [1, 1],
    message: "the file is missing (it holds the glossary terms)",
    contained: false,
    elsewhere: 6,
  },
  // The removed option's cells (3) and notes (2) are unknown, and tenant-isolation's inferred cell
  // loses its note with them (1).
  {
    name: "only-one-option",
    edit: { file: VM, delete: true },
    file: "options",
    at: [1, 1],
    message: "there is only one option",
    contained: false,
    elsewhere: 6,
  },
  {
    name: "stray-file-kind",
    edit: { file: "notes/todo.md", add: "Check the FAQ again.\n" },
    at: [1, 1],
    message: "this file is not a known kind of content",
    contained: true,
  },
  // Questions
  {
    name: "question-unknown-attribute",
    edit: { file: "questions/speed.md", replace: "overhead: 4", with: "overhed: 4" },
    at: [10, 7],
    message: 'unknown attribute "overhed"',
    fix: "use one of: boot-time, overhead, tenant-isolation",
    contained: true,
  },
  {
    name: "question-without-not-sure",
    edit: {
      file: "questions/launch.md",
      replace: "  - id: not-sure\n    label: Not sure / doesn't matter\n",
      with: "",
    },
    at: [6, 1],
    message: "the question has no `not-sure` answer",
    fix: "- id: not-sure",
    contained: true,
  },
  {
    name: "question-not-sure-with-effect",
    edit: {
      file: "questions/launch.md",
      replace: "label: Not sure / doesn't matter\n",
      with: "label: Not sure / doesn't matter\n    weights:\n      boot-time: 1\n",
    },
    at: [13, 9],
    message: "the `not-sure` answer has an effect",
    fix: "remove its `weights` and `requires`",
    contained: true,
  },
  {
    name: "question-askif-later",
    edit: { file: "questions/detail.md", replace: "order: 40", with: "order: 5" },
    at: [7, 3],
    message: '`askIf` depends on "speed", which comes later',
    fix: 'give "speed" a lower `order` than 5',
    contained: true,
  },
  {
    name: "question-askif-unknown-answer",
    edit: {
      file: "questions/detail.md",
      replace: "answers: [critical]",
      with: "answers: [critcal]",
    },
    at: [7, 3],
    message: '`askIf` names answers "speed" does not have: critcal',
    fix: "use its answer ids: critical, not-sure",
    contained: true,
  },
  {
    name: "question-note-names-no-answer",
    edit: { file: "questions/speed.md", replace: "## critical", with: "## crtical" },
    at: [17, 1],
    message: 'note heading "## crtical" names no answer',
    fix: "critical, not-sure",
    contained: true,
  },
  {
    name: "question-weight-out-of-range",
    edit: { file: "questions/launch.md", replace: "boot-time: 3", with: "boot-time: 9" },
    at: [10, 18],
    message: "`answers.0.weights.boot-time` is above 5",
    fix: "use 1 (matters a little) to 5 (decides)",
    contained: true,
  },
  {
    name: "question-duplicate-answer",
    edit: { file: "questions/launch.md", replace: "- id: slow", with: "- id: fast" },
    at: [11, 9],
    message: 'the answer id "fast" appears twice',
    contained: true,
  },
  {
    name: "question-unsafe-link",
    edit: {
      file: "questions/speed.md",
      replace: "some host CPU",
      with: "some [host](JaVaScRiPt:alert(1)) CPU",
    },
    at: [15, 31],
    message: "link target `JaVaScRiPt:alert(1)` is not allowed",
    contained: true,
  },
  {
    name: "missing-questions",
    edit: { file: "questions/", delete: true },
    file: "questions",
    at: [1, 1],
    message: "there are no questions",
    fix: "add at least one question file in questions/",
    contained: true,
  },
];

describe("broken content is reported at the right place", () => {
  it.each(CASES)("$name", async (c) => {
    const edits = [c.edit].flat();
    const result = await checkEdited(edits);
    expect(result.ok).toBe(false);

    const path = `${VALID}/${c.file ?? edits[0]!.file}`;
    const got = `got:\n${JSON.stringify(result.problems, null, 2)}`;
    const inFile = result.problems.filter((p) => p.file === path);
    const matched = new Set<Problem>();
    for (const expected of [c, ...(c.also ?? [])]) {
      const { at, message, count = 1 } = expected;
      const found = inFile.filter((p) => p.message.includes(message));
      expect(
        found,
        `expected ${count} problem(s) in ${path} containing "${message}"; ${got}`,
      ).toHaveLength(count);
      for (const problem of found) {
        matched.add(problem);
        expect(problem.severity).toBe("error");
        expect(problem.fix.trim()).not.toBe("");
      }
      if (at) expect([found[0]?.line, found[0]?.column], `place of "${message}"`).toEqual(at);
    }
    if (c.fix) {
      const main = inFile.find((p) => p.message.includes(c.message));
      expect(main?.fix).toContain(c.fix);
    }
    // Nothing else in the broken file: one break, the problems the table lists.
    expect(
      inFile.filter((p) => !matched.has(p)),
      `unexpected problems in ${path}`,
    ).toEqual([]);

    const elsewhere = result.problems.filter((p) => p.severity === "error" && p.file !== path);
    if (c.contained) expect(elsewhere).toEqual([]);
    else {
      expect(
        c.elsewhere,
        "a case that is not contained says how many errors it causes elsewhere",
      ).toBeDefined();
      expect(elsewhere, `errors outside ${path}`).toHaveLength(c.elsewhere ?? -1);
    }
  });

  it("reports every problem across several files in one run", async () => {
    const result = await checkEdited(MULTIPLE_ERRORS);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.severity, p.file, p.line, p.column, p.message])).toEqual([
      [
        "error",
        `${VALID}/attributes/overhead.md`,
        15,
        14,
        "`cells.virtual-machine.verdict` must be one of advantage, neutral, disadvantage",
      ],
      [
        "error",
        `${VALID}/attributes/overhead.md`,
        22,
        34,
        "`:host` is not a known inline directive",
      ],
      ["error", `${VALID}/overview.md`, 1, 68, 'unknown glossary term "hypervisr"'],
    ]);
  });
});

describe("review dates", () => {
  it("warns about a review more than 365 days old but still validates", async () => {
    const result = await checkEdited(STALE_REVIEW);
    expect(result.ok).toBe(true);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      severity: "warning",
      file: `${VALID}/attributes/boot-time.md`,
      line: 17,
      column: 15,
      message: "`cells.virtual-machine.reviewed` is 366 days old",
    });
    expect(result.problems[0]?.fix).toMatch(/\S/);
  });
});

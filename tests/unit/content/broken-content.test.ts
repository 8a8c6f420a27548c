import { describe, expect, it } from "vitest";
import {
  BOOT,
  BOOT_VM_CELL,
  BOOT_VM_REVIEWED,
  expectReported,
  OVERHEAD,
  TENANCY,
  VM,
  type Case,
} from "./broken-cases";
import { checkEdited, MULTIPLE_ERRORS, STALE_REVIEW, VALID } from "./fixtures";

/*
 * Broken files, folders, prose and questions, each reported at the right place (see
 * broken-cases.ts for what a row says). Broken evidence, factors and sources are in
 * broken-evidence.test.ts.
 */

const CASES: Case[] = [
  // YAML. A file whose YAML cannot be read names no factor, so its factor (host-overhead) has no
  // attributes as far as the check can tell: a warning in factors.md.
  {
    name: "yaml-syntax-error",
    edit: { file: OVERHEAD, replace: "name: Overhead", with: "name: Overhead: host CPU" },
    at: [3, 7],
    message: "the frontmatter is not valid YAML (Nested mappings",
    contained: true,
    warnings: 1,
  },
  {
    name: "duplicate-yaml-key",
    edit: { file: OVERHEAD, replace: "order: 10\n", with: "order: 10\norder: 11\n" },
    at: [7, 1],
    message: "not valid YAML (a key appears twice)",
    contained: true,
    warnings: 1,
  },
  // Position left out: the yaml library reports 5:1 (the next line), not the `[` at 4:11.
  {
    name: "yaml-unclosed-flow",
    edit: { file: OVERHEAD, replace: "category: performance", with: "category: [performance" },
    message:
      "the frontmatter is not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ])",
    contained: true,
    warnings: 1,
  },
  // Position left out: the yaml library reports 7:71 (the end of the line), not the opening quote at 7:6.
  {
    name: "yaml-unclosed-quote",
    edit: { file: OVERHEAD, replace: 'your workload."', with: "your workload." },
    message: 'the frontmatter is not valid YAML (Missing closing "quote)',
    contained: true,
    warnings: 1,
  },
  // `name: *Overhead*` (Markdown emphasis) is a YAML alias; it is refused, not resolved or thrown.
  {
    name: "yaml-unresolved-alias",
    edit: { file: OVERHEAD, replace: "name: Overhead", with: "name: *Overhead*" },
    at: [3, 7],
    message: "YAML alias `*Overhead*` is not supported",
    fix: 'put in double quotes, e.g. "*Overhead*"',
    contained: true,
    warnings: 1,
  },
  // Nested aliases that would expand 100-fold: every alias is refused (10 `*a` on line 8, 10 `*b`
  // on line 9), and nothing is expanded. The anchors' position is left out: they are reported at
  // the anchored value (`[` at 7:8 and 8:8), not at `&a` (7:5) and `&b` (8:5).
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
    at: [8, 9],
    message: "YAML alias `*",
    count: 20,
    also: [
      { message: "YAML anchor `&a` is not supported" },
      { message: "YAML anchor `&b` is not supported" },
    ],
    contained: true,
    warnings: 1,
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
    at: [16, 5],
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
    at: [15, 12],
    message: "`cells.virtual-machine.value` is 66 characters; the limit is 60",
    contained: true,
  },
  {
    name: "bad-verdict",
    edit: { file: BOOT, replace: "verdict: advantage", with: "verdict: good" },
    at: [16, 14],
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
    at: [16, 14],
    message: "`cells.virtual-machine.verdict` must be one of advantage, neutral, disadvantage",
    also: [{ at: [17, 13], message: 'unknown source "faq-prse"' }],
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
  // the "## Bare metal" notes in overhead.md and boot-time.md are reported too (5 errors).
  {
    name: "malformed-option-id",
    edit: { file: "options/bare-metal.md", replace: "id: bare-metal", with: "id: Bare_Metal" },
    at: [2, 5],
    message: "`id` is not a well-formed id",
    contained: false,
    elsewhere: 5,
  },
  {
    name: "impossible-date",
    edit: {
      file: BOOT,
      replace: BOOT_VM_REVIEWED,
      with: "source: faq-prose\n    reviewed: 2026-02-30",
    },
    at: [18, 15],
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
    at: [18, 15],
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
        "factor: launch-speed",
        "order: 20",
        'why: "Fast launches let you scale quickly."',
        "cells:",
        "  bare-metal:",
        "    evidence: unstated",
        "    source: faq-table",
        "    reviewed: 2026-11-01",
        "  virtual-machine:",
        "    evidence: stated",
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
    at: [17, 13],
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
    at: [8, 1],
    message: 'no cell for the option "virtual-machine"',
    contained: true,
  },
  {
    name: "cell-for-unknown-option",
    edit: {
      file: BOOT,
      replace: "cells:\n",
      with: 'cells:\n  gpu-container:\n    evidence: stated\n    value: "Seconds"\n    verdict: advantage\n    source: faq-prose\n    reviewed: 2026-11-01\n',
    },
    at: [9, 3],
    message: 'unknown option "gpu-container"',
    contained: true,
  },
  // Unsafe prose
  {
    name: "raw-html-in-note",
    edit: { file: OVERHEAD, replace: "needs a share of", with: "needs <b>a share</b> of" },
    at: [30, 22],
    message: "raw HTML is not allowed in content",
    contained: true,
    // `<b>` and `</b>` are separate HTML nodes, each reported (30:22 and 30:32).
    count: 2,
  },
  {
    name: "javascript-link",
    edit: { file: OVERHEAD, replace: "a share", with: "[a share](javascript:alert(1))" },
    at: [30, 22],
    message: "link target `javascript:alert(1)` is not allowed",
    contained: true,
  },
  // Markdown decodes the entity, so the message shows the scheme the browser would see.
  {
    name: "entity-javascript-link",
    edit: { file: OVERHEAD, replace: "a share", with: "[a share](&#106;avascript:alert(1))" },
    at: [30, 22],
    message: "link target `javascript:alert(1)` is not allowed",
    contained: true,
  },
  {
    name: "mixed-case-javascript-link",
    edit: { file: OVERHEAD, replace: "a share", with: "[a share](JaVaScRiPt:alert(1))" },
    at: [30, 22],
    message: "link target `JaVaScRiPt:alert(1)` is not allowed",
    contained: true,
  },
  {
    name: "data-link",
    edit: { file: OVERHEAD, replace: "a share", with: "[a share](data:text/html,hi)" },
    at: [30, 22],
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
    at: [24, 1],
    message: 'note heading "## Bare-metal server" names no option',
    contained: true,
  },
  // v1's "inferred without note": a derived cell must say how it was derived.
  {
    name: "derived-without-note",
    edit: {
      file: TENANCY,
      replace: "\n## virtual-machine\n\nDerived from the table's pattern :cite[faq-table].\n",
      with: "",
    },
    at: [16, 15],
    message: 'the cell for "virtual-machine" is derived but has no note',
    fix: "add a note under a heading naming the option",
    contained: true,
  },
  // The cell was removed and a note for it added: the note (heading on line 15) and the missing
  // cell (at `cells:`) are both reported.
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
    also: [{ at: [8, 1], message: 'no cell for the option "virtual-machine"' }],
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
  // The removed option's cells (3) and notes (2) are unknown, and tenant-isolation's derived cell
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
  // v1's "unknown attribute" in `weights`: a priority names a factor.
  {
    name: "question-unknown-factor",
    edit: {
      file: "questions/speed.md",
      replace: "host-overhead: important",
      with: "host-overhed: important",
    },
    at: [10, 7],
    message: 'unknown factor "host-overhed"',
    fix: "use one of: host-overhead, launch-speed, single-tenancy",
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
      with: "label: Not sure / doesn't matter\n    priorities:\n      launch-speed: nice\n",
    },
    at: [13, 9],
    message: "the `not-sure` answer has an effect",
    fix: "remove its `priorities`",
    contained: true,
  },
  // v1's two `askIf` cases: `askIf` is gone (every question is always asked), so a file that
  // still has it, or an answer that still has v1's `weights`, is refused field by field.
  {
    name: "question-askif-left-over",
    edit: {
      file: "questions/detail.md",
      replace: "answers:\n",
      with: "askIf:\n  question: speed\n  answers: [critical]\nanswers:\n",
    },
    at: [6, 1],
    message: "unknown field `askIf`",
    fix: "remove it or correct its spelling",
    contained: true,
  },
  {
    name: "question-weights-left-over",
    edit: {
      file: "questions/launch.md",
      replace: "priorities:\n      launch-speed: important",
      with: "weights:\n      boot-time: 3",
    },
    at: [9, 5],
    message: "unknown field `answers.0.weights`",
    fix: "remove it or correct its spelling",
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
  // v1's "weight out of range": a priority is one of four words, not a number.
  {
    name: "question-priority-not-a-level",
    edit: {
      file: "questions/launch.md",
      replace: "launch-speed: important",
      with: "launch-speed: 5",
    },
    at: [10, 21],
    message: "`answers.0.priorities.launch-speed` must be one of must, important, nice, none",
    fix: "how much the need matters",
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
  // v1's `requires`: a must-have is now a priority (`single-tenancy: must`).
  {
    name: "question-requires-left-over",
    edit: {
      file: "questions/alone.md",
      replace: "    priorities:\n      single-tenancy: must\n",
      with: "    requires: [tenant-isolation]\n",
    },
    at: [9, 5],
    message: "unknown field `answers.0.requires`",
    fix: "remove it or correct its spelling",
    contained: true,
  },
  {
    name: "question-priority-names-attribute",
    edit: {
      file: "questions/speed.md",
      replace: "host-overhead: important",
      with: "overhead: important",
    },
    at: [10, 7],
    message:
      '"overhead" is an attribute (a row), not a factor: a question weighs factors, so that a fact counts once however many rows show it',
    fix: "weigh its factor instead: `host-overhead:`",
    contained: true,
  },
  ...(
    [
      ["performance", 'the needs step of the category "performance"'],
      ["step", "the advisor's step parameter"],
      ["need", "the advisor's priorities parameter"],
      ["result", "the result step"],
    ] as const
  ).map(([id, taker]): Case => ({
    name: `question-id-${id}`,
    edit: { file: "questions/speed.md", replace: "id: speed", with: `id: ${id}` },
    at: [2, 5],
    message: `the id "${id}" is taken by ${taker}`,
    fix: "give the question another id",
    contained: true,
  })),
];

describe("broken content is reported at the right place", () => {
  it.each(CASES)("$name", expectReported);

  it("reports every problem across several files in one run", async () => {
    const result = await checkEdited(MULTIPLE_ERRORS);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.severity, p.file, p.line, p.column, p.message])).toEqual([
      [
        "error",
        `${VALID}/attributes/overhead.md`,
        18,
        14,
        "`cells.virtual-machine.verdict` must be one of advantage, neutral, disadvantage",
      ],
      [
        "error",
        `${VALID}/attributes/overhead.md`,
        26,
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
      line: 18,
      column: 15,
      message: "`cells.virtual-machine.reviewed` is 366 days old",
    });
    expect(result.problems[0]?.fix).toMatch(/\S/);
  });
});

import { describe, expect, it } from "vitest";
import {
  BOOT,
  BOOT_UNSTATED,
  expectReported,
  FACTORS,
  launchRow,
  OVERHEAD,
  proseSource,
  SOURCES,
  TENANCY,
  TENANCY_DERIVED,
  type Case,
} from "./broken-cases";
import { checkEdited, VALID, type Edit } from "./fixtures";

/*
 * v2's rules on how facts are known: a cell's evidence, `unavailable`, factors and their rows,
 * and sources; each broken one reported at the right place (see broken-cases.ts for what a row
 * says), and what the rules allow.
 */

const CASES: Case[] = [
  // Evidence
  {
    name: "cell-without-evidence",
    edit: { file: BOOT, replace: "    evidence: stated\n", with: "" },
    // At the cell (its first field, `value:`), since the field is what is missing.
    at: [14, 5],
    message: "`cells.virtual-machine.evidence` needs `evidence:` stated, derived or unstated",
    fix: "unstated when the source is silent",
    contained: true,
  },
  {
    name: "cell-with-unknown-evidence",
    edit: { file: BOOT, replace: "evidence: stated", with: "evidence: likely" },
    at: [14, 15],
    message: "`cells.virtual-machine.evidence` needs `evidence:` stated, derived or unstated",
    fix: "derived when it follows from a stated fact",
    contained: true,
  },
  ...(
    [
      ["verdict", "verdict: disadvantage", 14],
      ["value", 'value: "Slower"', 12],
      ["unavailable", "unavailable: true", 18],
    ] as const
  ).map(([field, line, column]): Case => ({
    name: `unstated-cell-with-${field}`,
    edit: { file: BOOT, replace: BOOT_UNSTATED, with: `${BOOT_UNSTATED}    ${line}\n` },
    at: [11, column],
    message: `\`cells.bare-metal.${field}\` is not allowed in an unstated cell`,
    fix: 'an unstated cell reads "Not stated: ask your provider" and favours no option',
    contained: true,
  })),
  {
    name: "unavailable-on-derived-cell",
    edit: {
      file: TENANCY,
      replace: TENANCY_DERIVED,
      with: `${TENANCY_DERIVED}    unavailable: true\n`,
    },
    at: [17, 18],
    message:
      'the cell for "virtual-machine" is marked unavailable but is not a stated disadvantage',
    fix: "make the cell `evidence: stated` and `verdict: disadvantage`, or remove `unavailable`",
    contained: true,
  },
  {
    name: "unavailable-on-stated-advantage",
    edit: {
      file: OVERHEAD,
      replace: "verdict: advantage\n",
      with: "verdict: advantage\n    unavailable: true\n",
    },
    at: [13, 18],
    message: 'the cell for "bare-metal" is marked unavailable but is not a stated disadvantage',
    fix: "only a source that states the option cannot do this may rule it out",
    contained: true,
  },
  {
    name: "unavailable-not-true",
    edit: { file: OVERHEAD, replace: "unavailable: true", with: "unavailable: yes" },
    at: [19, 18],
    message: "`cells.virtual-machine.unavailable` must be `true` or left out",
    contained: true,
  },
  // v1's `inferred` beside v2's evidence: refused as the field it now is, unknown.
  {
    name: "inferred-left-over",
    edit: {
      file: TENANCY,
      replace: TENANCY_DERIVED,
      with: `${TENANCY_DERIVED}    inferred: true\n`,
    },
    at: [17, 5],
    message: "unknown field `cells.virtual-machine.inferred`",
    contained: true,
  },
  // Factors. Files are read in name order: boot-time.md's verdicts come first, so launch.md's
  // disagreeing one is reported. Its bare-metal cell agrees with nothing: boot-time's is unstated.
  {
    name: "factor-rows-disagree",
    edit: launchRow("disadvantage", "neutral"),
    at: [18, 14],
    message:
      'the verdict for "virtual-machine" (neutral) disagrees with boot-time\'s (advantage), another row of the factor "launch-speed"',
    fix: "rows of one factor show one fact and must agree; correct the verdict, or move this row to a factor of its own in factors.md",
    contained: true,
  },
  // launch-speed then has no attributes: a warning in factors.md.
  {
    name: "unknown-factor",
    edit: { file: BOOT, replace: "factor: launch-speed", with: "factor: launch-sped" },
    at: [5, 9],
    message: 'unknown factor "launch-sped"',
    fix: "use one of: host-overhead, launch-speed, single-tenancy; or add it as an entry in factors.md",
    contained: true,
    warnings: 1,
  },
  {
    name: "missing-factor",
    edit: { file: BOOT, replace: "factor: launch-speed\n", with: "" },
    at: [2, 1],
    message: "`factor` is missing",
    fix: "add `factor:` to the frontmatter",
    contained: true,
    warnings: 1,
  },
  // Every factor is then unknown where it is used: 3 attributes, and 5 priorities in 4 questions.
  {
    name: "missing-factors-file",
    edit: { file: FACTORS, delete: true },
    at: [1, 1],
    message: "the file is missing (it holds the decision factors the advisor weighs)",
    fix: `create ${VALID}/factors.md`,
    contained: false,
    elsewhere: 8,
  },
  {
    name: "factor-without-attributes",
    edit: {
      file: FACTORS,
      replace: "    category: security\n",
      with: "    category: security\n  - id: backups\n    name: Backups\n    need: Snapshots and quick restores\n    help: To roll back a bad change.\n    category: security\n",
    },
    severity: "warning",
    at: [18, 9],
    message: 'the factor "backups" has no attributes',
    fix: "give an attribute `factor: backups` or remove the factor",
    contained: true,
  },
  {
    name: "factor-unknown-category",
    edit: { file: FACTORS, replace: "category: security", with: "category: secrity" },
    at: [17, 15],
    message: 'unknown category "secrity"',
    contained: true,
  },
  // tenant-isolation.md and alone.md then name a factor that no longer exists (2 errors).
  {
    name: "duplicate-factor-id",
    edit: { file: FACTORS, replace: "- id: single-tenancy", with: "- id: launch-speed" },
    at: [13, 9],
    message: `the factor id "launch-speed" is already used in ${VALID}/factors.md:8`,
    contained: false,
    elsewhere: 2,
  },
  // Sources. One broken entry is reported once, not at every citation of the file's ids.
  {
    name: "source-without-url",
    edit: proseSource("    url: https://example.com/faq\n", ""),
    at: [12, 5],
    message: "`sources.1.url` is missing",
    fix: "add `url:` under `sources.1:`; it must be an https:// address",
    contained: true,
  },
  {
    name: "source-with-http-url",
    edit: proseSource("https://", "http://"),
    at: [18, 10],
    message: "`sources.1.url` must be an https:// address of the page the facts come from",
    contained: true,
  },
  {
    name: "source-with-unknown-kind",
    edit: proseSource("kind: provider-faq", "kind: blog"),
    at: [16, 11],
    message:
      "`sources.1.kind` must be one of provider-faq, provider-docs, vendor-docs, research, news",
    contained: true,
  },
  {
    name: "source-with-unknown-scope",
    edit: proseSource("scope: provider", "scope: vendor"),
    at: [17, 12],
    message:
      "`sources.1.scope` must be provider (one provider on its own service) or general (how the technology works anywhere)",
    contained: true,
  },
  {
    name: "source-label-too-long",
    edit: { file: SOURCES, replace: "label: FAQ text", with: "label: FAQ text, descriptive part" },
    at: [13, 12],
    message: "`sources.1.label` is 26 characters; the limit is 24",
    contained: true,
  },
  {
    name: "source-read-in-future",
    edit: proseSource("read: 2026-11-01", "read: 2026-11-26"),
    at: [19, 11],
    message: "`sources.1.read` (2026-11-26) is in the future",
    fix: "use the date you last read the page, at the latest 2026-11-25",
    contained: true,
  },
  {
    name: "source-read-over-a-year-ago",
    edit: proseSource("read: 2026-11-01", "read: 2025-11-24"),
    severity: "warning",
    at: [19, 11],
    message: 'the source "faq-prose" was last read 366 days ago',
    fix: "read the page again, check the facts that cite it, and update `read`",
    contained: true,
  },
];

describe("broken evidence, factors and sources are reported at the right place", () => {
  it.each(CASES)("$name", expectReported);
});

describe("what v2 content may do", () => {
  it.each<[string, Edit[]]>([
    // Unstated cells give no verdict, so they cannot disagree with a stated row of their factor.
    [
      "a stated row beside an unstated row of the same factor",
      [launchRow("advantage", "advantage")],
    ],
    [
      "a derived cell's note headed by the option's name",
      [{ file: TENANCY, replace: "## virtual-machine", with: "## Virtual machine" }],
    ],
    [
      "an unstated cell without a note",
      [
        {
          file: BOOT,
          replace:
            "\n## Bare metal\n\nThe table gives no boot time for bare metal :cite[faq-table].\n",
          with: "",
        },
      ],
    ],
    ["a source read exactly 365 days ago", [proseSource("read: 2026-11-01", "read: 2025-11-25")]],
    [
      "a general source of another kind",
      [
        proseSource(
          "kind: provider-faq\n    scope: provider",
          "kind: vendor-docs\n    scope: general",
        ),
      ],
    ],
    [
      "a `not-sure` answer with an empty priorities map",
      [
        {
          file: "questions/launch.md",
          replace: "label: Not sure / doesn't matter\n",
          with: "label: Not sure / doesn't matter\n    priorities: {}\n",
        },
      ],
    ],
  ])("%s", async (_, edits) => {
    const result = await checkEdited(edits);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

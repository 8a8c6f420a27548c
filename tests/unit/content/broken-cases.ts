import { expect } from "vitest";
import type { Problem } from "@/lib/content/problems";
import { checkEdited, VALID, type Edit } from "./fixtures";

/*
 * Broken content as rows: each case breaks the valid fixture (tests/fixtures/valid-two) with one
 * edit made in memory, and says where the problem must be reported, in what words, and what else
 * it may cause. The rows are in broken-content.test.ts and broken-evidence.test.ts.
 */

export const OVERHEAD = "attributes/overhead.md";
export const BOOT = "attributes/boot-time.md";
export const TENANCY = "attributes/tenant-isolation.md";
export const VM = "options/virtual-machine.md";
export const SOURCES = "sources.md";
export const FACTORS = "factors.md";

/** The virtual machine's cell in boot-time.md (lines 13-18). */
export const BOOT_VM_CELL =
  '  virtual-machine:\n    evidence: stated\n    value: "1-5 minutes"\n    verdict: advantage\n    source: faq-prose\n    reviewed: 2026-11-01\n';
/** The virtual machine's review date in boot-time.md (line 18), with the line before it. */
export const BOOT_VM_REVIEWED = "source: faq-prose\n    reviewed: 2026-11-01";
/** The bare-metal cell's evidence in boot-time.md (line 10): the fixture's unstated cell. */
export const BOOT_UNSTATED = "evidence: unstated\n";
/** The virtual machine's evidence in tenant-isolation.md (line 16): the fixture's derived cell. */
export const TENANCY_DERIVED = "evidence: derived\n";

/** The second source's fields in sources.md (lines 16-19), changed by the source cases. */
const PROSE_SOURCE =
  "    kind: provider-faq\n    scope: provider\n    url: https://example.com/faq\n    read: 2026-11-01\n";
export const proseSource = (from: string, to: string): Edit => ({
  file: SOURCES,
  replace: PROSE_SOURCE,
  with: PROSE_SOURCE.replace(from, to),
});

/** Another attribute file of the factor `launch-speed`, with the given verdicts. */
export function launchRow(bareMetal: string, virtualMachine: string): Edit {
  const cell = (verdict: string) =>
    [
      "    evidence: stated",
      `    value: "${verdict === "advantage" ? "Minutes" : "Hours"}"`,
      `    verdict: ${verdict}`,
      "    source: faq-table",
      "    reviewed: 2026-11-01",
    ].join("\n");
  return {
    file: "attributes/launch.md",
    add: [
      "---",
      "id: launch",
      "name: Launch",
      "category: performance",
      "factor: launch-speed",
      "order: 30",
      'why: "Fast launches let you scale quickly."',
      "cells:",
      "  bare-metal:",
      cell(bareMetal),
      "  virtual-machine:",
      cell(virtualMachine),
      "---",
      "",
    ].join("\n"),
  };
}

/** A problem expected in a case's file: its message (a substring), where, and how often. */
interface Expected {
  /** Default "error"; a warning does not stop the build. */
  severity?: "error" | "warning";
  /**
   * Where the (first) matching problem points. Left out only where the loader's position is known
   * to be unhelpful (the comment on the case says where it points instead).
   */
  at?: [line: number, column: number];
  message: string;
  /** How many problems match `message` in the file (default 1); `at` is the first one's place. */
  count?: number;
}

export interface Case extends Expected {
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
  /** How many warnings other files legitimately get (default 0). */
  warnings?: number;
}

/**
 * Checks the fixture with the case's edits: the problems it lists are reported where and as it
 * says, and nothing else, in its file or (beyond what it allows) elsewhere.
 */
export async function expectReported(c: Case): Promise<void> {
  const edits = [c.edit].flat();
  const result = await checkEdited(edits);
  // Warnings alone do not stop the build: the matrix is still made.
  expect(result.ok).toBe(c.severity === "warning" && c.contained);

  const path = `${VALID}/${c.file ?? edits[0]!.file}`;
  const got = `got:\n${JSON.stringify(result.problems, null, 2)}`;
  const inFile = result.problems.filter((p) => p.file === path);
  const matched = new Set<Problem>();
  for (const expected of [c, ...(c.also ?? [])]) {
    const { at, message, count = 1, severity = "error" } = expected;
    const found = inFile.filter((p) => p.message.includes(message));
    expect(
      found,
      `expected ${count} problem(s) in ${path} containing "${message}"; ${got}`,
    ).toHaveLength(count);
    for (const problem of found) {
      matched.add(problem);
      expect(problem.severity).toBe(severity);
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

  const outside = result.problems.filter((p) => p.file !== path);
  const elsewhere = outside.filter((p) => p.severity === "error");
  expect(
    outside.filter((p) => p.severity === "warning"),
    `warnings outside ${path}`,
  ).toHaveLength(c.warnings ?? 0);
  if (c.contained) expect(elsewhere).toEqual([]);
  else {
    expect(
      c.elsewhere,
      "a case that is not contained says how many errors it causes elsewhere",
    ).toBeDefined();
    expect(elsewhere, `errors outside ${path}`).toHaveLength(c.elsewhere ?? -1);
  }
}

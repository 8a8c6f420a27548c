import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkContent, readContentFiles } from "@/lib/content/load-matrix";
import { formatProblem } from "@/lib/content/problems";
import type { FeatureMatrix } from "@/lib/model/schema";
import { generateContent, MAX_FACTORS, QUESTIONS } from "@/tests/generate/generate-content";
import { TODAY } from "./fixtures";

/*
 * The generator the benchmarks build their content with (scripts/bench/content-scale.ts,
 * keystroke.ts, advisor-scoring.ts): at the realistic ceiling of 300 attributes x 6 options its
 * content must pass the check without a problem and look like real v2 content.
 */

let scratch: string;
let matrix: FeatureMatrix;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), "generated-content-"));
  await generateContent(path.join(scratch, "a"), { attributes: 300, options: 6 });
  const result = await checkContent(path.join(scratch, "a"), TODAY);
  expect(result.problems.map(formatProblem)).toEqual([]);
  if (!result.ok) throw new Error("generated content did not validate");
  matrix = result.matrix;
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("generated content at 300 x 6", () => {
  it("has the sizes asked for, and the questionnaire's", () => {
    expect(matrix.attributes).toHaveLength(300);
    expect(matrix.options).toHaveLength(6);
    expect(matrix.questions).toHaveLength(QUESTIONS);
    expect(matrix.factors).toHaveLength(MAX_FACTORS);
  });

  it("mixes the kinds of evidence, stated the most, derived cells each with a note", () => {
    const cells = matrix.attributes.flatMap((a) => Object.values(a.cells));
    const count = (e: string) => cells.filter((c) => c.evidence === e).length;
    expect(count("derived")).toBeGreaterThan(cells.length / 20);
    expect(count("unstated")).toBeGreaterThan(cells.length / 20);
    expect(count("stated")).toBeGreaterThan(cells.length / 2);
    expect(cells.filter((c) => c.evidence === "derived" && !c.note)).toEqual([]);
    const unavailable = cells.filter((c) => c.evidence !== "unstated" && c.unavailable);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const c of unavailable)
      expect(c).toMatchObject({ evidence: "stated", verdict: "disadvantage" });
  });

  it("gives every factor several rows, in the factor's category", () => {
    for (const f of matrix.factors) {
      const rows = matrix.attributes.filter((a) => a.factor === f.id);
      expect(rows.length, f.id).toBeGreaterThanOrEqual(3);
      expect(new Set(rows.map((a) => a.category)), f.id).toEqual(new Set([f.category]));
    }
  });

  it("weighs every factor in some answer, and cites sources of each scope", () => {
    const weighed = new Set(
      matrix.questions.flatMap((q) => q.answers.flatMap((a) => Object.keys(a.priorities))),
    );
    expect(matrix.factors.filter((f) => !weighed.has(f.id))).toEqual([]);
    expect(new Set(matrix.sources.map((s) => s.scope))).toEqual(new Set(["provider", "general"]));
  });

  it("is the same files every time", async () => {
    await generateContent(path.join(scratch, "b"), { attributes: 300, options: 6 });
    const [a, b] = await Promise.all(
      ["a", "b"].map(async (d) =>
        (await readContentFiles(path.join(scratch, d))).map((f) => [f.relative, f.text]),
      ),
    );
    expect(b).toEqual(a);
  });
});

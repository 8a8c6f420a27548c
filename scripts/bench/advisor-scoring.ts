/**
 * Advisor time at the realistic ceiling of 300 generated attributes x 6 options: the whole
 * result (scores, confidence, "what would change it", which re-scores every alternative
 * priority and answer) with every factor weighed, and the same with the model built from the
 * matrix first; median of 5 runs each after one warm-up.
 */
import path from "node:path";
import { advisorModel } from "../../lib/advisor/rank";
import { recommend } from "../../lib/advisor/recommend";
import { checkContent } from "../../lib/content/load-matrix";
import { generateContent } from "../../tests/generate/generate-content";
import { median } from "./support/stats";
import type { BenchContext, ModuleResult } from "./types";

const ATTRIBUTES = 300;
const OPTIONS = 6;

export async function measureAdvisorScoring(ctx: BenchContext) {
  const dir = path.join(ctx.scratch, `advisor-${ATTRIBUTES}`);
  await generateContent(dir, { attributes: ATTRIBUTES, options: OPTIONS });
  const loaded = await checkContent(dir, "2026-11-25");
  if (!loaded.ok) throw new Error(`generated content at ${ATTRIBUTES} is invalid`);
  const matrix = loaded.matrix;
  // Every factor important, so every attribute carries a weight.
  const choice = {
    answers: {},
    overrides: Object.fromEntries(matrix.factors.map((f) => [f.id, "important" as const])),
  };
  const time = (fn: () => unknown) => {
    fn();
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      fn();
      runs.push(performance.now() - t);
    }
    return median(runs);
  };
  const model = advisorModel(matrix);
  const scoring = time(() => recommend(model, choice));
  const withModel = time(() => recommend(advisorModel(matrix), choice));
  console.log(
    `advisor scoring, ${ATTRIBUTES.toLocaleString("en")} attributes x ${OPTIONS} options, ${matrix.questions.length} questions: ` +
      `${scoring.toFixed(1)} ms with "what would change it"; ${withModel.toFixed(1)} ms with the model built too (median of 5)`,
  );
  return { scoring, withModel, questions: matrix.questions.length };
}

export async function runAdvisorScoring(ctx: BenchContext): Promise<ModuleResult> {
  const { scoring, withModel } = await measureAdvisorScoring(ctx);
  return {
    figures: [
      {
        name: `advisor result with what would change it, ${ATTRIBUTES} x ${OPTIONS} (median)`,
        value: Math.round(scoring * 10) / 10,
        unit: "ms",
      },
      {
        name: `the same, building the model from the matrix, ${ATTRIBUTES} x ${OPTIONS}`,
        value: Math.round(withModel * 10) / 10,
        unit: "ms",
      },
    ],
  };
}

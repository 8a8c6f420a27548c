/**
 * Advisor scoring time at the realistic ceiling of 300 generated attributes x 6 options: the recommendation for a fixed set of
 * answers, and the same plus "what would change it" (which scores every alternative answer),
 * median of 5 runs each after one warm-up.
 */
import path from "node:path";
import { recommend } from "../../lib/advisor/recommend";
import { whatWouldChange } from "../../lib/advisor/what-would-change";
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
  // Every question answered "important", so every attribute carries a weight.
  const answers = Object.fromEntries(matrix.questions.map((q) => [q.id, "important"]));
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
  const scoring = time(() => recommend(matrix, answers));
  const withFlips = time(() => whatWouldChange(matrix, answers));
  console.log(
    `advisor scoring, ${ATTRIBUTES.toLocaleString("en")} attributes x ${OPTIONS} options, ${matrix.questions.length} questions: ` +
      `${scoring.toFixed(1)} ms; with "what would change it": ${withFlips.toFixed(0)} ms (median of 5)`,
  );
  return { scoring, withFlips, questions: matrix.questions.length };
}

export async function runAdvisorScoring(ctx: BenchContext): Promise<ModuleResult> {
  const { scoring, withFlips } = await measureAdvisorScoring(ctx);
  return {
    figures: [
      {
        name: `advisor scoring, ${ATTRIBUTES} x ${OPTIONS} (median)`,
        value: Math.round(scoring * 10) / 10,
        unit: "ms",
      },
      {
        name: `advisor scoring + what would change it, ${ATTRIBUTES} x ${OPTIONS}`,
        value: Math.round(withFlips),
        unit: "ms",
      },
    ],
  };
}

/**
 * PLACEHOLDER: advisor scoring time at 10,000 attributes.
 *
 * To fill in once lib/advisor exists: in `measureAdvisorScoring`, generate content at 10,000
 * attributes into ctx.scratch (as content-scale.ts does), load the matrix, time the scoring
 * of a fixed set of answers (median of a few runs) and return the median in ms. Until then
 * it measures nothing, and the table says n/a.
 */
import type { BenchContext, ModuleResult } from "./types";

/** Median ms to score one set of answers against 10,000 attributes; null = not measured. */
export async function measureAdvisorScoring(ctx: BenchContext): Promise<number | null> {
  void ctx;
  return Promise.resolve(null);
}

export async function runAdvisorScoring(ctx: BenchContext): Promise<ModuleResult> {
  const ms = await measureAdvisorScoring(ctx);
  if (ms === null) console.log("advisor scoring at 10,000 attributes: n/a (not implemented yet)");
  return {
    figures: [
      {
        name: "advisor scoring, 10,000 attributes (median)",
        value: ms === null ? null : Math.round(ms),
        unit: "ms",
        ...(ms === null ? { note: "n/a (placeholder: scripts/bench/advisor-scoring.ts)" } : {}),
      },
    ],
  };
}

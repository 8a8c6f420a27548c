/**
 * Content load + validation time at 100, 1,000 and 10,000 generated attributes (5 options),
 * median of 3 each, as `npm run content:check` (which `npm run build` runs first) loads it:
 * from 2,000 attribute files up, worker threads share them. Growth from 1,000 to 10,000 should
 * stay about linear, and 10,000 take under 2 s. The same load on one thread, as `next build`'s
 * page workers load the matrix, is printed alongside.
 */
import path from "node:path";
import { checkContent } from "../../lib/content/load-matrix";
import { checkContentInParallel, type ParallelStats } from "../../lib/content/validate-in-parallel";
import type { ValidationResult } from "../../lib/content/validate-content";
import { generateContent } from "../../tests/generate/generate-content";
import { median } from "./support/stats";
import { atMost, type BenchContext, type Figure, type ModuleResult } from "./types";

const SIZES = [100, 1000, 10000] as const;
const DATE = "2026-11-25";

async function medianOf3(n: number, load: () => Promise<ValidationResult>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = await load();
    times.push(performance.now() - t);
    if (!r.ok) throw new Error(`generated content at ${n} is invalid`);
  }
  return median(times);
}

export async function runContentScale({ scratch }: BenchContext): Promise<ModuleResult> {
  const rows: Record<number, number> = {};
  let stats: ParallelStats = { chunks: 0, inWorkers: 0 };
  let oneThread = 0;
  for (const n of SIZES) {
    const dir = path.join(scratch, `content-${n}`);
    await generateContent(dir, { attributes: n, options: 5 });
    rows[n] = await medianOf3(n, () => {
      stats = { chunks: 0, inWorkers: 0 };
      return checkContentInParallel(dir, DATE, { stats });
    });
    const shared =
      stats.inWorkers > 0 ? `, workers read ${stats.inWorkers} of ${stats.chunks} chunks` : "";
    console.log(
      `content load + validation, ${n} attributes: ${rows[n].toFixed(0)} ms (median of 3${shared})`,
    );
    if (n === 10000) {
      oneThread = await medianOf3(n, () => checkContent(dir, DATE));
      console.log(`  on one thread: ${oneThread.toFixed(0)} ms (median of 3)`);
    }
  }
  const ratio = rows[10000]! / rows[1000]!;
  console.log(`  10,000 / 1,000 ratio: ${ratio.toFixed(1)} (linear budget <= 12)`);
  const figures: Figure[] = SIZES.map((n) => ({
    name: `content load + validation, ${n.toLocaleString("en")} attributes`,
    value: Math.round(rows[n]!),
    unit: "ms",
  }));
  figures[2] = atMost(figures[2]!, 2000, "<= 2000 ms");
  return {
    figures: [
      ...figures,
      {
        name: "content load + validation, 10,000 attributes, one thread",
        value: Math.round(oneThread),
        unit: "ms",
      },
      atMost({ name: "content load 10,000 / 1,000", value: ratio, unit: "x" }, 12, "<= 12x"),
    ],
    details: { contentLoadMs: rows, oneThreadMs: oneThread },
  };
}

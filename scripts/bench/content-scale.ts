/**
 * Content load + validation time at 100, 1,000 and 10,000 generated attributes (5 options),
 * median of 3 each. Growth from 1,000 to 10,000 should stay about linear.
 */
import path from "node:path";
import { checkContent } from "../../lib/content/load-matrix";
import { generateContent } from "../../tests/generate/generate-content";
import { median } from "./support/stats";
import { atMost, type BenchContext, type ModuleResult } from "./types";

async function contentScale(scratch: string) {
  const rows: Record<string, number> = {};
  for (const n of [100, 1000, 10000]) {
    const dir = path.join(scratch, `content-${n}`);
    await generateContent(dir, { attributes: n, options: 5 });
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const r = await checkContent(dir, "2026-11-25");
      times.push(performance.now() - t);
      if (!r.ok) throw new Error(`generated content at ${n} is invalid`);
    }
    rows[n] = median(times);
    console.log(
      `content load + validation, ${n} attributes: ${rows[n].toFixed(0)} ms (median of 3)`,
    );
  }
  const ratio = rows[10000]! / rows[1000]!;
  console.log(`  10,000 / 1,000 ratio: ${ratio.toFixed(1)} (linear budget <= 12)`);
  return { rows, ratio };
}

export async function runContentScale({ scratch }: BenchContext): Promise<ModuleResult> {
  const { rows, ratio } = await contentScale(scratch);
  return {
    figures: [
      ...Object.entries(rows).map(([n, ms]) => ({
        name: `content load + validation, ${Number(n).toLocaleString("en")} attributes`,
        value: Math.round(ms),
        unit: "ms",
      })),
      atMost({ name: "content load 10,000 / 1,000", value: ratio, unit: "x" }, 12, "<= 12x"),
    ],
    details: { contentLoadMs: rows },
  };
}

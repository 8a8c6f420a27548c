/**
 * Content load + validation time (reading the files and checking them, as `npm run
 * content:check` and `loadMatrix` do), median of 5 after one warm-up run: the real content,
 * a realistic ceiling of 300 attributes x 6 options, and 1,000 x 6 beside it to show that the
 * time grows about linearly with the content (1,000 / 300 attributes is 3.3x).
 */
import path from "node:path";
import { checkContent, today } from "../../lib/content/load-matrix";
import { generateContent } from "../../tests/generate/generate-content";
import { median } from "./support/stats";
import { atMost, type BenchContext, type Figure, type ModuleResult } from "./types";

const OPTIONS = 6;
/** The date generated content is checked against (its reviews are dated 2026-11-01). */
const GENERATED_DATE = "2026-11-25";

async function timeLoad(dir: string, date: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    const result = await checkContent(dir, date);
    if (i > 0) times.push(performance.now() - t);
    if (!result.ok) throw new Error(`the content in ${dir} is invalid`);
  }
  return median(times);
}

export async function runContentScale({ root, scratch }: BenchContext): Promise<ModuleResult> {
  const real = await timeLoad(path.join(root, "content"), today());
  console.log(`content load + validation, real content: ${real.toFixed(0)} ms (median of 5)`);
  const generated: Record<number, number> = {};
  for (const attributes of [300, 1000]) {
    const dir = path.join(scratch, `content-${attributes}`);
    await generateContent(dir, { attributes, options: OPTIONS });
    const ms = await timeLoad(dir, GENERATED_DATE);
    generated[attributes] = ms;
    console.log(
      `content load + validation, ${attributes} attributes x ${OPTIONS} options: ${ms.toFixed(0)} ms (median of 5)`,
    );
  }
  const ratio = generated[1000]! / generated[300]!;
  console.log(`  1,000 / 300 attributes: ${ratio.toFixed(1)}x (linear growth is 3.3x)`);
  const figures: Figure[] = [
    atMost(
      { name: "content load + validation, real content", value: Math.round(real), unit: "ms" },
      300,
      "<= 300 ms",
    ),
    atMost(
      {
        name: `content load + validation, 300 attributes x ${OPTIONS} options`,
        value: Math.round(generated[300]!),
        unit: "ms",
      },
      1500,
      "<= 1500 ms",
    ),
    {
      name: `content load + validation, 1,000 attributes x ${OPTIONS} options`,
      value: Math.round(generated[1000]!),
      unit: "ms",
    },
    {
      name: "content load 1,000 / 300 attributes (linear: 3.3x)",
      value: ratio,
      unit: "x",
    },
  ];
  return { figures, details: { realMs: real, generatedMs: generated } };
}

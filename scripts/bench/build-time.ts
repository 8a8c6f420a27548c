/**
 * Build time of the whole site: `npm run build` in the project itself (content check, next
 * build, postbuild). It replaces out/, which the modules after it then measure.
 */
import { run } from "./support/run";
import type { BenchContext, ModuleResult } from "./types";

export async function runBuildTime({ root }: BenchContext): Promise<ModuleResult> {
  const t = performance.now();
  await run("npm", ["run", "build"], { cwd: root });
  const ms = Math.round(performance.now() - t);
  console.log(`npm run build: ${(ms / 1000).toFixed(1)} s`);
  return { figures: [{ name: "site build (npm run build)", value: ms, unit: "ms" }] };
}

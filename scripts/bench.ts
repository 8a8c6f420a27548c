/**
 * `npm run bench`: measures what tests should not (sizes, timings, scores under load), prints
 * one table of figures against their budgets and writes every figure to bench-results.json
 * (git-ignored). One module per measurement in scripts/bench/ (see modules.ts for the list):
 *
 *   build-time       `npm run build` of the real site (rebuilds out/)
 *   first-load-js    gzip JS per route, as a ratio to a bare / a table+nuqs floor page
 *   lighthouse       mobile and desktop, every route, median of 3
 *   serving          /compare under autocannon: embedded server vs nginx
 *   content-scale    content load + validation: real content, 300 x 6, 1,000 x 6
 *   keystroke        /compare keystroke-to-paint and to filtered table at 300 x 6, CPU 4x slower
 *   advisor-scoring  the recommendation and "what would change it" at 300 x 6
 *
 * BENCH_ONLY=first-load-js,serving runs a subset; without build-time in it, the modules that
 * read out/ measure the build already there (and build one if there is none); if the build
 * fails, they are skipped. BENCH_PORTS (default 3500-3599) is the port range for the servers
 * it starts. Exits non-zero when a figure misses its budget or a measurement fails.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runBuildTime } from "./bench/build-time";
import { MODULES } from "./bench/modules";
import { formatTable } from "./bench/support/table";
import { atMost, type BenchContext, type Figure, type ModuleResult } from "./bench/types";

const TOTAL_BUDGET_S = 600;
const started = performance.now();
const root = process.cwd();

const only = process.env.BENCH_ONLY?.split(",")
  .map((s) => s.trim())
  .filter(Boolean);
const unknown = only?.filter((n) => !MODULES.some((m) => m.name === n)) ?? [];
if (unknown.length) {
  console.error(
    `BENCH_ONLY names no module ${unknown.map((n) => `"${n}"`).join(", ")}; the modules are: ${MODULES.map((m) => m.name).join(", ")}`,
  );
  process.exit(2);
}
const selected = MODULES.filter((m) => !only || only.includes(m.name));

const ctx: BenchContext = {
  root,
  scratch: mkdtempSync(path.join(os.tmpdir(), "deployment-advisor-bench-")),
};
const results: Record<string, ModuleResult & { ms: number; error?: string }> = {};
const loadBefore = os.loadavg();
try {
  if (
    selected.some((m) => m.needsBuild) &&
    !selected.some((m) => m.name === "build-time") &&
    !existsSync(path.join(root, "deploy/headers.json"))
  ) {
    console.log("No build in out/: building it first (npm run build).");
    await runBuildTime(ctx);
  }
  for (const m of selected) {
    console.log(`\n== ${m.name}`);
    const t = performance.now();
    if (m.needsBuild && results["build-time"]?.error) {
      results[m.name] = {
        figures: [{ name: m.name, value: null, unit: "", note: "skipped: the build failed" }],
        ms: 0,
        error: "skipped: the build failed",
      };
      continue;
    }
    try {
      results[m.name] = { ...(await m.run(ctx)), ms: Math.round(performance.now() - t) };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      console.error(e);
      results[m.name] = {
        figures: [
          {
            name: m.name,
            value: null,
            unit: "",
            note: `failed: ${message.split("\n")[0]}`,
            pass: false,
          },
        ],
        ms: Math.round(performance.now() - t),
        error: message,
      };
    }
    console.log(`(${m.name}: ${((performance.now() - t) / 1000).toFixed(1)} s)`);
  }
} finally {
  rmSync(ctx.scratch, { recursive: true, force: true });
}

const totalS = (performance.now() - started) / 1000;
const total: Figure = only
  ? {
      name: "bench wall time (subset)",
      value: totalS * 1000,
      unit: "ms",
      display: `${totalS.toFixed(0)} s`,
    }
  : atMost(
      {
        name: "bench wall time (all modules)",
        value: totalS,
        unit: "s",
        display: `${totalS.toFixed(0)} s`,
      },
      TOTAL_BUDGET_S,
      `<= ${TOTAL_BUDGET_S} s`,
    );
const figures = [...Object.values(results).flatMap((r) => r.figures), total];

console.log(`\n${formatTable(figures)}`);
const loadAfter = os.loadavg();
console.log(
  `\n${os.cpus().length} CPUs; load average ${loadBefore[0]?.toFixed(1)} at start, ${loadAfter[0]?.toFixed(1)} at end (other work on the machine makes timings noisy).`,
);
writeFileSync(
  path.join(root, "bench-results.json"),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      loadAverage: { start: loadBefore, end: loadAfter },
      modules: only ?? MODULES.map((m) => m.name),
      totalSeconds: totalS,
      results,
    },
    null,
    2,
  ) + "\n",
);
console.log("figures written to bench-results.json");
const failed = figures.filter((f) => f.pass === false);
if (failed.length) {
  console.log(
    `${failed.length} figure(s) over budget or not measured: ${failed.map((f) => f.name).join("; ")}`,
  );
  process.exitCode = 1;
}

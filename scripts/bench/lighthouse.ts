/**
 * Lighthouse, mobile (its default config) and desktop (its desktop config), on every route
 * served by the embedded server (so the real headers apply), median of 3 runs per figure.
 * Budget: 100 in all four categories on desktop; on mobile, performance >= 98 and 100 in the
 * other three.
 */
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Config, type Result } from "lighthouse";
import { CHROMIUM_ARGS, chromiumPath } from "../../tests/chromium";
import { startEmbeddedServer } from "./support/embedded-server";
import { freePort } from "./support/ports";
import { benchRoutes } from "./support/routes";
import { median } from "./support/stats";
import type { BenchContext, Figure, ModuleResult } from "./types";

const RUNS = 3;
/** Lighthouse sometimes loses the trace on a busy machine (NO_NAVSTART); such a run is redone. */
const ATTEMPTS_PER_RUN = 3;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];
const SHORT: Record<Category, string> = {
  performance: "perf",
  accessibility: "a11y",
  "best-practices": "bp",
  seo: "seo",
};

interface Preset {
  name: string;
  config: Config | undefined;
  /** Lowest acceptable score per category; 100 where absent. */
  minimum: Partial<Record<Category, number>>;
}
const PRESETS: readonly Preset[] = [
  { name: "mobile", config: undefined, minimum: { performance: 98 } },
  { name: "desktop", config: desktopConfig, minimum: {} },
];

type Run = Record<Category, number> & { lcpMs: number; tbtMs: number; cls: number };

export async function runLighthouse({ root }: BenchContext): Promise<ModuleResult> {
  const routes = benchRoutes(path.join(root, "out"));
  const server = await startEmbeddedServer(root);
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};
  try {
    for (const preset of PRESETS) {
      // One Chrome per preset; Lighthouse opens a fresh tab and clears the origin's storage
      // and cache for every run.
      const chrome = await chromeLauncher.launch({
        chromePath: chromiumPath(),
        chromeFlags: [...CHROMIUM_ARGS, "--headless=new"],
        port: await freePort(),
        logLevel: "silent",
      });
      try {
        for (const route of routes) {
          const name = `lighthouse ${preset.name} ${route.label}`;
          const budget = budgetText(preset);
          if (!route.exists) {
            figures.push({ name, value: null, unit: "score", budget, note: "n/a (route missing)" });
            continue;
          }
          try {
            const result = await measureRoute(
              name,
              `${server.origin}${route.path}`,
              chrome.port,
              preset,
            );
            figures.push(...result.figures);
            details[`${preset.name} ${route.path}`] = result.details;
          } catch (e) {
            // One route failing to measure should not hide the others' figures.
            const message = e instanceof Error ? e.message : String(e);
            console.error(`${name}: ${message}`);
            figures.push({
              name,
              value: null,
              unit: "score",
              budget,
              pass: false,
              note: `failed: ${message}`,
            });
          }
        }
      } finally {
        chrome.kill();
      }
    }
  } finally {
    await server.stop();
  }
  return { figures, details };
}

async function measureRoute(
  name: string,
  url: string,
  port: number,
  preset: Preset,
): Promise<{ figures: Figure[]; details: unknown }> {
  const runs: Run[] = [];
  const belowFull = new Set<string>();
  const benchmarkIndex: number[] = [];
  let retries = 0;
  for (let i = 0; i < RUNS; i++) {
    const { lhr, attempts } = await audit(url, port, preset.config);
    retries += attempts - 1;
    runs.push(figuresOf(lhr));
    benchmarkIndex.push(lhr.environment.benchmarkIndex);
    for (const id of auditsBelowFull(lhr)) belowFull.add(id);
  }
  const med = (key: keyof Run) => median(runs.map((r) => r[key]));
  const m: Run = {
    performance: med("performance"),
    accessibility: med("accessibility"),
    "best-practices": med("best-practices"),
    seo: med("seo"),
    lcpMs: med("lcpMs"),
    tbtMs: med("tbtMs"),
    cls: med("cls"),
  };
  const misses = CATEGORIES.filter((c) => m[c] < (preset.minimum[c] ?? 100));
  const evidence = [...belowFull].filter((id) => misses.some((c) => id.startsWith(`${SHORT[c]}:`)));
  const scores: Figure = {
    name,
    value: m.performance,
    unit: "score",
    display: CATEGORIES.map((c) => `${SHORT[c]} ${m[c]}`).join(" · "),
    budget: budgetText(preset),
    pass: misses.length === 0,
    ...(misses.length
      ? { note: `audits below full marks in some run: ${evidence.join(", ")}` }
      : {}),
  };
  const metrics: Figure = {
    name: `${name} metrics`,
    value: m.lcpMs,
    unit: "ms",
    display: `LCP ${(m.lcpMs / 1000).toFixed(2)} s · TBT ${Math.round(m.tbtMs)} ms · CLS ${m.cls.toFixed(3)}`,
  };
  console.log(`${name}: ${scores.display}; ${metrics.display}`);
  return {
    figures: [scores, metrics],
    details: { median: m, runs, belowFull: [...belowFull], benchmarkIndex, retries },
  };
}

function budgetText(preset: Preset): string {
  const perf = preset.minimum.performance;
  return perf ? `perf >= ${perf}, others 100` : "100 in all four";
}

async function audit(
  url: string,
  port: number,
  config: Config | undefined,
): Promise<{ lhr: Result; attempts: number }> {
  let lastError = "";
  for (let attempt = 1; attempt <= ATTEMPTS_PER_RUN; attempt++) {
    const result = await lighthouse(
      url,
      {
        port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
        // Weight-0 audits that cost an extra navigation or screenshots per run: skipping them
        // changes no score and keeps the runs inside the bench's time budget.
        skipAudits: ["bf-cache", "screenshot-thumbnails", "final-screenshot"],
        disableFullPageScreenshot: true,
      },
      config,
    );
    const lhr = result?.lhr;
    if (lhr && !lhr.runtimeError) return { lhr, attempts: attempt };
    lastError = lhr?.runtimeError
      ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`
      : "no result";
  }
  throw new Error(`Lighthouse failed on ${url} ${ATTEMPTS_PER_RUN} times; last: ${lastError}`);
}

function figuresOf(lhr: Result): Run {
  const score = (c: Category) => {
    const s = lhr.categories[c]?.score;
    if (s === null || s === undefined)
      throw new Error(`Lighthouse gave no ${c} score for ${lhr.finalDisplayedUrl}`);
    return Math.round(s * 100);
  };
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
    seo: score("seo"),
    lcpMs: numeric("largest-contentful-paint"),
    tbtMs: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
  };
}

/** Audits that cost points, as "category:audit" (the evidence for a missed budget). */
function auditsBelowFull(lhr: Result): string[] {
  return CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .filter((ref) => {
        const s = lhr.audits[ref.id]?.score;
        return s !== null && s !== undefined && s < 1;
      })
      .map((ref) => `${SHORT[c]}:${ref.id}`),
  );
}

/**
 * `npm run bench`: measures what tests should not (timings) and prints the figures; the JSON
 * goes to bench-results.json (git-ignored).
 *
 *   1. content load + validation time at 100, 1,000 and 10,000 generated attributes
 *   2. /compare at 1,000 attributes x 5 options, CPU throttled 4x: keystroke-to-paint (the
 *      frame after keydown) and keystroke-to-filtered-table (the frame after the last change
 *      the keystroke caused in the page, e.g. a deferred table update)
 *
 * The 1,000-attribute site is built in a scratch copy of the project (so out/ is untouched),
 * from content made by tests/generate/generate-content.ts.
 *
 * Environment: BENCH_ONLY=content or BENCH_ONLY=keystroke runs one part (default: both);
 * BENCH_PORT picks the port of the scratch site's server (default: a random one from 3300);
 * BENCH_SCRATCH=<dir> uses and keeps that scratch folder (to inspect or profile the built site);
 * BENCH_ROUNDS=<n> types "snapshot" and deletes it n times (default 3: 48 keystrokes, since the
 * machine's other work makes single timings noisy).
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { checkContent } from "../lib/content/load-matrix";
import { CHROMIUM_ARGS, chromiumPath } from "../tests/chromium";
import { generateContent } from "../tests/generate/generate-content";

const ROOT = process.cwd();
const only = process.env.BENCH_ONLY;
if (only !== undefined && only !== "content" && only !== "keystroke") {
  throw new Error(`BENCH_ONLY must be "content" or "keystroke", not "${only}"`);
}
const keepScratch = process.env.BENCH_SCRATCH;
if (keepScratch) mkdirSync(keepScratch, { recursive: true });
const scratch = keepScratch ?? mkdtempSync(path.join(os.tmpdir(), "deployment-advisor-bench-"));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const results: Record<string, unknown> = {};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function contentScale() {
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
  results.contentLoadMs = rows;
}

async function buildScaleSite(): Promise<string> {
  const site = path.join(scratch, "site");
  rmSync(site, { recursive: true, force: true });
  const content = path.join(scratch, "content-1000");
  await generateContent(content, { attributes: 1000, options: 5 });
  for (const entry of [
    "app",
    "components",
    "lib",
    "public",
    "scripts",
    "tests/generate",
    "tests/chromium.ts",
    "package.json",
    "tsconfig.json",
    "next.config.ts",
    "postcss.config.mjs",
  ]) {
    cpSync(path.join(ROOT, entry), path.join(site, entry), { recursive: true });
  }
  // Turbopack refuses a node_modules symlinked from outside its root; hard links are instant.
  execFileSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(site, "node_modules")]);
  const env = {
    ...process.env,
    CONTENT_DIR: content,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const t = performance.now();
  execFileSync("npx", ["next", "build"], {
    cwd: site,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  execFileSync("npx", ["tsx", "scripts/postbuild.ts"], { cwd: site, env, stdio: "ignore" });
  results.scaleBuildMs = Math.round(performance.now() - t);
  console.log(
    `built the 1,000 x 5 site in ${((results.scaleBuildMs as number) / 1000).toFixed(1)} s`,
  );
  return site;
}

async function keystrokeToPaint(site: string) {
  const port = Number(process.env.BENCH_PORT ?? 3300 + Math.floor(Math.random() * 500));
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    cwd: site,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: "ignore",
  });
  try {
    await new Promise((r) => setTimeout(r, 2500));
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/compare`, { waitUntil: "load", timeout: 120_000 });
    await page.waitForFunction(
      () => !document.querySelector<HTMLInputElement>("#compare-search")?.disabled,
      null,
      { timeout: 120_000 },
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.getByLabel("Search attributes").click();
    // Keystroke-to-paint: keydown -> next animation frame -> a task queued after it, i.e. the
    // frame after the keystroke has painted. Keystroke-to-filtered-table: the same, after the
    // last DOM change the keystroke caused outside the search box (so a table update deferred
    // past the first frame counts in full).
    // A string, not a function: tsx would wrap the named helpers in a __name() the page lacks.
    await page.evaluate(`{
      window.__keys = [];
      const afterPaint = (then) =>
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => then(performance.now());
          ch.port2.postMessage(0);
        });
      document.addEventListener(
        "keydown",
        (e) => {
          const key = { t0: e.timeStamp };
          window.__keys.push(key);
          afterPaint((t) => (key.paint = t - key.t0));
        },
        true,
      );
      const search = document.querySelector("#compare-search");
      new MutationObserver((records) => {
        const key = window.__keys.at(-1);
        if (!key || records.every((r) => r.target === search)) return;
        afterPaint((t) => (key.settled = Math.max(key.settled ?? 0, t - key.t0)));
      }).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    }`);
    const statuses: string[] = [];
    const status = page.getByRole("status").filter({ hasText: /attribute/ });
    for (let round = 0; round < ROUNDS; round++) {
      for (const key of [..."snapshot", ...Array<string>(8).fill("Backspace")]) {
        await page.keyboard.press(key);
        await page.waitForTimeout(400);
        statuses.push((await status.textContent()) ?? "");
      }
    }
    const keys = await page.evaluate(
      () => (window as unknown as { __keys: { paint?: number; settled?: number }[] }).__keys,
    );
    await browser.close();
    const paint = keys.map((k) => k.paint ?? NaN);
    // A keystroke that changed nothing outside the box has its table ready with its first frame.
    const settled = keys.map((k) => Math.max(k.paint ?? NaN, k.settled ?? 0));
    results.keystrokeToPaintMs = { median: median(paint), samples: paint.map(Math.round) };
    results.keystrokeToFilteredTableMs = {
      median: median(settled),
      samples: settled.map(Math.round),
    };
    results.keystrokeStatuses = statuses;
    console.log(
      `/compare keystroke-to-paint, 1,000 x 5, CPU 4x slower: median ${median(paint).toFixed(0)} ms over ${paint.length} keystrokes (budget 50 ms)`,
    );
    console.log(`  samples: ${paint.map(Math.round).join(" ")}`);
    console.log(
      `/compare keystroke-to-filtered-table: median ${median(settled).toFixed(0)} ms, max ${Math.max(...settled).toFixed(0)} ms`,
    );
    console.log(`  samples: ${settled.map(Math.round).join(" ")}`);
    console.log(`  result counts: ${statuses.slice(0, 16).join(" | ")}`);
  } finally {
    server.kill();
  }
}

try {
  if (only !== "keystroke") await contentScale();
  if (only !== "content") await keystrokeToPaint(await buildScaleSite());
  writeFileSync(path.join(ROOT, "bench-results.json"), JSON.stringify(results, null, 2));
  console.log("figures written to bench-results.json");
} finally {
  if (!keepScratch) rmSync(scratch, { recursive: true, force: true });
}

/**
 * `npm run bench`: measures what tests should not (timings) and prints the figures; the JSON
 * goes to bench-results.json (git-ignored).
 *
 *   1. content load + validation time at 100, 1,000 and 10,000 generated attributes
 *   2. /compare keystroke-to-paint at 1,000 attributes x 5 options, CPU throttled 4x
 *
 * The 1,000-attribute site is built in a scratch copy of the project (so out/ is untouched),
 * from content made by tests/generate/generate-content.ts.
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { checkContent } from "../lib/content/load-matrix";
import { CHROMIUM_ARGS, chromiumPath } from "../tests/chromium";
import { generateContent } from "../tests/generate/generate-content";

const ROOT = process.cwd();
const scratch = mkdtempSync(path.join(os.tmpdir(), "deployment-advisor-bench-"));
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

function buildScaleSite(): string {
  const site = path.join(scratch, "site");
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
    CONTENT_DIR: path.join(scratch, "content-1000"),
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
  const port = 3300 + Math.floor(Math.random() * 500);
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
    // keydown -> next animation frame -> a task queued after it: the frame with the update has painted.
    await page.evaluate(() => {
      const w = window as unknown as { __kp: number[] };
      w.__kp = [];
      document.addEventListener(
        "keydown",
        (e) => {
          const t0 = e.timeStamp;
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => w.__kp.push(performance.now() - t0);
            ch.port2.postMessage(0);
          });
        },
        true,
      );
    });
    for (const key of [..."snapshot", ...Array<string>(8).fill("Backspace")]) {
      await page.keyboard.press(key);
      await page.waitForTimeout(400);
    }
    const samples = await page.evaluate(() => (window as unknown as { __kp: number[] }).__kp);
    await browser.close();
    results.keystrokeToPaintMs = {
      median: median(samples),
      samples: samples.map((s) => Math.round(s)),
    };
    console.log(
      `/compare keystroke-to-paint, 1,000 x 5, CPU 4x slower: median ${median(samples).toFixed(0)} ms over ${samples.length} keystrokes (budget 50 ms)`,
    );
  } finally {
    server.kill();
  }
}

try {
  await contentScale();
  await keystrokeToPaint(buildScaleSite());
  writeFileSync(path.join(ROOT, "bench-results.json"), JSON.stringify(results, null, 2));
  console.log("figures written to bench-results.json");
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/**
 * /compare keystroke-to-paint at 1,000 attributes x 5 options, CPU throttled 4x.
 *
 * The 1,000-attribute site is built in a scratch copy of the project (so out/ is untouched),
 * from content made by tests/generate/generate-content.ts.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../../tests/chromium";
import { generateContent } from "../../tests/generate/generate-content";
import { startEmbeddedServer } from "./support/embedded-server";
import { median } from "./support/stats";
import { atMost, type BenchContext, type ModuleResult } from "./types";

function buildScaleSite(ROOT: string, scratch: string) {
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
  const scaleBuildMs = Math.round(performance.now() - t);
  console.log(`built the 1,000 x 5 site in ${(scaleBuildMs / 1000).toFixed(1)} s`);
  return { site, scaleBuildMs };
}

async function keystrokeToPaint(site: string) {
  const server = await startEmbeddedServer(site);
  try {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/compare`, { waitUntil: "load", timeout: 120_000 });
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
    console.log(
      `/compare keystroke-to-paint, 1,000 x 5, CPU 4x slower: median ${median(samples).toFixed(0)} ms over ${samples.length} keystrokes (budget 50 ms)`,
    );
    return { median: median(samples), samples: samples.map((s) => Math.round(s)) };
  } finally {
    await server.stop();
  }
}

export async function runKeystroke({ root, scratch }: BenchContext): Promise<ModuleResult> {
  // content-scale makes the same folder when it runs first; generation is deterministic.
  const content = path.join(scratch, "content-1000");
  if (!existsSync(content)) await generateContent(content, { attributes: 1000, options: 5 });
  const { site, scaleBuildMs } = buildScaleSite(root, scratch);
  const keystrokeToPaintMs = await keystrokeToPaint(site);
  return {
    figures: [
      {
        name: "build of the 1,000 x 5 site (next build + postbuild)",
        value: scaleBuildMs,
        unit: "ms",
      },
      atMost(
        {
          name: "/compare keystroke-to-paint, 1,000 x 5, CPU 4x (median)",
          value: Math.round(keystrokeToPaintMs.median),
          unit: "ms",
        },
        50,
        "<= 50 ms",
      ),
    ],
    details: { scaleBuildMs, keystrokeToPaintMs },
  };
}

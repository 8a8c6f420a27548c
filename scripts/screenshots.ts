/**
 * `npm run screenshots`: every route of the built site (out/, built first if missing) in light
 * and dark, at 1440 and 375 px wide, as full-page PNGs in screenshots/ (git-ignored).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../tests/chromium";
import { startEmbeddedServer } from "./bench/support/embedded-server";

const ROOT = process.cwd();
const OUT = path.join(ROOT, "screenshots");
const PRETRAINING = "kind=pretraining&scale=multi-node&life=months&share=one-team&rules=none";
const ROUTES: [name: string, url: string][] = [
  ["home", "/"],
  ["compare", "/compare"],
  ["compare-filtered", "/compare?q=numa&diff=1&open=bios-smt-numa"],
  ["compare-sorted", "/compare?sort=bare-metal"],
  ["advisor-start", "/advisor"],
  ["advisor-question", `/advisor?step=kind`],
  ["advisor-needs", `/advisor?${PRETRAINING}&step=hardware-control`],
  ["advisor-result", `/advisor?${PRETRAINING}&step=result`],
  [
    "plan",
    "/plan?w=Pre-training~kind:pretraining,scale:multi-node,life:months,share:one-team,rules:none" +
      "&w=Inference+API~kind:inference,scale:part-node,life:hours,share:one-team,rules:none" +
      "&w=Notebooks~kind:research,scale:one-node,life:weeks,share:separate,rules:none",
  ],
  ["option", "/options/bare-metal"],
  ["glossary", "/glossary"],
  ["sources", "/sources"],
  ["not-found", "/no-such-page"],
];

if (!existsSync(path.join(ROOT, "deploy/headers.json"))) {
  console.log("No build: running npm run build first.");
  execFileSync("npm", ["run", "build"], { stdio: "inherit" });
}
mkdirSync(OUT, { recursive: true });
const server = await startEmbeddedServer(ROOT);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const scheme of ["light", "dark"] as const) {
    for (const width of [1440, 375]) {
      const context = await browser.newContext({
        viewport: { width, height: width > 500 ? 900 : 812 },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      for (const [name, url] of ROUTES) {
        await page.goto(server.origin + url, { waitUntil: "networkidle" });
        const file = path.join(OUT, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(path.relative(ROOT, file));
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}

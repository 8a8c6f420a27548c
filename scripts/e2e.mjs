/**
 * `npm run test:e2e`: runs the Playwright suite on a system Chromium when there is one
 * (CHROMIUM_PATH, or Debian's /usr/bin/chromium), and otherwise fetches Playwright's own
 * browser first, so `npm install && npm test` is enough on any connected machine.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];
const system = candidates.find((p) => p && existsSync(p));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (system) {
  env.CHROMIUM_PATH = system;
  console.log(`e2e: using ${system}`);
} else {
  console.log("e2e: no system Chromium found; installing Playwright's Chromium");
  run("npx", ["playwright", "install", "chromium"]);
}
run("npx", [
  "playwright",
  "test",
  "--config",
  "tests/playwright.config.ts",
  ...process.argv.slice(2),
]);

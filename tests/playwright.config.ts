import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const executablePath = chromiumPath();

/**
 * End-to-end tests run against the production build served as in production
 * (scripts/serve.ts over out/). On machines without Playwright's own browser, CHROMIUM_PATH
 * points at the system Chromium (scripts/e2e.mjs sets it).
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [["list"]],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "off",
    launchOptions: {
      executablePath,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "node --import tsx scripts/serve.ts",
    cwd: "..",
    env: { PORT: String(PORT), HOST: "127.0.0.1" },
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});

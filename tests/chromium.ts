import { existsSync } from "node:fs";

/**
 * Flags for headless Chromium on these machines: root needs --no-sandbox, and the closed
 * network makes Chromium's background services fail loudly unless they are off.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The system Chromium (CHROMIUM_PATH, or Debian's), or undefined for Playwright's own. */
export function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find(
    (p): p is string => !!p && existsSync(p),
  );
}

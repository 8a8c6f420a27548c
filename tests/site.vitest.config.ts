import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * `npm run test:site`: checks of the built site in out/ (run after `npm run build`). The
 * global setup serves out/ with scripts/serve.ts for the checks that need HTTP responses.
 */
export default defineConfig({
  root,
  resolve: { alias: { "@": root } },
  test: {
    include: ["tests/site/**/*.test.ts"],
    globalSetup: ["tests/site/serve-site.ts"],
    environment: "node",
    testTimeout: 60_000,
  },
});

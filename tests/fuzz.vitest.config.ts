import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

/** `npm run test:fuzz`: the parsers' property tests, at 10,000 cases per property. */
export default defineConfig({
  root,
  resolve: { alias: { "@": root } },
  test: {
    include: ["tests/unit/**/*.fuzz.test.ts"],
    environment: "node",
    env: { FUZZ_RUNS: "10000" },
    testTimeout: 300_000,
  },
});

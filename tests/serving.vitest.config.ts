import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * `npm run test:serving` (part of `npm run test:site`): the servers themselves, run after
 * `npm run build`. The embedded server is started by each file as a process of its own (so a
 * request that crashed it would show); nginx runs the generated configuration over HTTPS for
 * the whole run (tests/serving/setup.ts). One file at a time: the slow-client check measures
 * latency and must not share the two cores with the fuzzer or the HTML checker.
 */
export default defineConfig({
  root,
  resolve: { alias: { "@": root } },
  test: {
    include: ["tests/serving/**/*.test.ts"],
    globalSetup: ["tests/serving/setup.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

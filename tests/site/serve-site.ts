import { spawn } from "node:child_process";
import { once } from "node:events";
import type { TestProject } from "vitest/node";
import { ROOT } from "../built-site";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where scripts/serve.ts serves out/ for this run, e.g. http://127.0.0.1:3250. */
    siteUrl: string;
  }
}

/**
 * Starts the embedded production server (scripts/serve.ts) over out/ once for all site checks,
 * on SITE_PORT (default 3250), and stops it afterwards.
 */
export default async function setup(project: TestProject) {
  const port = Number(process.env.SITE_PORT ?? 3250);
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stderr.on("data", (d: Buffer) => (output += d.toString()));
  await new Promise<void>((resolve, reject) => {
    server.stdout.on("data", (d: Buffer) => {
      output += d.toString();
      if (output.includes("Serving ")) resolve();
    });
    server.once("exit", (code) =>
      reject(
        new Error(
          `scripts/serve.ts exited (${code}) before serving on port ${port}; set SITE_PORT to a free port.\n${output}`,
        ),
      ),
    );
  });
  project.provide("siteUrl", `http://127.0.0.1:${port}`);
  return async () => {
    if (server.exitCode !== null) return;
    server.kill("SIGTERM");
    await once(server, "exit");
  };
}

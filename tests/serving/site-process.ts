import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { ROOT } from "../built-site";

/** The embedded server (scripts/serve.ts over out/) running as a process of its own. */
export interface SiteProcess {
  port: number;
  /** What it wrote to stdout and stderr so far (its log: errors are logged there). */
  output(): string;
  /** True while the process runs: a request that crashed it would have ended it. */
  alive(): boolean;
  stop(): Promise<void>;
}

/**
 * Starts scripts/serve.ts on a port the OS picks (PORT=0), and resolves once it says where it
 * serves. Its own process, so that a request that kills it shows as an exit, not as a failed
 * test process.
 */
export async function startSiteProcess(env: Record<string, string> = {}): Promise<SiteProcess> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      output += d.toString();
      const port = /Serving .* on http:\/\/localhost:(\d+)/.exec(output)?.[1];
      if (port) resolve(Number(port));
    });
    child.once("exit", (code) =>
      reject(new Error(`scripts/serve.ts exited (${code}) before serving:\n${output}`)),
    );
  });
  return {
    port,
    output: () => output,
    alive: () => child.exitCode === null && child.signalCode === null,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}

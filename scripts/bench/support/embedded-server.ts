import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "./ports";

export interface RunningServer {
  origin: string;
  stop(): Promise<void>;
}

/**
 * Starts scripts/serve.ts (the embedded server) from `cwd` on a free port, and resolves
 * once it answers HTTP, so measurements never include its start-up.
 */
export async function startEmbeddedServer(cwd: string, outDir?: string): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    cwd,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      ...(outDir ? { OUT_DIR: outDir } : {}),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return serverReady(child, `http://127.0.0.1:${port}`);
}

/**
 * Resolves once the server process `child` answers at `origin`, with a stop() that waits for
 * it to exit; if it never answers, it is stopped and `explain` words the error.
 */
export async function serverReady(
  child: ChildProcess,
  origin: string,
  explain: (e: unknown) => Error = (e) => (e instanceof Error ? e : new Error(String(e))),
): Promise<RunningServer> {
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  try {
    await waitForHttp(origin, () => child.exitCode !== null);
  } catch (e) {
    await stop();
    throw explain(e);
  }
  return { origin, stop };
}

/**
 * Polls `origin` until it answers (any status; a redirect is an answer, not followed), the
 * process died, or 30 s passed.
 */
export async function waitForHttp(origin: string, died: () => boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (died()) throw new Error(`the server for ${origin} exited before answering`);
    try {
      await (
        await fetch(origin, { redirect: "manual", signal: AbortSignal.timeout(2000) })
      ).arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${origin} did not answer within 30 s`);
}

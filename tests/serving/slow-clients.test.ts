import { spawn } from "node:child_process";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../scripts/serve/site-server";
import { ROOT } from "../built-site";
import { parseResponse } from "./raw-http";
import { startSiteProcess, type SiteProcess } from "./site-process";

/*
 * Slowloris, bounded: 200 connections send their request headers one byte a second for 20 s
 * (tests/serving/slowloris.ts, a process of its own). Meanwhile a visitor asks for / every 50 ms
 * on a keep-alive connection, as a browser does, and the header timeout cuts the slow
 * connections off (408, with the security headers) without the visitor noticing: p99 under
 * 100 ms.
 */

const SLOW = 200;
const DURATION_MS = 20_000;
const VISIT_EVERY_MS = 50;
const P99_BUDGET_MS = 100;

let site: SiteProcess;
beforeAll(async () => {
  site = await startSiteProcess();
});
afterAll(async () => {
  await site.stop();
});

interface SlowResult {
  closedAt: number | null;
  sent: number;
  /** The length of the request's headers. */
  of: number;
  received: string;
}

function slowloris(port: number): Promise<SlowResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "tests/serving/slowloris.ts",
        String(port),
        String(SLOW),
        String(DURATION_MS),
      ],
      { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve(
            out
              .trim()
              .split("\n")
              .map((line) => JSON.parse(line) as SlowResult),
          )
        : reject(new Error(`slowloris.ts exited with ${code}`)),
    );
  });
}

/** Milliseconds from asking for / to its last byte. */
function visit(port: number, agent: http.Agent): Promise<{ ms: number; status: number }> {
  const t = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(
        { host: "127.0.0.1", port, path: "/", agent, headers: { "Accept-Encoding": "br" } },
        (response) => {
          response.resume();
          response.on("end", () =>
            resolve({ ms: performance.now() - t, status: response.statusCode ?? 0 }),
          );
        },
      )
      .on("error", reject);
  });
}

describe("slow clients", () => {
  it(`${SLOW} connections dribbling headers for ${DURATION_MS / 1000} s are cut off by the header timeout, and / stays fast`, async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    // Warm the server's code paths first, as a real server's would be.
    for (let i = 0; i < 20; i++) await visit(site.port, agent);

    const attack = slowloris(site.port);
    const stopAt = performance.now() + DURATION_MS;
    const visits: { ms: number; status: number }[] = [];
    while (performance.now() < stopAt) {
      const next = performance.now() + VISIT_EVERY_MS;
      visits.push(await visit(site.port, agent));
      await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
    }
    agent.destroy();
    const slow = await attack;

    const latencies = visits.map((v) => v.ms).sort((a, b) => a - b);
    const p99 = latencies[Math.ceil(latencies.length * 0.99) - 1]!;
    const closedAt = slow.map((c) => c.closedAt ?? Infinity).sort((a, b) => a - b);
    console.log(
      `slow clients: ${visits.length} visits, p50 ${latencies[Math.floor(latencies.length / 2)]!.toFixed(1)} ms, ` +
        `p99 ${p99.toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms; ${slow.length} slow connections ` +
        `closed by the server after ${(closedAt[0]! / 1000).toFixed(1)}-${(closedAt.at(-1)! / 1000).toFixed(1)} s`,
    );

    expect(visits.length).toBeGreaterThan(200);
    expect(visits.every((v) => v.status === 200)).toBe(true);
    expect(p99).toBeLessThan(P99_BUDGET_MS);
    expect(slow).toHaveLength(SLOW);
    // Cut off by the header timeout: not before it, and well before they would have finished.
    for (const client of slow) {
      expect(client.closedAt).toBeGreaterThanOrEqual(LIMITS.headersTimeoutMs - 1_000);
      expect(client.closedAt).toBeLessThan(LIMITS.headersTimeoutMs + LIMITS.timeoutCheckMs + 2_000);
      expect(client.sent).toBeLessThan(client.of);
      const answer = parseResponse(Buffer.from(client.received, "latin1"), "GET");
      expect(answer.status).toBe(408);
      expect(answer.headers.get("x-content-type-options")).toEqual(["nosniff"]);
    }
    expect(site.alive()).toBe(true);
  }, 60_000);
});

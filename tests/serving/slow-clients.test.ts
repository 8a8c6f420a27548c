import http from "node:http";
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../scripts/serve/site-server";
import { parseResponse } from "./raw-http";
import { startSiteProcess, type SiteProcess } from "./site-process";

/*
 * Slowloris, bounded: 200 connections send their request headers one byte a second for 20 s.
 * Meanwhile a visitor requests / every 50 ms, and the header timeout cuts the slow connections
 * off (408, with the security headers) without the visitor noticing: p99 under 100 ms.
 */

const SLOW = 200;
const DURATION_MS = 20_000;
const VISIT_EVERY_MS = 50;
const P99_BUDGET_MS = 100;
const REQUEST = "GET / HTTP/1.1\r\nHost: localhost\r\nUser-Agent: slow\r\nAccept: */*\r\n\r\n";

let site: SiteProcess;
beforeAll(async () => {
  site = await startSiteProcess();
});
afterAll(async () => {
  await site.stop();
});

interface SlowClient {
  socket: Socket;
  sent: number;
  received: Buffer[];
  closedAt?: number;
}

/** Opens one connection that writes REQUEST a byte at a time, every second, from `offsetMs`. */
function slowClient(port: number, start: number, offsetMs: number, stopAt: number): SlowClient {
  const client: SlowClient = {
    socket: connect({ port, host: "127.0.0.1" }),
    sent: 0,
    received: [],
  };
  client.socket.on("data", (d: Buffer) => client.received.push(d));
  client.socket.on("error", () => {});
  client.socket.on("close", () => {
    client.closedAt = performance.now() - start;
    clearInterval(timer);
  });
  let timer: NodeJS.Timeout | undefined;
  const write = () => {
    if (client.closedAt !== undefined || performance.now() >= stopAt) return clearInterval(timer);
    client.socket.write(REQUEST[client.sent % REQUEST.length]!);
    client.sent++;
  };
  // Spread over the first second, so the 200 writes a second come evenly, not in one burst.
  setTimeout(() => {
    write();
    timer = setInterval(write, 1000);
  }, offsetMs);
  return client;
}

/** Milliseconds from sending GET / (a new connection, as a first visit) to its last byte. */
function visit(port: number): Promise<{ ms: number; status: number }> {
  const t = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(
        { host: "127.0.0.1", port, path: "/", agent: false, headers: { "Accept-Encoding": "br" } },
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
    // Warm the server's code paths first, as a real server's would be.
    for (let i = 0; i < 20; i++) await visit(site.port);

    const start = performance.now();
    const stopAt = start + DURATION_MS;
    const slow = Array.from({ length: SLOW }, (_, i) =>
      slowClient(site.port, start, (i * 1000) / SLOW, stopAt),
    );
    const visits: { ms: number; status: number }[] = [];
    while (performance.now() < stopAt) {
      const next = performance.now() + VISIT_EVERY_MS;
      visits.push(await visit(site.port));
      await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
    }
    for (const client of slow) client.socket.destroy();

    const latencies = visits.map((v) => v.ms).sort((a, b) => a - b);
    const p99 = latencies[Math.ceil(latencies.length * 0.99) - 1]!;
    const closedAt = slow.map((c) => c.closedAt ?? Infinity).sort((a, b) => a - b);
    console.log(
      `slow clients: ${visits.length} visits, p50 ${latencies[Math.floor(latencies.length / 2)]!.toFixed(1)} ms, ` +
        `p99 ${p99.toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms; ` +
        `slow connections closed by the server after ${(closedAt[0]! / 1000).toFixed(1)}-${(closedAt.at(-1)! / 1000).toFixed(1)} s`,
    );

    expect(visits.length).toBeGreaterThan(200);
    expect(visits.every((v) => v.status === 200)).toBe(true);
    expect(p99).toBeLessThan(P99_BUDGET_MS);
    // Cut off by the header timeout: not before it, and well before they would have finished.
    const cutBy = LIMITS.headersTimeoutMs + LIMITS.timeoutCheckMs + 2_000;
    for (const client of slow) {
      expect(client.closedAt).toBeGreaterThanOrEqual(LIMITS.headersTimeoutMs - 1_000);
      expect(client.closedAt).toBeLessThan(cutBy);
      expect(client.sent).toBeLessThan(REQUEST.length);
      const answer = parseResponse(Buffer.concat(client.received), "GET");
      expect(answer.status).toBe(408);
      expect(answer.headers.get("x-content-type-options")).toEqual(["nosniff"]);
    }
    expect(site.alive()).toBe(true);
  }, 60_000);
});

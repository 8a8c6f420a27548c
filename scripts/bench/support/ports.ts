import { createServer } from "node:net";

/**
 * A free TCP port on 127.0.0.1 from `range`, by default BENCH_PORTS ("3500-3599" unless set), so
 * the bench stays inside the range it was given on a machine shared with other servers.
 */
export async function freePort(range = process.env.BENCH_PORTS ?? "3500-3599"): Promise<number> {
  const [from, to] = parseRange(range);
  for (let port = from; port <= to; port++) {
    if (taken.has(port)) continue;
    if (await canListen(port)) {
      // Servers take a moment to bind; without this two callers could get the same port.
      taken.add(port);
      return port;
    }
  }
  throw new Error(`No free port in ${from}-${to}. Set BENCH_PORTS to a free range.`);
}

const taken = new Set<number>();

export function parseRange(range: string): [number, number] {
  const m = /^(\d+)-(\d+)$/.exec(range.trim());
  const from = Number(m?.[1]);
  const to = Number(m?.[2]);
  if (!m || !(from > 0 && from <= to && to < 65536))
    throw new Error(`BENCH_PORTS must look like 3500-3599, got "${range}"`);
  return [from, to];
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/**
 * Serving /compare under load: autocannon, 10 s, 50 connections, against the embedded server
 * (scripts/serve.ts) and against nginx with the server block postbuild writes. Budget: no
 * errors on either. Requests ask for gzip, as browsers do, and both servers answer with the
 * same precompressed file, so the two serve the same bytes.
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { z } from "zod";
import { startEmbeddedServer, type RunningServer } from "./support/embedded-server";
import { nginxBinary, startNginx } from "./support/nginx";
import { atMost, type BenchContext, type Figure, type ModuleResult } from "./types";

const ROUTE = "/compare";
const SECONDS = 10;
const CONNECTIONS = 50;
const INSTALL_HINT = "nginx not installed: apt-get install nginx";

/** The part of autocannon's --json report the bench reads. */
const Report = z.object({
  requests: z.object({ average: z.number(), total: z.number() }),
  latency: z.object({ p99: z.number() }),
  errors: z.number(),
  timeouts: z.number(),
  non2xx: z.number(),
  throughput: z.object({ total: z.number() }),
});
type Report = z.infer<typeof Report>;

export async function runServing({ root, scratch }: BenchContext): Promise<ModuleResult> {
  const out = path.join(root, "out");
  const embedded = await measure("embedded", () => startEmbeddedServer(root));
  const nginx = nginxBinary();
  if (!nginx) console.log(`serving: ${INSTALL_HINT}`);
  const viaNginx = nginx ? await measure("nginx", () => startNginx(nginx, out, scratch)) : null;

  const figures: Figure[] = [
    ...figuresFor("embedded", embedded),
    ...(viaNginx
      ? figuresFor("nginx", viaNginx)
      : [
          {
            name: `serving ${ROUTE}, nginx`,
            value: null,
            unit: "req/s",
            note: `n/a (${INSTALL_HINT})`,
          },
        ]),
  ];
  const ratio = viaNginx ? embedded.requests.average / viaNginx.requests.average : null;
  figures.push({
    name: `serving ${ROUTE}, embedded / nginx req/s`,
    value: ratio,
    unit: "x",
    ...(ratio === null ? { note: "n/a (no nginx)" } : {}),
  });
  return { figures, details: { embedded, nginx: viaNginx } };
}

function figuresFor(server: string, r: Report): Figure[] {
  const errors = r.errors + r.timeouts + r.non2xx;
  return [
    {
      name: `serving ${ROUTE}, ${server}`,
      value: Math.round(r.requests.average),
      unit: "req/s",
      // Bytes per response show both servers sent the same (compressed) page.
      display: `${Math.round(r.requests.average)} req/s, p99 ${r.latency.p99} ms, ${(r.throughput.total / Math.max(1, r.requests.total) / 1024).toFixed(1)} KiB/response`,
    },
    atMost(
      {
        name: `serving ${ROUTE}, ${server}, errors`,
        value: errors,
        unit: "",
        display: `${errors} of ${r.requests.total}`,
        ...(errors
          ? { note: `${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx` }
          : {}),
      },
      0,
      "0",
    ),
  ];
}

async function measure(name: string, start: () => Promise<RunningServer>): Promise<Report> {
  const server = await start();
  try {
    await checkResponse(server.origin);
    const report = await autocannon(`${server.origin}${ROUTE}`);
    console.log(
      `serving ${ROUTE}, ${name}: ${Math.round(report.requests.average)} req/s, p99 ${report.latency.p99} ms, ` +
        `${report.errors + report.timeouts + report.non2xx} errors`,
    );
    return report;
  } finally {
    await server.stop();
  }
}

/** Load on the wrong response (a 404, or a page without its headers) would measure nothing. */
async function checkResponse(origin: string) {
  const res = await fetch(`${origin}${ROUTE}`, { headers: { "Accept-Encoding": "gzip" } });
  await res.arrayBuffer();
  const csp = res.headers.get("content-security-policy") ?? "";
  if (
    res.status !== 200 ||
    !csp.includes("script-src") ||
    res.headers.get("content-encoding") !== "gzip"
  )
    throw new Error(
      `${origin}${ROUTE} answered ${res.status}, content-encoding ${res.headers.get("content-encoding")}, CSP "${csp}": not the page as deployed`,
    );
}

async function autocannon(url: string): Promise<Report> {
  const cli = createRequire(import.meta.url).resolve("autocannon");
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      cli,
      "-c",
      String(CONNECTIONS),
      "-d",
      String(SECONDS),
      "-j",
      "-n",
      "-H",
      "Accept-Encoding=gzip",
      url,
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return Report.parse(JSON.parse(stdout));
}

/**
 * Serving /compare under load: autocannon, 10 s, 100 connections, against the embedded server
 * (scripts/serve.ts, plain HTTP) and against nginx with the configuration postbuild writes
 * (deploy/nginx.conf: HTTPS with a throwaway local certificate, as deployed). Budget: no errors
 * on either. Requests accept brotli, as browsers do, and both servers answer with the same
 * precompressed file, so the two serve the same bytes.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { z } from "zod";
import { startEmbeddedServer, type RunningServer } from "./support/embedded-server";
import { makeLocalCertificate, nginxBinary, startNginx } from "./support/nginx";
import { atMost, type BenchContext, type Figure, type ModuleResult } from "./types";

const ROUTE = "/compare";
const SECONDS = 10;
const CONNECTIONS = 100;
/** As a browser asks; both servers then send the same precompressed brotli file. */
const ACCEPT_ENCODING = "br, gzip";
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
/** Environment for the load generator (the throwaway authority nginx's certificate needs). */
type Env = Record<string, string>;

export async function runServing({ root, scratch }: BenchContext): Promise<ModuleResult> {
  const out = path.join(root, "out");
  const embedded = await measure("embedded", () => startEmbeddedServer(root));
  const nginx = nginxBinary();
  if (!nginx) console.log(`serving: ${INSTALL_HINT}`);
  const tls = nginx ? makeLocalCertificate(path.join(scratch, "tls")) : null;
  const viaNginx =
    nginx && tls
      ? await measure(
          "nginx",
          async () => {
            const server = await startNginx(nginx, out, scratch, tls);
            return { ...server, origin: server.httpsOrigin };
          },
          { NODE_EXTRA_CA_CERTS: tls.ca },
        )
      : null;

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

async function measure(
  name: string,
  start: () => Promise<RunningServer>,
  env: Env = {},
): Promise<Report> {
  const server = await start();
  try {
    await checkResponse(server.origin, env);
    const report = await autocannon(`${server.origin}${ROUTE}`, env);
    console.log(
      `serving ${ROUTE}, ${name}: ${Math.round(report.requests.average)} req/s, p99 ${report.latency.p99} ms, ` +
        `${report.errors + report.timeouts + report.non2xx} errors`,
    );
    return report;
  } finally {
    await server.stop();
  }
}

/**
 * Load on the wrong response (a 404, or a page without its headers) would measure nothing.
 * Asked with node:https and the throwaway authority given as `ca` (Node reads
 * NODE_EXTRA_CA_CERTS only when it starts).
 */
async function checkResponse(origin: string, env: Env) {
  const ca = env.NODE_EXTRA_CA_CERTS ? readFileSync(env.NODE_EXTRA_CA_CERTS) : undefined;
  const res = await new Promise<IncomingMessage>((resolve, reject) =>
    (origin.startsWith("https:") ? https : http)
      .get(`${origin}${ROUTE}`, { headers: { "Accept-Encoding": ACCEPT_ENCODING }, ca }, resolve)
      .on("error", reject),
  );
  res.resume();
  const csp = String(res.headers["content-security-policy"] ?? "");
  const encoding = res.headers["content-encoding"];
  // An nginx without the brotli_static module sends gzip: not the same bytes as the other.
  if (res.statusCode !== 200 || !csp.includes("script-src") || encoding !== "br")
    throw new Error(
      `${origin}${ROUTE} answered ${res.statusCode}, content-encoding ${encoding}, CSP "${csp}": not the page as deployed (brotli needs libnginx-mod-http-brotli-static)`,
    );
}

async function autocannon(url: string, env: Env): Promise<Report> {
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
      `Accept-Encoding=${ACCEPT_ENCODING}`,
      url,
    ],
    { maxBuffer: 16 * 1024 * 1024, env: { ...process.env, ...env } },
  );
  return Report.parse(JSON.parse(stdout));
}

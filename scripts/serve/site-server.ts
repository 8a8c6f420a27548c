import { readFileSync } from "node:fs";
import { STATUS_CODES } from "node:http";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import {
  NOT_FOUND_CACHE_CONTROL,
  type HeaderManifest,
  type Headers,
} from "../../lib/headers/security-headers";
import { connectionGuard } from "./connections";
import { byteRanges, fitSuffixRanges, hostProblem } from "./request-checks";
import { requestPath, siteFiles } from "./site-files";

/**
 * How long a client may take and how many may connect. A browser sends its headers at once,
 * so 10 s is generous, and a client that dribbles them (slowloris) is cut off then; the check
 * runs every second so the cut comes on time. The cap keeps a flood of connections from
 * exhausting memory or file descriptors: connections over it are closed on arrival.
 */
export const LIMITS = {
  headersTimeoutMs: 10_000,
  /** How often Node looks for connections past the headers or request timeout. */
  timeoutCheckMs: 1_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  /** A connection with no traffic at all for this long is closed. */
  idleTimeoutMs: 30_000,
  maxConnections: 1_000,
  /** Request line plus headers (Node's default); larger requests get 431. */
  maxHeaderBytes: 16 * 1024,
};

export interface SiteServerOptions {
  /** The static export (out/). */
  outDir: string;
  /** deploy/headers.json, as postbuild wrote it for this outDir. */
  manifest: HeaderManifest;
  /** pino level; errors are logged at every level but "silent". */
  logLevel?: string;
}

/**
 * The embedded production server: @fastify/static (precompressed brotli and gzip with Vary,
 * ETag and 304, Range, HEAD) on Fastify, answering only the site's own files (site-files.ts),
 * each with the security headers postbuild computed. Whatever the request, the answer is a
 * complete HTTP response with the security headers (connections.ts covers the answers Node gives
 * itself), and an error stays within its request.
 */
export function createSiteServer({
  outDir,
  manifest,
  logLevel = "warn",
}: SiteServerOptions): FastifyInstance {
  const files = siteFiles(outDir, manifest);
  const base = manifest.base;
  const notFoundHtml = readFileSync(path.join(outDir, manifest.notFound));
  const notFoundHeaders: Headers = {
    ...(manifest.pages[manifest.notFound] ?? base),
    "Cache-Control": NOT_FOUND_CACHE_CONTROL,
  };

  const connections = connectionGuard(base);

  const app = Fastify({
    logger: { level: logLevel },
    // During shutdown, answer as usual (Fastify's own 503 has no security headers).
    return503OnClosing: false,
    http: {
      headersTimeout: LIMITS.headersTimeoutMs,
      connectionsCheckingInterval: LIMITS.timeoutCheckMs,
      maxHeaderSize: LIMITS.maxHeaderBytes,
      // Node's own answer to a missing Host has no headers; hostProblem() answers it instead.
      requireHostHeader: false,
    },
    requestTimeout: LIMITS.requestTimeoutMs,
    keepAliveTimeout: LIMITS.keepAliveTimeoutMs,
    connectionTimeout: LIMITS.idleTimeoutMs,
    clientErrorHandler: connections.onClientError,
    // A URL Fastify's router cannot decode (`/%E0%A4%A`): answered like any refusal.
    frameworkErrors(error, _request, reply) {
      void refuse(reply, error.statusCode ?? 400);
    },
  });
  app.server.maxConnections = LIMITS.maxConnections;
  connections.watch(app.server);

  void app.register(fastifyStatic, {
    root: outDir,
    serve: false,
    preCompressed: true,
    etag: true,
    lastModified: true,
    acceptRanges: true,
    // Cache-Control comes from siteFiles() with the rest of the file's headers.
    cacheControl: false,
    index: false,
  });

  app.addHook("onRequest", async (request, reply) => {
    const problem = hostProblem(request.raw.rawHeaders, request.raw.httpVersion);
    if (problem) return refuse(reply, 400, `${problem}\n`);
    if (request.method !== "GET" && request.method !== "HEAD")
      return refuse(reply.header("Allow", "GET, HEAD"), 405);
    const range = request.raw.headers.range;
    if (range !== undefined) {
      const ranges = byteRanges(range);
      // If-Range matches only a strong validator (RFC 9110 §13.1.5), and a weak ETag is never
      // one, so the whole file is sent; @fastify/send would compare it as if it were strong.
      const weak = /^\s*W\//.test(String(request.raw.headers["if-range"] ?? ""));
      if (ranges === null || weak) delete request.raw.headers.range;
      else request.raw.headers.range = ranges;
    }
  });

  // The safety net: whatever path an answer took, it leaves with the security headers.
  app.addHook("onSend", async (request, reply, payload) => {
    for (const [name, value] of Object.entries(base))
      if (!reply.hasHeader(name)) reply.header(name, value);
    if (connections.closesAfter(request.raw)) reply.header("Connection", "close");
    return payload;
  });

  const notFound = (reply: FastifyReply) =>
    reply.code(404).headers(notFoundHeaders).type("text/html; charset=utf-8").send(notFoundHtml);

  app.route({
    method: ["GET", "HEAD"],
    url: "/*",
    handler(request: FastifyRequest, reply: FastifyReply) {
      const urlPath = requestPath(request.raw.url ?? "");
      const site = urlPath === null ? undefined : files.get(urlPath);
      if (!site) return notFound(reply);
      reply.headers(site.headers);
      return reply.sendFile(site.file, {
        onFile(_path: string, stat: { size: number }) {
          const range = request.raw.headers.range;
          if (range !== undefined) request.raw.headers.range = fitSuffixRanges(range, stat.size);
        },
      });
    },
  });
  app.setNotFoundHandler((_request, reply) => notFound(reply));

  app.setErrorHandler(
    (error: Error & { statusCode?: number; headers?: Headers }, request, reply) => {
      const status =
        error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500
          ? error.statusCode
          : 500;
      if (status === 500)
        request.log.error({ err: error }, `${request.method} ${request.url}: 500`);
      const contentRange = status === 416 ? error.headers?.["Content-Range"] : undefined;
      if (contentRange) reply.header("Content-Range", contentRange);
      return refuse(reply, status);
    },
  );

  /** An answer without a file: the base headers replace a page's own CSP and caching. */
  function refuse(reply: FastifyReply, status: number, detail = "") {
    return reply
      .code(status)
      .headers({ ...base, "Cache-Control": "no-store" })
      .type("text/plain; charset=utf-8")
      .send(`${status} ${STATUS_CODES[status] ?? ""}\n${detail}`);
  }

  return app;
}

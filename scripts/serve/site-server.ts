import { readFileSync } from "node:fs";
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import {
  NOT_FOUND_CACHE_CONTROL,
  type HeaderManifest,
  type Headers,
} from "../../lib/headers/security-headers";
import { rawResponse } from "./raw-response";
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

const ALLOW = "GET, HEAD";

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
 * complete HTTP response with the security headers, and an error stays within its request.
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

  /** Requests being answered, per connection (pipelined requests queue on one). */
  const inFlight = new WeakMap<Socket, number>();
  /**
   * Connections that must close once their current answers are out: the rest of the bytes on
   * them cannot be read (a parse error after a request, or the unread rest of a body).
   */
  const closing = new WeakSet<Socket>();

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
    clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket) {
      if (error.code === "ECONNRESET" || !socket.writable) {
        socket.destroy();
        return;
      }
      // An answer already under way owns the connection: it goes out whole, then the
      // connection closes; a second answer written now would corrupt it.
      if ((inFlight.get(socket) ?? 0) > 0 || closing.has(socket)) {
        closing.add(socket);
        return;
      }
      const status =
        error.code === "ERR_HTTP_REQUEST_TIMEOUT"
          ? 408
          : error.code === "HPE_HEADER_OVERFLOW"
            ? 431
            : 400;
      socket.end(rawResponse(status, base));
    },
    // A URL Fastify's router cannot decode (`/%E0%A4%A`): answered like any refusal.
    frameworkErrors(error, _request, reply) {
      void refuse(reply, error.statusCode ?? 400);
    },
  });
  app.server.maxConnections = LIMITS.maxConnections;
  app.server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket;
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    response.once("close", () => {
      const left = (inFlight.get(socket) ?? 1) - 1;
      inFlight.set(socket, left);
      if (left === 0 && closing.has(socket)) socket.end();
    });
  });
  // Node answers these two outside any request handler; without a listener, CONNECT closes the
  // connection unanswered and an unknown Expect gets a 417 without headers.
  app.server.on("connect", (_request, socket: Socket) =>
    socket.end(rawResponse(405, { ...base, Allow: ALLOW })),
  );
  app.server.on("checkExpectation", (_request, response) => {
    response.writeHead(417, { ...base, "Content-Type": "text/plain; charset=utf-8" });
    response.end("417 Expectation Failed\n");
  });

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
      return refuse(reply.header("Allow", ALLOW), 405);
    const range = request.raw.headers.range;
    if (range !== undefined) {
      const ranges = byteRanges(range);
      if (ranges === null) delete request.raw.headers.range;
      else request.raw.headers.range = ranges;
    }
  });

  // The safety net: whatever path an answer took, it leaves with the security headers.
  app.addHook("onSend", async (request, reply, payload) => {
    for (const [name, value] of Object.entries(base))
      if (!reply.hasHeader(name)) reply.header(name, value);
    if (!request.raw.complete) closing.add(request.raw.socket);
    if (closing.has(request.raw.socket)) reply.header("Connection", "close");
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

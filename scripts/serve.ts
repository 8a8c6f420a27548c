/**
 * Serves the static export in out/ the way production does: precompressed files, immutable
 * caching for hashed assets, revalidation for HTML, and on every response (404 included) the
 * security headers that scripts/postbuild.ts generated. `PORT` is honoured (default 3000).
 *
 * Run as `node --import tsx scripts/serve.ts`: the process itself is the server (no wrapper),
 * so killing its pid stops it.
 */
import { readFileSync, existsSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import sirv from "sirv";
import { cacheControl, pageFileOf, type HeaderManifest } from "../lib/headers/security-headers";

const OUT = path.resolve(process.env.OUT_DIR ?? "out");
const manifestPath = path.join(OUT, "_deploy/headers.json");
if (!existsSync(manifestPath)) {
  console.error(
    `No build found at ${OUT}. Run \`npm run build\` first (or \`npm start\`, which builds and serves).`,
  );
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as HeaderManifest;
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

function setAll(res: ServerResponse, headers: Record<string, string>) {
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
}

const notFoundHtml = readFileSync(path.join(OUT, manifest.notFound));
function notFound(req: IncomingMessage, res: ServerResponse) {
  setAll(res, manifest.pages[manifest.notFound] ?? manifest.base);
  res.statusCode = 404;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "no-cache");
  res.end(req.method === "HEAD" ? undefined : notFoundHtml);
}

const files = sirv(OUT, {
  etag: true,
  gzip: true,
  brotli: true,
  dotfiles: false,
  extensions: ["html"],
  setHeaders(res, pathname) {
    setAll(res, manifest.pages[pageFileOf(pathname)] ?? manifest.base);
    res.setHeader("Cache-Control", cacheControl(pathname));
  },
  onNoMatch: notFound,
});

/** Deployment files live beside the site in out/ but are not part of it. */
const HIDDEN = /^\/(?:_deploy(?:\/|$)|_headers$)/;

const server = createServer((req, res) => {
  let pathname: string | null;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
  } catch {
    pathname = null; // malformed percent-encoding: not a file we have
  }
  if (req.method !== "GET" && req.method !== "HEAD") {
    setAll(res, manifest.base);
    res.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  if (pathname === null || HIDDEN.test(pathname) || pathname.includes("\0"))
    return notFound(req, res);
  files(req, res, () => notFound(req, res));
});

server.listen(port, host, () => {
  console.log(`Serving ${path.relative(process.cwd(), OUT) || OUT} on http://localhost:${port}`);
});
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => server.close(() => process.exit(0)));

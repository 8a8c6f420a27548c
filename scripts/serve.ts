/**
 * Serves the static export in out/ the way production does (scripts/serve/site-server.ts):
 * precompressed files, immutable caching for hashed assets, revalidation for HTML, and on every
 * response the security headers that scripts/postbuild.ts wrote to deploy/headers.json.
 * `PORT` (default 3000), `HOST` (default 0.0.0.0), `OUT_DIR` (default out; its headers are read
 * from the deploy/ folder beside it) and `LOG_LEVEL` (default warn) are honoured.
 *
 * Run as `node --import tsx scripts/serve.ts`: the process itself is the server (no wrapper),
 * so killing its pid stops it.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { HeaderManifest } from "../lib/headers/security-headers";
import { createSiteServer } from "./serve/site-server";

const OUT = path.resolve(process.env.OUT_DIR ?? "out");
const manifestPath = path.join(path.dirname(OUT), "deploy/headers.json");
if (!existsSync(manifestPath) || !existsSync(OUT)) {
  console.error(
    `No build found at ${OUT} (with ${manifestPath}). Run \`npm run build\` first (or \`npm start\`, which builds and serves).`,
  );
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as HeaderManifest;
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

const server = createSiteServer({ outDir: OUT, manifest, logLevel: process.env.LOG_LEVEL });
await server.listen({ port, host });
console.log(
  `Serving ${path.relative(process.cwd(), OUT) || OUT} on http://localhost:${(server.server.address() as { port: number }).port}`,
);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => void server.close().then(() => process.exit(0)));

/**
 * Runs after `next build`: computes each page's CSP from the hashes of its inline scripts,
 * precompresses text files, and writes the headers for every way of serving out/:
 *   out/_deploy/headers.json  read by scripts/serve.mjs (the embedded server)
 *   out/_deploy/nginx.conf    an nginx server block
 *   out/_headers              for static hosts that read one (Netlify, Cloudflare Pages)
 */
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { inlineScriptHashes } from "../lib/headers/inline-scripts";
import {
  BASE_HEADERS,
  pageHeaders,
  toHeadersFile,
  toNginxConf,
  type HeaderManifest,
} from "../lib/headers/security-headers";

const OUT = path.resolve("out");
const COMPRESSIBLE = /\.(html|js|css|json|txt|svg|ico|map|xml)$/;
const MIN_COMPRESS_BYTES = 512;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const files = (await readdir(OUT, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile())
  .map((e) => "/" + path.relative(OUT, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
  .filter((f) => !f.startsWith("/_deploy/") && !/\.(br|gz)$/.test(f));

const manifest: HeaderManifest = { base: BASE_HEADERS, pages: {}, notFound: "/404.html" };
let inlineScripts = 0;
for (const file of files.filter((f) => f.endsWith(".html"))) {
  const hashes = inlineScriptHashes(await readFile(path.join(OUT, file), "utf8"));
  inlineScripts += hashes.length;
  manifest.pages[file] = pageHeaders(hashes);
}
if (!manifest.pages[manifest.notFound])
  throw new Error("out/404.html is missing: the 404 page did not build");

let raw = 0;
let compressed = 0;
await Promise.all(
  files
    .filter((f) => COMPRESSIBLE.test(f))
    .map(async (file) => {
      const abs = path.join(OUT, file);
      if ((await stat(abs)).size < MIN_COMPRESS_BYTES) return;
      const data = await readFile(abs);
      const [br, gzipped] = await Promise.all([
        brotli(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
        gz(data, { level: 9 }),
      ]);
      await Promise.all([writeFile(`${abs}.br`, br), writeFile(`${abs}.gz`, gzipped)]);
      raw += data.length;
      compressed += br.length;
    }),
);

await mkdir(path.join(OUT, "_deploy"), { recursive: true });
await writeFile(path.join(OUT, "_deploy/headers.json"), JSON.stringify(manifest, null, 2));
await writeFile(path.join(OUT, "_deploy/nginx.conf"), toNginxConf(manifest, OUT, 8080));
await writeFile(path.join(OUT, "_headers"), toHeadersFile(manifest));

console.log(
  `postbuild: ${Object.keys(manifest.pages).length} pages, ${inlineScripts} inline scripts hashed into per-page CSPs; ` +
    `${(raw / 1024).toFixed(0)} KiB of text precompressed to ${(compressed / 1024).toFixed(0)} KiB (brotli) plus gzip`,
);

/**
 * Runs after `next build`: computes each page's CSP from the hashes of its inline scripts,
 * precompresses text files, and writes the headers for every way of serving out/:
 *   deploy/headers.json  read by scripts/serve.ts (the embedded server)
 *   deploy/nginx.conf    the nginx configuration (lib/headers/nginx-conf.ts)
 *   out/_headers         for static hosts that read one (Netlify, Cloudflare Pages)
 * deploy/ sits beside out/, so uploading out/ never publishes it. `_headers` has to be in the
 * published folder for those hosts to read it; our own servers answer 404 for it.
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { inlineScriptHashes } from "../lib/headers/inline-scripts";
import { toNginxConf } from "../lib/headers/nginx-conf";
import {
  BASE_HEADERS,
  pageHeaders,
  toHeadersFile,
  type HeaderManifest,
} from "../lib/headers/security-headers";
import { nginxBinary, nginxBuild } from "./serve/nginx";

const OUT = path.resolve("out");
const DEPLOY = path.resolve("deploy");
const COMPRESSIBLE = /\.(html|js|css|json|txt|svg|ico|map|xml)$/;
const MIN_COMPRESS_BYTES = 512;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const files = (await readdir(OUT, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile())
  .map((e) => "/" + path.relative(OUT, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
  .filter((f) => !/\.(br|gz)$/.test(f));

const manifest: HeaderManifest = {
  base: BASE_HEADERS,
  pages: {},
  notFound: "/404.html",
  unpublished: ["/_headers"],
};
let inlineScripts = 0;
for (const file of files.filter((f) => f.endsWith(".html"))) {
  const hashes = inlineScriptHashes(await readFile(path.join(OUT, file), "utf8"));
  inlineScripts += hashes.length;
  manifest.pages[file] = pageHeaders(hashes);
}
if (!manifest.pages[manifest.notFound])
  throw new Error("out/404.html is missing: the 404 page did not build");
// Next writes the not-found page twice (404.html and _not-found.html); neither is a page of its own.
const notFoundHtml = await readFile(path.join(OUT, manifest.notFound));
for (const file of Object.keys(manifest.pages))
  if ((await readFile(path.join(OUT, file))).equals(notFoundHtml)) manifest.unpublished.push(file);

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

// brotli_static is written active only where this machine's nginx has the module: a deployer
// building elsewhere gets it commented out, with how to turn it on.
const nginx = nginxBinary();
const nginxHasBrotli = nginx !== null && nginxBuild(nginx).hasBrotliStatic;

await rm(DEPLOY, { recursive: true, force: true });
await mkdir(DEPLOY, { recursive: true });
await writeFile(path.join(DEPLOY, "headers.json"), JSON.stringify(manifest, null, 2));
await writeFile(
  path.join(DEPLOY, "nginx.conf"),
  toNginxConf(manifest, { root: OUT, brotli: nginxHasBrotli }),
);
await writeFile(path.join(OUT, "_headers"), toHeadersFile(manifest));

console.log(
  `postbuild: ${Object.keys(manifest.pages).length} pages, ${inlineScripts} inline scripts hashed into per-page CSPs; ` +
    `${(raw / 1024).toFixed(0)} KiB of text precompressed to ${(compressed / 1024).toFixed(0)} KiB (brotli) plus gzip`,
);

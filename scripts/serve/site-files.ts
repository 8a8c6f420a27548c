import { readdirSync } from "node:fs";
import path from "node:path";
import {
  cacheControl,
  urlPathsOf,
  type HeaderManifest,
  type Headers,
} from "../../lib/headers/security-headers";

/** One file the site publishes, and everything its answer carries besides the file itself. */
export interface SiteFile {
  /** Path inside out/, e.g. `/compare.html`. */
  file: string;
  /** Security headers (the page's own CSP for HTML) and Cache-Control. */
  headers: Headers;
}

/**
 * Every URL path the site answers, mapped to its file: each page at its clean URL and its file
 * name (`/compare`, `/compare.html`), every other file of out/ at its own path. Left out: the
 * manifest's unpublished files (the 404 page's copies, `_headers`) and the precompressed twins
 * (`.br`, `.gz`), which are served only in place of their originals.
 *
 * The server answers exactly these paths, compared after percent-decoding and nothing else, so
 * no spelling (`%5f`, `//`, `/./`, a trailing slash, another case) reaches any other file.
 */
export function siteFiles(outDir: string, manifest: HeaderManifest): Map<string, SiteFile> {
  const unpublished = new Set(manifest.unpublished);
  const routes = new Map<string, SiteFile>();
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file =
      "/" +
      path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (unpublished.has(file) || /\.(?:br|gz)$/.test(file)) continue;
    const page = manifest.pages[file];
    for (const urlPath of page ? urlPathsOf(file) : [file])
      routes.set(urlPath, {
        file,
        headers: { ...(page ?? manifest.base), "Cache-Control": cacheControl(urlPath) },
      });
  }
  return routes;
}

/**
 * The URL path of a request target, percent-decoded, or null when it has none: `*`, or
 * malformed percent-encoding. Only origin-form (`/path?query`) and absolute-form
 * (`http://host/path`) name a path; `new URL` is not used on origin-form because it reads
 * `//x/y` as host `x`.
 */
export function requestPath(target: string): string | null {
  let raw: string;
  if (target.startsWith("/")) raw = target.split(/[?#]/, 1)[0]!;
  else if (/^https?:\/\//i.test(target)) {
    try {
      raw = new URL(target).pathname;
    } catch {
      return null;
    }
  } else return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { urlPathsOf, type HeaderManifest } from "../lib/headers/security-headers";

/**
 * What the build wrote to out/, read from disk so every check covers every page the build
 * produced, including pages added after the check was written.
 */

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const OUT_DIR = path.join(ROOT, "out");

/** One prerendered HTML file. */
export interface BuiltPage {
  /** Path inside out/, as the header manifest keys it: `/compare.html`, `/index.html`. */
  file: string;
  /** The URL that serves it: `/compare`, `/`. */
  route: string;
  /** True for the not-found page, under whichever file names Next writes it. */
  notFound: boolean;
}

/** The header manifest postbuild wrote to deploy/, beside out/. */
export function builtManifest(outDir = OUT_DIR): HeaderManifest {
  const manifest = path.join(outDir, "../deploy/headers.json");
  if (!existsSync(manifest))
    throw new Error(`No build at ${outDir}: run \`npm run build\` before the site checks.`);
  return JSON.parse(readFileSync(manifest, "utf8")) as HeaderManifest;
}

/** Every .html file in out/, sorted by route. */
export function builtPages(outDir = OUT_DIR): BuiltPage[] {
  const manifest = builtManifest(outDir);
  const notFoundBytes = readFileSync(path.join(outDir, manifest.notFound));
  return readdirSync(outDir, { recursive: true, encoding: "utf8" })
    .map((rel) => "/" + rel.split(path.sep).join("/"))
    .filter((file) => file.endsWith(".html"))
    .map((file) => ({
      file,
      route: urlPathsOf(file)[0] ?? file,
      // Next writes the not-found page twice (404.html and _not-found.html); both are it.
      notFound: readFileSync(path.join(outDir, file)).equals(notFoundBytes),
    }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** URLs of the site's own pages (the not-found page is reached through a missing URL instead). */
export function builtRoutes(outDir = OUT_DIR): string[] {
  return builtPages(outDir)
    .filter((p) => !p.notFound)
    .map((p) => p.route);
}

/** A URL path nothing in out/ answers, so the server replies with the 404 page. */
export const MISSING_ROUTE = "/no-such-page";

export function readBuilt(file: string, outDir = OUT_DIR): string {
  return readFileSync(path.join(outDir, file), "utf8");
}

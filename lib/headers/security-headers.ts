/**
 * The one source of the site's HTTP response headers. scripts/postbuild.ts feeds it the
 * inline-script hashes of each built page and writes the result for the embedded server
 * (deploy/headers.json), for nginx (deploy/nginx.conf, see nginx-conf.ts) and for static hosts
 * that read a `_headers` file.
 */

export type Headers = Record<string, string>;

/** Headers every response carries, whatever it is. */
export const BASE_HEADERS: Headers = {
  "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy":
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), clipboard-write=(self)",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "X-Frame-Options": "DENY",
  // Non-HTML responses (JSON, scripts, images) run nothing themselves: allow nothing. form-action
  // is named because it does not fall back to default-src.
  "Content-Security-Policy":
    "default-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

/**
 * A CSP allowing only our own files plus the page's inline scripts by hash. No
 * 'unsafe-inline' or 'unsafe-eval' for scripts: an injected script has no hash, so it does
 * not run. Everything starts from 'none' and each kind of resource the pages load is named,
 * so a kind nobody thought of (frames, media, workers) stays blocked.
 *
 * Script sinks need Trusted Types: the only policy is the `default` one the page makes first
 * (components/layout/trusted-types-script.tsx), which passes this site's own chunk URLs and
 * the inert HTML React writes to render the page again, so an injected string can never become
 * script.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  const scripts = ["'self'", ...[...new Set(scriptHashes)].sort().map((h) => `'${h}'`)];
  return [
    "default-src 'none'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types default",
  ].join("; ");
}

/** Next.js puts content hashes in the names of everything under /_next/static/. */
export function isHashedAsset(urlPath: string): boolean {
  return urlPath.startsWith("/_next/static/");
}

/** The 404 page answers for many URLs, and a later build may have that URL: never reuse it. */
export const NOT_FOUND_CACHE_CONTROL = "no-cache";

export function cacheControl(urlPath: string): string {
  return isHashedAsset(urlPath)
    ? "public, max-age=31536000, immutable"
    : "public, max-age=0, must-revalidate";
}

/** Headers for one built HTML page (path of the file inside out/, e.g. `/compare.html`). */
export function pageHeaders(scriptHashes: readonly string[]): Headers {
  return { ...BASE_HEADERS, "Content-Security-Policy": contentSecurityPolicy(scriptHashes) };
}

export interface HeaderManifest {
  /** Headers for any response that is not an HTML page. */
  base: Headers;
  /** Per HTML file (path inside out/), its full header set including its CSP. */
  pages: Record<string, Headers>;
  /** Which HTML file is the 404 page. */
  notFound: string;
  /**
   * Files in out/ that no server answers at their own URL: the 404 page and its copies (served
   * only as the answer to a missing URL) and `/_headers` (read by static hosts, not published).
   */
  unpublished: string[];
}

/** URL paths a built HTML file answers to: `/compare.html` -> `/compare`, `/compare.html`. */
export function urlPathsOf(file: string): string[] {
  if (file === "/index.html") return ["/", "/index.html"];
  if (file.endsWith("/index.html")) return [file.slice(0, -"index.html".length), file];
  return [file.replace(/\.html$/, ""), file];
}

/** The HTML file that answers a URL path, if it names a page (`/compare` -> `/compare.html`). */
export function pageFileOf(urlPath: string): string {
  const p = urlPath.length > 1 && urlPath.endsWith("/") ? urlPath.slice(0, -1) : urlPath;
  if (p === "/") return "/index.html";
  return /\.[a-z0-9]+$/i.test(p) ? p : `${p}.html`;
}

/**
 * Netlify/Cloudflare `_headers`. Both merge every matching rule, and a repeated header's
 * values are joined, which for CSP means both policies are enforced. So `/*` carries the
 * union of all hashes (covering the 404 page, which has no path of its own) and each page
 * adds its own, narrower policy.
 */
export function toHeadersFile(manifest: HeaderManifest): string {
  const union = [...new Set(Object.values(manifest.pages).flatMap((h) => hashesOf(h)))];
  const block = (path: string, headers: Headers) =>
    `${path}\n${Object.entries(headers)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join("\n")}\n`;
  const lines = [
    "# Generated by scripts/postbuild.ts from lib/headers/security-headers.ts. Do not edit.",
    block("/*", {
      ...manifest.base,
      "Content-Security-Policy": contentSecurityPolicy(union),
      "Cache-Control": cacheControl("/"),
    }),
    block("/_next/static/*", { "Cache-Control": cacheControl("/_next/static/") }),
  ];
  for (const [file, headers] of Object.entries(manifest.pages)) {
    for (const path of urlPathsOf(file))
      lines.push(
        block(path, { "Content-Security-Policy": headers["Content-Security-Policy"] ?? "" }),
      );
  }
  return lines.join("\n");
}

function hashesOf(headers: Headers): string[] {
  return [...(headers["Content-Security-Policy"] ?? "").matchAll(/'(sha256-[^']+)'/g)].map(
    (m) => m[1] ?? "",
  );
}

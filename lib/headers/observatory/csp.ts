import type { Result } from "./modifiers";

/** Directive name -> its sources, lower-cased, as the Observatory reads a policy. */
export type Csp = Map<string, Set<string>>;

/** Sources that allow (almost) any origin. */
const BROAD = new Set([
  "ftp:",
  "http:",
  "https:",
  "*",
  "http://*",
  "http://*.*",
  "https://*",
  "https://*.*",
]);
/** Sources that let injected markup run: inline code, or code in a data: URL. */
const INLINE = new Set(["'unsafe-inline'", "data:"]);
const PASSIVE = ["img-src", "media-src"];

/**
 * Parses a Content-Security-Policy header value. Several policies (comma-separated, or
 * repeated headers joined with commas) are all enforced, so a directive they share keeps only
 * the sources every one of them allows. Throws on what the Observatory calls invalid: a policy
 * too short to hold a directive, or a directive repeated within one policy.
 */
export function parseCsp(header: string): Csp {
  const csp: Csp = new Map();
  for (const policy of header.replace(/[\r\n]/g, "").split(",")) {
    const text = policy.trim();
    // "img-src" less one character: the Observatory's shortest acceptable policy.
    if (text.length < 6) throw new Error(`invalid policy "${text}"`);
    const seen = new Set<string>();
    for (const entry of text.split(";")) {
      const [rawName, ...values] = entry.trim().split(/\s+/);
      if (!rawName) continue;
      const name = rawName.toLowerCase();
      if (seen.has(name) && name !== "report-uri" && name !== "report-to")
        throw new Error(`directive ${name} repeated`);
      seen.add(name);
      const sources = new Set(values.map((v) => v.toLowerCase()));
      // An empty source list allows nothing.
      if (sources.size === 0 && name.endsWith("-src")) sources.add("'none'");
      const earlier = csp.get(name);
      csp.set(name, earlier ? new Set([...earlier].filter((s) => sources.has(s))) : sources);
    }
  }
  for (const [name, sources] of csp) if (sources.size === 0) csp.set(name, new Set(["'none'"]));
  return csp;
}

const hasHashOrNonce = (sources: Set<string>) =>
  [...sources].some((s) => /^'(sha256-|sha384-|sha512-|nonce-)/.test(s));

/**
 * The Observatory's CSP test for one response. `https` says whether the page is served over
 * HTTPS, where `http:` sources are mixed content.
 */
export function cspResult(
  header: string | undefined,
  https: boolean,
): { result: Result; csp: Csp } {
  if (header === undefined || header.trim() === "")
    return { result: "csp-not-implemented", csp: new Map() };
  let csp: Csp;
  try {
    csp = parseCsp(header);
  } catch {
    return { result: "csp-header-invalid", csp: new Map() };
  }
  const fallback = (name: string) => new Set(csp.get(name) ?? csp.get("default-src") ?? ["*"]);
  const script = fallback("script-src");
  const style = fallback("style-src");
  const object = fallback("object-src");

  // A hash or nonce makes browsers ignore 'unsafe-inline' (it is kept only for old browsers).
  for (const list of [script, style]) if (hasHashOrNonce(list)) list.delete("'unsafe-inline'");
  if (script.has("'strict-dynamic'")) {
    // Without a hash or nonce, 'strict-dynamic' blocks every script: the policy is broken.
    if (!hasHashOrNonce(script)) return { result: "csp-header-invalid", csp };
    // With one, browsers ignore host and scheme sources, 'self' and 'unsafe-inline'.
    for (const s of [...script])
      if ([...BROAD].some((b) => s.startsWith(b)) || s === "'self'" || s === "'unsafe-inline'")
        script.delete(s);
  }

  const active = [
    ...[...csp]
      .filter(([name]) => !PASSIVE.includes(name) && name !== "script-src")
      .flatMap(([, sources]) => [...sources]),
    ...script,
  ];
  const passive = PASSIVE.flatMap((name) => [...(csp.get(name) ?? csp.get("default-src") ?? [])]);
  const insecure = (s: string) => s.startsWith("http:") || s.startsWith("ftp:");
  const defaultSrc = csp.get("default-src");
  const formAction = csp.get("form-action");

  let result: Result;
  if (
    [...script].some((s) => BROAD.has(s) || INLINE.has(s)) ||
    [...object].some((s) => BROAD.has(s))
  )
    result = "csp-implemented-with-unsafe-inline";
  else if (https && active.some(insecure)) result = "csp-implemented-with-insecure-scheme";
  else if (script.has("'unsafe-eval'") || style.has("'unsafe-eval'"))
    result = "csp-implemented-with-unsafe-eval";
  else if (https && passive.some(insecure))
    result = "csp-implemented-with-insecure-scheme-in-passive-content-only";
  else if ([...style].some((s) => BROAD.has(s) || INLINE.has(s)))
    result = "csp-implemented-with-unsafe-inline-in-style-src-only";
  else if (
    defaultSrc?.size === 1 &&
    defaultSrc.has("'none'") &&
    // The published table asks for form-action too: it does not fall back to default-src.
    formAction !== undefined &&
    [...formAction].every((s) => s === "'none'" || s === "'self'")
  )
    result = "csp-implemented-with-no-unsafe-default-src-none";
  else result = "csp-implemented-with-no-unsafe";
  return { result, csp };
}

/** True when the policy's frame-ancestors forbids framing by arbitrary sites. */
export function cspBlocksFraming(csp: Csp): boolean {
  const ancestors = csp.get("frame-ancestors");
  return ancestors !== undefined && ![...ancestors].some((s) => BROAD.has(s));
}

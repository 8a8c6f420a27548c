/**
 * What built or rendered HTML may contain, shared by the scan of out/ (tests/site) and the scan
 * of the live DOM after hydration (tests/e2e). No event-handler attributes at all, and every URL
 * an attribute holds is http(s), mailto or relative.
 */

/** Attributes whose value is a URL (or, for srcset and ping, a list of them). */
export const URL_ATTRIBUTES = new Set([
  "href",
  "xlink:href",
  "src",
  "srcset",
  "imagesrcset",
  "action",
  "formaction",
  "poster",
  "cite",
  "data",
  "background",
  "longdesc",
  "manifest",
  "ping",
  "codebase",
  "archive",
  "icon",
  "profile",
  "usemap",
]);

export const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/** A page URL to resolve relative ones against; relative URLs keep its (https) scheme. */
const BASE = "https://deployment-advisor.example/some/page";

/** The URLs an attribute value holds: one, or a list for srcset and ping. */
export function urlsIn(name: string, value: string): string[] {
  if (name === "srcset" || name === "imagesrcset")
    return value
      .split(",")
      .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
      .filter(Boolean);
  if (name === "ping") return value.split(/\s+/).filter(Boolean);
  return [value];
}

/**
 * True when a browser would resolve the URL to http(s) or mailto. The WHATWG URL parser is the
 * browser's own: it strips the whitespace and control characters browsers ignore and reads the
 * scheme case-insensitively, so `java\tscript:` and ` JAVASCRIPT:` are caught as what they are.
 */
export function isAllowedUrl(url: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(url, BASE).protocol);
  } catch {
    return false; // unparseable: not a link we meant to write
  }
}

/** `on*` attribute names are event handlers; none may appear in our markup. */
export function isEventHandler(name: string): boolean {
  return /^on/i.test(name);
}

/** The URL a `<meta http-equiv="refresh">` navigates to, if any. */
export function refreshUrl(content: string): string | undefined {
  return (
    /^\s*\d*\.?\d*\s*[;,]?\s*(?:url\s*=\s*)?['"]?([^'"]*)/i.exec(content)?.[1]?.trim() || undefined
  );
}

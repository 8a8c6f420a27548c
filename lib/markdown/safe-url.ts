/** Schemes a link in content may use. Anything else (javascript:, vbscript:, data:, …) is refused. */
export const ALLOWED_SCHEMES = ["http", "https", "mailto"] as const;

/**
 * True when a link target is http(s), mailto or relative.
 *
 * Browsers ignore ASCII whitespace and control characters inside a scheme and match it
 * case-insensitively, and an author (or attacker) may hide the scheme behind percent- or
 * entity-encoding; so the check decodes and strips those before reading the scheme rather
 * than trusting the raw text.
 */
export function isSafeHref(raw: string): boolean {
  const s = normalizeHref(raw);
  if (s.startsWith("\\") || s.startsWith("/\\")) return false;
  const scheme = schemeOf(s);
  if (scheme === undefined) return !s.includes(":") || s.indexOf(":") > firstPathCharIndex(s);
  return (ALLOWED_SCHEMES as readonly string[]).includes(scheme);
}

/**
 * A link target as a browser would read its scheme: entity- and percent-encoding undone (a few
 * rounds, for double encoding), whitespace and control characters removed, lower-cased.
 */
export function normalizeHref(raw: string): string {
  let s = decodeEntities(raw);
  for (let i = 0; i < 3; i++) {
    const decoded = safeDecode(s);
    if (decoded === s) break;
    s = decodeEntities(decoded);
  }
  return s.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
}

/** The scheme of a normalised href (`javascript` for `javascript:…`), if it has one. */
export function schemeOf(normalized: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/.exec(normalized)?.[1];
}

/** A colon after the first `/`, `?` or `#` cannot start a scheme, so `a/b:c` stays relative. */
function firstPathCharIndex(s: string): number {
  const i = s.search(/[/?#]/);
  return i === -1 ? Number.POSITIVE_INFINITY : i;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function decodeEntities(s: string): string {
  return s.replace(/&#(x[0-9a-f]+|\d+);?/gi, (whole, code: string) => {
    const n = code[0] === "x" || code[0] === "X" ? parseInt(code.slice(1), 16) : parseInt(code, 10);
    return Number.isFinite(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  });
}

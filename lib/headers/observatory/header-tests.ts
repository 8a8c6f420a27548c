import { elementsOf } from "../inline-scripts";
import { cspBlocksFraming, type Csp } from "./csp";
import type { Result } from "./modifiers";

/** Response headers by lower-case name; repeated headers joined with ", " (as fetch does). */
export type ResponseHeaders = Readonly<Record<string, string | undefined>>;

/** Six months in seconds: the least HSTS max-age that is not penalised. */
const SIX_MONTHS = 15_768_000;

export function hstsResult(value: string | undefined, preloaded: boolean): Result {
  if (preloaded) return "hsts-preloaded";
  if (value === undefined) return "hsts-not-implemented";
  const maxAge = /(?:^|;)\s*max-age\s*=\s*"?(\d+)"?\s*(?:;|$)/i.exec(value)?.[1];
  if (maxAge === undefined) return "hsts-header-invalid";
  return Number(maxAge) >= SIX_MONTHS
    ? "hsts-implemented-max-age-at-least-six-months"
    : "hsts-implemented-max-age-less-than-six-months";
}

const PRIVATE_REFERRERS = [
  "no-referrer",
  "same-origin",
  "strict-origin",
  "strict-origin-when-cross-origin",
];
const UNSAFE_REFERRERS = [
  "origin",
  "origin-when-cross-origin",
  "unsafe-url",
  "no-referrer-when-downgrade",
];

/** Browsers use the last policy they recognise in the list, so that is the one scored. */
export function referrerPolicyResult(value: string | undefined): Result {
  if (value === undefined) return "referrer-policy-not-implemented";
  const known = value
    .split(",")
    .map((v) => v.trim().toLowerCase())
    .filter((v) => PRIVATE_REFERRERS.includes(v) || UNSAFE_REFERRERS.includes(v));
  const effective = known.at(-1);
  if (effective === undefined) return "referrer-policy-header-invalid";
  return PRIVATE_REFERRERS.includes(effective)
    ? "referrer-policy-private"
    : "referrer-policy-unsafe";
}

export function contentTypeOptionsResult(value: string | undefined): Result {
  if (value === undefined) return "x-content-type-options-not-implemented";
  return value.trim().toLowerCase() === "nosniff"
    ? "x-content-type-options-nosniff"
    : "x-content-type-options-header-invalid";
}

/** CSP frame-ancestors supersedes X-Frame-Options in browsers, and earns the bonus. */
export function frameOptionsResult(value: string | undefined, csp: Csp): Result {
  if (cspBlocksFraming(csp)) return "x-frame-options-implemented-via-csp";
  if (value === undefined) return "x-frame-options-not-implemented";
  const v = value.trim().toLowerCase();
  if (v === "deny" || v === "sameorigin") return "x-frame-options-sameorigin-or-deny";
  if (v.startsWith("allow-from ")) return "x-frame-options-allow-from-origin";
  return "x-frame-options-header-invalid";
}

export function resourcePolicyResult(value: string | undefined): Result {
  if (value === undefined) return "cross-origin-resource-policy-not-implemented";
  switch (value.trim().toLowerCase()) {
    case "same-origin":
      return "cross-origin-resource-policy-implemented-with-same-origin";
    case "same-site":
      return "cross-origin-resource-policy-implemented-with-same-site";
    case "cross-origin":
      return "cross-origin-resource-policy-implemented-with-cross-origin";
    default:
      return "cross-origin-resource-policy-header-invalid";
  }
}

/**
 * The Observatory asks with a foreign `Origin` and fails a server that grants that origin
 * credentialed access: any site could then act as the visitor.
 */
export function corsResult(headers: ResponseHeaders, requestOrigin: string | undefined): Result {
  const allowOrigin = headers["access-control-allow-origin"]?.trim();
  if (allowOrigin === undefined) return "cross-origin-resource-sharing-not-implemented";
  const credentials = headers["access-control-allow-credentials"]?.trim().toLowerCase() === "true";
  if (credentials && (allowOrigin === "*" || allowOrigin === requestOrigin))
    return "cross-origin-resource-sharing-implemented-with-universal-access";
  return allowOrigin === "*"
    ? "cross-origin-resource-sharing-implemented-with-public-access"
    : "cross-origin-resource-sharing-implemented-with-restricted-access";
}

/**
 * Cookies, without the Observatory's guess at which cookies hold a session (by name): every
 * cookie is held to the session standard, which can only make the result stricter.
 */
export function cookiesResult(setCookies: readonly string[], hsts: Result): Result {
  if (setCookies.length === 0) return "cookies-not-found";
  const attrs = setCookies.map((c) =>
    c
      .split(";")
      .slice(1)
      .map((a) => a.trim().toLowerCase()),
  );
  const sameSite = attrs.map((a) => a.find((x) => x.startsWith("samesite="))?.slice(9));
  if (sameSite.some((v) => v !== undefined && v !== "strict" && v !== "lax" && v !== "none"))
    return "cookies-samesite-flag-invalid";
  if (!attrs.every((a) => a.includes("secure")))
    return hsts === "hsts-implemented-max-age-at-least-six-months" || hsts === "hsts-preloaded"
      ? "cookies-without-secure-flag-but-protected-by-hsts"
      : "cookies-without-secure-flag";
  if (!attrs.every((a) => a.includes("httponly"))) return "cookies-without-secure-flag";
  return sameSite.every((v) => v === "strict" || v === "lax")
    ? "cookies-secure-with-httponly-sessions-and-samesite"
    : "cookies-secure-with-httponly-sessions";
}

/**
 * Subresource integrity of the page's scripts. Scripts from the page's own origin need none;
 * scripts from elsewhere need https and an `integrity` attribute.
 */
export function sriResult(html: string | undefined, pageUrl: string): Result {
  if (html === undefined) return "sri-not-implemented-response-not-html";
  const page = new URL(pageUrl);
  const scripts = [...elementsOf(html)]
    .filter((el) => el.tagName === "script")
    .map((el) => ({
      src: el.attrs.find((a) => a.name === "src")?.value,
      integrity: el.attrs.some((a) => a.name === "integrity" && a.value.trim() !== ""),
    }))
    .filter((s): s is { src: string; integrity: boolean } => s.src !== undefined);
  if (scripts.length === 0) return "sri-not-implemented-but-no-scripts-loaded";
  const external = scripts.filter((s) => new URL(s.src, page).origin !== page.origin);
  const allIntegrity = scripts.every((s) => s.integrity);
  if (external.length === 0)
    return allIntegrity
      ? "sri-implemented-and-all-scripts-loaded-securely"
      : "sri-not-implemented-but-all-scripts-loaded-from-secure-origin";
  // Protocol-relative (`//host/x.js`) loads over http when the page is on http.
  const insecure = external.some(
    (s) => s.src.startsWith("//") || new URL(s.src, page).protocol !== "https:",
  );
  const externalIntegrity = external.every((s) => s.integrity);
  if (insecure)
    return externalIntegrity
      ? "sri-implemented-but-external-scripts-not-loaded-securely"
      : "sri-not-implemented-and-external-scripts-not-loaded-securely";
  return externalIntegrity
    ? "sri-implemented-and-external-scripts-loaded-securely"
    : "sri-not-implemented-but-external-scripts-loaded-securely";
}

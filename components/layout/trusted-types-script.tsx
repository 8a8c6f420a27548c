/**
 * The page's one Trusted Types policy, made before any other script runs. The CSP requires
 * Trusted Types for script sinks; Next's Turbopack runtime loads its lazy chunks by setting a
 * script element's `src` to a plain string, which the default policy lets through only for this
 * site's own hashed chunks under /_next/static/. Everything else (HTML and script strings, other
 * URLs) has no policy and is blocked. Static text: the build hashes it into the CSP.
 */
const script = `if(window.trustedTypes&&trustedTypes.createPolicy)trustedTypes.createPolicy("default",{createScriptURL:function(u){var x=new URL(u,location.href);if(x.origin===location.origin&&x.pathname.indexOf("/_next/static/")===0)return u;throw new TypeError("Trusted Types: blocked script URL "+u)}})`;

export function TrustedTypesScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}

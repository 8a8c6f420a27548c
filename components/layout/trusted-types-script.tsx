/**
 * The page's one Trusted Types policy. The CSP requires Trusted Types for script sinks; Next's
 * Turbopack runtime loads its lazy chunks by setting a script element's `src` to a plain
 * string, which the default policy lets through only for this site's own hashed chunks under
 * /_next/static/. Everything else (HTML and script strings, other URLs) has no policy and is
 * blocked. Static text: the build hashes it into the CSP.
 *
 * A rejected URL gets `null`, not an exception: the browser then reports a
 * `require-trusted-types-for` violation with the URL as its sample (an exception thrown here
 * would block the same way but report nothing). The URL is resolved against the document's
 * base, as the browser resolves it; `u` itself is returned because the runtime later finds its
 * script by that exact `src` attribute.
 *
 * React puts Next's async chunk scripts before this one in <head>, so it is not literally the
 * first script; it is the first to run that can reach a script sink: the runtime loads lazy
 * chunks only for the page's payload, which arrives in inline scripts after this one.
 */
const script = `if(window.trustedTypes&&trustedTypes.createPolicy)trustedTypes.createPolicy("default",{createScriptURL:function(u){try{var x=new URL(u,document.baseURI);if(x.origin===location.origin&&x.pathname.indexOf("/_next/static/")===0)return u}catch(e){}return null}})`;

export function TrustedTypesScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}

/**
 * The page's one Trusted Types policy. The CSP requires Trusted Types for script sinks, and
 * the default policy lets exactly two kinds of string through:
 *
 * - Script URLs of this site's own hashed chunks under /_next/static/ (Next's runtime sets a
 *   lazy chunk's `src` to a plain string).
 * - HTML that React writes when it must render the page again on the client (a node added
 *   inside its tree before hydration, e.g. by an extension, makes hydration fail): React makes
 *   each inline script of the layout as `<script></script>` set through `innerHTML`, then sets
 *   its text through `innerHTML`. The first is inert, and the second is only let through when
 *   it is the text of an inline script the document already holds, i.e. one the server sent.
 *   A script made through `innerHTML` never runs, and the CSP still blocks any inline handler,
 *   so neither can run code. Without them the page goes blank: React, and then Next's error
 *   page, are refused mid-render.
 *
 * Everything else (other HTML and script strings, other URLs) has no policy and is blocked.
 * Static text: the build hashes it into the CSP. It spells the closing tag `<\/script>`
 * because a literal one would end this script in the HTML.
 *
 * A rejected string gets `null`, not an exception: the browser then reports a
 * `require-trusted-types-for` violation with the string as its sample (an exception thrown
 * here would block the same way but report nothing). The URL is resolved against the
 * document's base, as the browser resolves it; `u` itself is returned because the runtime
 * later finds its script by that exact `src` attribute.
 *
 * React puts Next's async chunk scripts before this one in <head>, so it is not literally the
 * first script; it is the first to run that can reach a script sink: the runtime loads lazy
 * chunks only for the page's payload, which arrives in inline scripts after this one.
 */
const script = `if(window.trustedTypes&&trustedTypes.createPolicy)trustedTypes.createPolicy("default",{createScriptURL:function(u){try{var x=new URL(u,document.baseURI);if(x.origin===location.origin&&x.pathname.indexOf("/_next/static/")===0)return u}catch(e){}return null},createHTML:function(h){if(h==="<script><\\/script>")return h;for(var d=document.scripts,i=0;i<d.length;i++)if(!d[i].src&&d[i].text===h)return h;return null}})`;

export function TrustedTypesScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}

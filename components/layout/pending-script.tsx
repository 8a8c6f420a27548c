import { COMPARE_KEYS } from "@/lib/url-state/compare-params";

/**
 * Runs before first paint, from the root layout's <head>, so that React never has to create it
 * in the browser (a script React makes on a client-side navigation is not run, and building it
 * is a Trusted Types sink). On a link that carries state, it marks the page as pending until its
 * interactive part has read that state, so the prerendered default never flashes:
 * - /advisor with a `step`: "preparing your result" instead of the start page;
 * - /compare with any view parameter: the default table is hidden until the view is applied.
 * Without JavaScript it never runs and the prerendered page stays. Static text for a build: the
 * build hashes it into the CSP.
 */
const script = `try{var p=location.pathname.replace(/\\.html$/,""),q=new URLSearchParams(location.search),r=document.documentElement,s=q.get("step");if(p==="/advisor"&&s)r.setAttribute("data-advisor-pending",s==="result"?"result":"step");if(p==="/compare"&&${JSON.stringify(COMPARE_KEYS)}.some(function(k){return q.has(k)}))r.setAttribute("data-compare-pending","")}catch(e){}`;

export function PendingScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}

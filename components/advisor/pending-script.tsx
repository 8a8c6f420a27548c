/**
 * Runs before first paint on /advisor: a link that opens a step (a shared result above all)
 * hides the start page and shows "Preparing your result" until the interactive advisor takes
 * over, instead of painting the start page first. Without JavaScript it never runs and the start
 * page, with its note that the advisor needs JavaScript, stays. Static text: the build hashes it
 * into the CSP.
 */
const script = `try{var s=new URLSearchParams(location.search).get("step");if(s)document.documentElement.setAttribute("data-advisor-pending",s==="result"?"result":"step")}catch(e){}`;

export function PendingScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}

/** The neutral state a step link shows while the advisor loads. */
export function PendingNotice() {
  return (
    <div className="advisor-pending" role="status">
      <p className="pending-result text-lg font-semibold">Preparing your result…</p>
      <p className="pending-step text-lg font-semibold">Loading the advisor…</p>
    </div>
  );
}

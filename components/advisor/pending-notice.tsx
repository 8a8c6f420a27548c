/** The neutral state a step link shows while the advisor loads (see components/layout/pending-script.tsx). */
export function PendingNotice() {
  return (
    <div className="advisor-pending" role="status">
      <p className="pending-result text-lg font-semibold">Preparing your result…</p>
      <p className="pending-step text-lg font-semibold">Loading the advisor…</p>
    </div>
  );
}

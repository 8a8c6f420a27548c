import type { Flip } from "@/lib/advisor/what-would-change";
import { IMPORTANCE_PHRASE, outcome, type Names } from "./words";

/** One change, worded as a decision: "If snapshots were only nice to have, ...". */
export function flipSentence(f: Flip, names: Names): string {
  if (f.kind === "priority") {
    return `If "${names.need(f.factorId)}" were ${IMPORTANCE_PHRASE[f.to]} (now ${IMPORTANCE_PHRASE[f.from]}), ${outcome(f.top, names)}.`;
  }
  const from = names.answer(f.questionId, f.from);
  const to = names.answer(f.questionId, f.to);
  return `If you answered "${to}" instead of "${from}" (${names.question(f.questionId)}), ${outcome(f.top, names)}.`;
}

/** What would change the result: the single changes that do, smallest first. */
export function ResultChanges({ flips, names }: { flips: readonly Flip[]; names: Names }) {
  const shown = flips.slice(0, 8);
  return (
    <section aria-labelledby="changes-heading" className="space-y-2">
      <h3 id="changes-heading" className="text-xl font-semibold">
        What would change it
      </h3>
      {shown.length === 0 ? (
        <p>No single change of an answer or a priority changes the result.</p>
      ) : (
        <>
          <ul className="list-disc space-y-1 pl-6">
            {shown.map((f) => (
              <li key={f.kind === "priority" ? `${f.factorId}-${f.to}` : `${f.questionId}-${f.to}`}>
                {flipSentence(f, names)}
              </li>
            ))}
          </ul>
          {flips.length > shown.length ? (
            <p className="text-sm text-muted">
              {flips.length - shown.length} larger changes would too.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

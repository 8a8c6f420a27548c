import type { FactorCells } from "@/lib/advisor/factor-cells";
import type { Priority } from "@/lib/advisor/priorities";
import { percent, type Recommendation } from "@/lib/advisor/recommend";
import { UNSTATED_VALUE } from "@/lib/model/constants";
import { EvidenceBadge } from "@/components/ui/evidence-badge";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { IMPORTANCE_LABEL, type Names } from "./words";

/** Every option with its score, whether a must-have rules it out, and what it would win on. */
export function ResultOptions({ result, names }: { result: Recommendation; names: Names }) {
  return (
    <section aria-labelledby="options-heading" className="space-y-3">
      <h3 id="options-heading" className="text-xl font-semibold">
        How each option scores
      </h3>
      <ul className="grid gap-3 sm:grid-cols-2">
        {result.options.map((o) => (
          <li key={o.optionId} className="space-y-1 rounded-lg border border-border p-3">
            <p className="flex flex-wrap items-baseline justify-between gap-2">
              <strong>{names.option(o.optionId)}</strong>
              <span className="text-sm">
                {percent(o)}% of the highest possible score ({o.points} of {o.max} points)
              </span>
            </p>
            {o.excludedBy.length > 0 ? (
              <p className="text-sm">
                Ruled out: its source states it cannot meet{" "}
                {o.excludedBy.map((e) => `"${names.need(e.factorId)}"`).join(", ")}.
              </p>
            ) : null}
            {o.optionId !== result.winner && result.winner ? (
              <p className="text-sm text-muted">
                {o.winsOn.length > 0
                  ? `Would win on: ${o.winsOn.map((c) => names.factor(c.factorId)).join(", ")}.`
                  : `Wins on nothing you weighed against ${names.option(result.winner)}.`}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The weighed factors, each option's verdict and how it is known: the table the score is the
 * sum of.
 */
export function FactorTable({
  result,
  cells,
  names,
  options,
}: {
  result: Recommendation;
  cells: FactorCells;
  names: Names;
  options: readonly { id: string; name: string }[];
}) {
  const weighed = result.priorities.filter((p: Priority) => p.importance !== "none");
  if (weighed.length === 0) return null;
  return (
    <section aria-labelledby="factors-heading" className="space-y-3">
      <h3 id="factors-heading" className="text-xl font-semibold">
        The factors you weighed
      </h3>
      <div
        className="overflow-x-auto rounded-lg border border-border print:overflow-visible"
        role="region"
        aria-labelledby="factors-caption"
        tabIndex={0}
      >
        <table className="w-full border-collapse text-left text-sm print:text-xs">
          <caption id="factors-caption" className="sr-only">
            Each weighed factor: its importance, and each option&rsquo;s verdict and evidence
          </caption>
          <thead className="bg-surface">
            <tr>
              <th scope="col" className="border-b border-border px-3 py-2">
                Factor
              </th>
              <th scope="col" className="whitespace-nowrap border-b border-border px-3 py-2">
                Importance
              </th>
              {options.map((o) => (
                <th key={o.id} scope="col" className="border-b border-border px-3 py-2">
                  {o.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weighed.map((p) => (
              <tr key={p.factorId} className="align-top">
                <th scope="row" className="border-b border-border px-3 py-2 font-normal">
                  {names.factor(p.factorId)}
                </th>
                <td className="border-b border-border px-3 py-2">
                  {IMPORTANCE_LABEL[p.importance]}
                </td>
                {options.map((o) => {
                  const c = cells.get(p.factorId)?.get(o.id);
                  return (
                    <td key={o.id} className="border-b border-border px-3 py-2">
                      <span className="flex flex-wrap gap-1">
                        {c?.verdict ? (
                          <VerdictBadge verdict={c.verdict} />
                        ) : (
                          <span className="text-muted">{UNSTATED_VALUE}</span>
                        )}
                        {c ? <EvidenceBadge evidence={c.evidence} /> : null}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

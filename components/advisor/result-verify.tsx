import type { VerifyItem } from "@/lib/advisor/recommend";
import type { AdvisorData } from "./types";
import { IMPORTANCE_LABEL, type Names } from "./words";

/**
 * Every derived or unstated cell that moved the result, as a checklist to take to the provider.
 * Printed with empty boxes to tick.
 */
export function ResultVerify({
  items,
  names,
  data,
}: {
  items: readonly VerifyItem[];
  names: Names;
  data: AdvisorData;
}) {
  const cellOf = (i: VerifyItem) =>
    data.matrix.attributes.find((a) => a.id === i.attributeId)?.cells[i.optionId];
  return (
    <section aria-labelledby="verify-heading" className="space-y-2">
      <h3 id="verify-heading" className="text-xl font-semibold">
        Verify with your provider
      </h3>
      {items.length === 0 ? (
        <p>Every fact behind this result is stated by its source.</p>
      ) : (
        <ul className="space-y-2">
          {items.map((i) => {
            const cell = cellOf(i);
            const source = cell ? data.sources[cell.source] : undefined;
            return (
              <li key={`${i.optionId}-${i.attributeId}`} className="flex gap-2">
                <span aria-hidden="true">☐</span>
                <span>
                  <strong>{names.option(i.optionId)}</strong>: {names.attribute(i.attributeId)}{" "}
                  <span className="text-sm text-muted">
                    ({IMPORTANCE_LABEL[i.importance].toLowerCase()};{" "}
                    {i.evidence === "unstated"
                      ? `${source?.label ?? "the source"} is silent`
                      : `derived, not stated by ${source?.label ?? "the source"}: "${cell && cell.evidence !== "unstated" ? cell.value : ""}"`}
                    )
                  </span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

import Link from "next/link";
import { RichText } from "@/components/content/rich-text";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import type { Cell, Source } from "@/lib/model/schema";

/**
 * One cell of the matrix: short value and verdict up front; note, source, inferred flag and
 * review date behind a native disclosure, which works without JavaScript.
 */
export function CellContent({
  cell,
  source,
  context,
}: {
  cell: Cell;
  source: Source | undefined;
  /** Names the row and column for screen readers, e.g. "Overhead, Bare metal". */
  context: string;
}) {
  return (
    <div className="space-y-1.5">
      <p>{cell.value}</p>
      <p className="flex flex-wrap items-center gap-1.5">
        <VerdictBadge verdict={cell.verdict} />
        {cell.inferred ? (
          <span className="rounded-full border border-border px-2 py-0.5 text-xs text-muted">
            Inferred
          </span>
        ) : null}
      </p>
      <details className="text-sm">
        <summary className="cursor-pointer text-accent">
          Details<span className="sr-only"> for {context}</span>
        </summary>
        <div className="mt-2 space-y-2 rounded-md border border-border bg-surface p-3">
          {cell.note ? <RichText markdown={cell.note} /> : null}
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs text-muted">
            <dt>Source</dt>
            <dd>
              {source ? <Link href={`/sources#${source.id}`}>{source.title}</Link> : cell.source}
            </dd>
            <dt>Basis</dt>
            <dd>
              {cell.inferred
                ? "Inferred from the source, not stated in it"
                : "Stated by the source"}
            </dd>
            <dt>Reviewed</dt>
            <dd>
              <time dateTime={cell.reviewed}>{cell.reviewed}</time>
            </dd>
          </dl>
        </div>
      </details>
    </div>
  );
}

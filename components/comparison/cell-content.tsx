import Link from "next/link";
import type { ReactNode } from "react";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import type { Verdict } from "@/lib/model/schema";

export interface CellData {
  value: string;
  verdict: Verdict;
  inferred: boolean;
  reviewed: string;
  source: string;
}

/**
 * One cell of the matrix: short value and verdict up front; note, source, inferred flag and
 * review date behind a native disclosure, which works without JavaScript. Used on the server
 * (option pages) and inside the interactive comparison, so it holds no state of its own.
 */
export function CellContent({
  cell,
  note,
  source,
  context,
  value,
  open,
  onToggle,
}: {
  cell: CellData;
  /** The rendered note, if the cell has one. */
  note?: ReactNode;
  source: { id: string; title: string } | undefined;
  /** Names the row and column for screen readers, e.g. "Overhead, Bare metal". */
  context: string;
  /** The value as rendered (e.g. with search matches highlighted); defaults to the plain value. */
  value?: ReactNode;
  /** Controlled disclosure state, for views that keep it in the URL. */
  open?: boolean;
  onToggle?: (open: boolean) => void;
}) {
  return (
    <div className="space-y-1.5">
      <p>{value ?? cell.value}</p>
      <p className="flex flex-wrap items-center gap-1.5">
        <VerdictBadge verdict={cell.verdict} />
        {cell.inferred ? (
          <span className="rounded-full border border-border px-2 py-0.5 text-xs text-muted">
            Inferred
          </span>
        ) : null}
      </p>
      <details
        className="cell-details text-sm"
        open={open}
        onToggle={onToggle ? (e) => onToggle(e.currentTarget.open) : undefined}
      >
        <summary className="cursor-pointer text-accent">
          Details<span className="sr-only"> for {context}</span>
        </summary>
        {/* Closed and interactive: the body is rendered when opened (a rerender via onToggle),
            which keeps a keystroke in the search box from building hundreds of hidden nodes. */}
        {open === false && onToggle ? null : (
          <div className="mt-2 space-y-2 rounded-md border border-border bg-surface p-3">
            {note}
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
        )}
      </details>
    </div>
  );
}

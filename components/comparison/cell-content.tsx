import type { ReactNode } from "react";
import { EVIDENCE_MEANING, EvidenceBadge } from "@/components/ui/evidence-badge";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import type { CompareCell } from "@/lib/compare/rows";
import type { CellTone } from "@/lib/compare/view";
import type { CellSource } from "./types";

export type CellData = Omit<CompareCell, "note">;

/**
 * A cell's short value, verdict and evidence, shown at all times. Only the better cell of a row
 * gets a coloured verdict; the others say theirs quietly, and a row where every option is the
 * same is muted, so colour marks where the options differ.
 */
export function CellSummary({
  cell,
  value,
  tone = "better",
}: {
  cell: CellData;
  value?: ReactNode;
  tone?: CellTone;
}) {
  return (
    <div className="skip-offscreen space-y-1.5">
      <p className={tone === "same" || tone === "unknown" ? "text-muted" : undefined}>
        {value ?? cell.value}
      </p>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {cell.verdict ? <VerdictBadge verdict={cell.verdict} quiet={tone !== "better"} /> : null}
        <EvidenceBadge evidence={cell.evidence} />
      </p>
    </div>
  );
}

/**
 * A cell's details: its note, source, basis and review date. Shown when the row's disclosure
 * (RowDisclosure) is open: CSS shows `.cell-note` inside a row or card whose disclosure is
 * open, so the prerendered page opens it without JavaScript too.
 */
export function CellNote({
  id,
  cell,
  note,
  source,
}: {
  id: string;
  cell: CellData;
  /** The rendered note, if the cell has one. */
  note?: ReactNode;
  source: CellSource | undefined;
}) {
  return (
    <div
      id={id}
      className="cell-note mt-2 space-y-2 rounded-md border border-border bg-surface p-3 text-sm"
    >
      {note}
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs text-muted">
        <dt>Source</dt>
        <dd>
          {source ? (
            <>
              <a href={`/sources#${source.id}`}>{source.title}</a>
              {source.scope === "provider"
                ? ` (${source.publisher} on its own service: check your provider)`
                : " (general: how the technology works)"}
            </>
          ) : (
            cell.source
          )}
        </dd>
        <dt>Basis</dt>
        <dd>
          {cell.evidence === "stated"
            ? "Stated"
            : cell.evidence === "derived"
              ? "Derived"
              : "Not stated"}
          : {EVIDENCE_MEANING[cell.evidence]}
        </dd>
        <dt>Reviewed</dt>
        <dd>
          <time dateTime={cell.reviewed}>{cell.reviewed}</time>
        </dd>
      </dl>
    </div>
  );
}

/**
 * The one disclosure of a row (or card): it opens every cell's details at once. A native
 * <details>, so it works before and without JavaScript; in the interactive comparison its
 * state is kept in the URL through `onToggle`.
 */
export function RowDisclosure({
  name,
  controls,
  open,
  onToggle,
}: {
  /** The attribute's name, for screen readers. */
  name: string;
  /** Ids of the cell details it reveals, when they are in the page. */
  controls: string | undefined;
  open?: boolean;
  onToggle?: (open: boolean) => void;
}) {
  return (
    <details
      className="row-details mt-2 text-sm"
      open={open}
      onToggle={onToggle ? (e) => onToggle(e.currentTarget.open) : undefined}
    >
      <summary aria-controls={controls} className="cursor-pointer text-accent">
        Details<span className="sr-only"> for {name}</span>
      </summary>
    </details>
  );
}

/**
 * The id of one cell's details, for RowDisclosure's `controls`. `view` keeps the ids unique
 * where one page holds the same cell twice (the comparison's table and its phone cards).
 */
export function cellNoteId(
  view: "table" | "card" | "option",
  attributeId: string,
  optionId: string,
): string {
  return `note-${view}-${attributeId}-${optionId}`;
}

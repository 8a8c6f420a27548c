"use client";

import type { Row, TableFeatures } from "@tanstack/react-table";
import { memo } from "react";
import type { CompareRow } from "@/lib/compare/rows";
import { RowDisclosure, cellNoteId } from "./cell-content";
import type { RowToggle } from "./fold-button";
import { cellTones } from "@/lib/compare/view";
import { Searchable } from "./highlight";
import { SearchableCell } from "./searchable-cell";
import type { CompareData } from "./types";

interface TableRowProps<F extends TableFeatures> {
  row: Row<F, CompareRow>;
  /** The table's column definitions: the row re-renders when they change. */
  columns: unknown;
  open: boolean;
  highlighted: boolean;
  interactive: boolean;
  onToggleRow: RowToggle | undefined;
  notes: CompareData["notes"][string] | undefined;
  sources: CompareData["sources"];
  /** The row's category, shown in the row when a sort lists the whole table as one. */
  categoryLabel: string | null;
}

function TableRowView<F extends TableFeatures>({
  row,
  open,
  highlighted,
  interactive,
  onToggleRow,
  notes,
  sources,
  categoryLabel,
}: TableRowProps<F>) {
  const r = row.original;
  const cells = row.getAllCells();
  const optionIds = cells.map((c) => c.column.id).filter((id) => id !== "attribute");
  const tones = cellTones(r, optionIds);
  const same = optionIds.length > 1 && optionIds.every((id) => tones[id] === "same");
  return (
    <tr
      id={r.id}
      data-highlighted={highlighted ? "" : undefined}
      className="scroll-mt-24 align-top data-highlighted:bg-accent-soft"
    >
      {cells.map((cell) => {
        if (cell.column.id === "attribute") {
          return (
            <th key={cell.id} scope="row" className="border-b border-border px-3 py-3 font-normal">
              <span className="font-semibold">
                <Searchable text={r.name} />
              </span>
              <span className="skip-offscreen mt-1 block text-muted">
                <Searchable text={r.why} />
              </span>
              {categoryLabel || same ? (
                <span className="mt-1.5 flex flex-wrap gap-1.5 text-xs text-muted">
                  {categoryLabel ? (
                    <span className="rounded border border-border px-1.5">{categoryLabel}</span>
                  ) : null}
                  {same ? <span>Same for every option shown</span> : null}
                </span>
              ) : null}
              <RowDisclosure
                name={r.name}
                controls={
                  !interactive || open
                    ? optionIds.map((o) => cellNoteId("table", r.id, o)).join(" ")
                    : undefined
                }
                open={interactive ? open : undefined}
                onToggle={onToggleRow && ((isOpen) => onToggleRow(r.id, isOpen))}
              />
            </th>
          );
        }
        const value = r.cells[cell.column.id];
        return (
          <td
            key={cell.id}
            className={`border-b border-border px-3 py-3 ${tones[cell.column.id] === "better" ? "bg-good-soft/50" : ""}`}
          >
            {value ? (
              <SearchableCell
                view="table"
                attributeId={r.id}
                optionId={cell.column.id}
                cell={value}
                tone={tones[cell.column.id] ?? "same"}
                note={notes?.[cell.column.id]}
                source={sources[value.source]}
                withNote={!interactive || open}
              />
            ) : null}
          </td>
        );
      })}
    </tr>
  );
}

/**
 * One attribute row of the table. Memoised on what it shows (TanStack rebuilds its row objects
 * whenever the data changes, so the row's own data is compared): a search changes no row's
 * markup (useSearchHighlights paints its matches), so a keystroke re-renders no row.
 */
export const TableRow = memo(
  TableRowView,
  (prev, next) =>
    prev.row.original === next.row.original &&
    prev.columns === next.columns &&
    prev.open === next.open &&
    prev.highlighted === next.highlighted &&
    prev.interactive === next.interactive &&
    prev.onToggleRow === next.onToggleRow &&
    prev.notes === next.notes &&
    prev.sources === next.sources &&
    prev.categoryLabel === next.categoryLabel,
) as typeof TableRowView;

"use client";

import { memo, type ReactNode } from "react";
import { CellNote, CellSummary, cellNoteId, type CellData } from "./cell-content";
import { Searchable } from "./highlight";
import type { CellTone } from "@/lib/compare/view";
import type { CellSource } from "./types";

interface SearchableCellProps {
  /** Which of the page's views holds the cell, for a unique details id. */
  view: "table" | "card";
  attributeId: string;
  optionId: string;
  cell: CellData;
  /** How the cell stands out in its row (see cellTones). */
  tone: CellTone;
  note: ReactNode;
  source: CellSource | undefined;
  /**
   * Whether the details are rendered: always in the prerendered view (CSS shows them when the
   * row's disclosure opens), only for open rows once interactive, which keeps a keystroke in
   * the search box from rebuilding hundreds of hidden notes.
   */
  withNote: boolean;
}

/**
 * One option's cell in the interactive comparison (table and cards), its value searchable
 * (useSearchHighlights marks the matches). It re-renders only when what it shows changes, which
 * a keystroke in the search box never does.
 */
export const SearchableCell = memo(function SearchableCell({
  view,
  attributeId,
  optionId,
  cell,
  tone,
  note,
  source,
  withNote,
}: SearchableCellProps) {
  return (
    <>
      <CellSummary cell={cell} tone={tone} value={<Searchable text={cell.value} />} />
      {withNote ? (
        <CellNote
          id={cellNoteId(view, attributeId, optionId)}
          cell={cell}
          note={note}
          source={source}
        />
      ) : null}
    </>
  );
});

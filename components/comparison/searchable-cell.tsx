"use client";

import { memo, type ReactNode } from "react";
import { CellNote, CellSummary, cellNoteId, type CellData } from "./cell-content";
import { Highlight, sameMarks } from "./highlight";
import type { CellSource } from "./types";

interface SearchableCellProps {
  attributeId: string;
  optionId: string;
  cell: CellData;
  terms: readonly string[];
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
 * One option's cell in the interactive comparison (table and cards), its value's search
 * matches marked. It re-renders only when what it shows changes: a keystroke that leaves this
 * value's marks as they were costs it nothing.
 */
export const SearchableCell = memo(
  function SearchableCell({
    attributeId,
    optionId,
    cell,
    terms,
    note,
    source,
    withNote,
  }: SearchableCellProps) {
    return (
      <>
        <CellSummary cell={cell} value={<Highlight text={cell.value} terms={terms} />} />
        {withNote ? (
          <CellNote
            id={cellNoteId(attributeId, optionId)}
            cell={cell}
            note={note}
            source={source}
          />
        ) : null}
      </>
    );
  },
  (prev, next) =>
    prev.attributeId === next.attributeId &&
    prev.optionId === next.optionId &&
    prev.cell === next.cell &&
    prev.note === next.note &&
    prev.source === next.source &&
    prev.withNote === next.withNote &&
    sameMarks(next.cell.value, prev.terms, next.terms),
);

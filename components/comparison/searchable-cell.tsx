"use client";

import { memo, type ReactNode } from "react";
import { CellContent, type CellData } from "./cell-content";
import type { RowToggle } from "./fold-button";
import { Highlight, sameMarks } from "./highlight";

interface SearchableCellProps {
  rowId: string;
  cell: CellData;
  terms: readonly string[];
  note: ReactNode;
  source: { id: string; title: string } | undefined;
  /** Names the row and column for screen readers. */
  context: string;
  open: boolean;
  onToggleRow: RowToggle | undefined;
}

/**
 * One option's cell in the interactive comparison (table and cards), its value's search
 * matches marked. It re-renders only when what it shows changes: a keystroke that leaves this
 * value's marks as they were costs it nothing.
 */
export const SearchableCell = memo(
  function SearchableCell({ rowId, cell, terms, onToggleRow, ...rest }: SearchableCellProps) {
    return (
      <CellContent
        {...rest}
        cell={cell}
        value={<Highlight text={cell.value} terms={terms} />}
        onToggle={onToggleRow && ((isOpen) => onToggleRow(rowId, isOpen))}
      />
    );
  },
  (prev, next) =>
    prev.rowId === next.rowId &&
    prev.cell === next.cell &&
    prev.note === next.note &&
    prev.source === next.source &&
    prev.context === next.context &&
    prev.open === next.open &&
    prev.onToggleRow === next.onToggleRow &&
    sameMarks(next.cell.value, prev.terms, next.terms),
);

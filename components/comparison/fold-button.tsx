"use client";

import { useMemo } from "react";
import { toggleItem } from "@/lib/url-state/parsers";
import type { CompareState } from "@/lib/url-state/compare-params";
import type { Update } from "./types";

/** The toggle that folds or unfolds one category group; the same in the table and the cards. */
export function FoldButton({
  category,
  size,
  state,
  update,
}: {
  category: { id: string; name: string };
  size: number;
  state: CompareState;
  update?: Update;
}) {
  const isFolded = state.fold.includes(category.id);
  return (
    <button
      type="button"
      aria-expanded={!isFolded}
      disabled={!update}
      className="inline-flex items-center gap-2 font-semibold"
      onClick={() =>
        update?.((current) => ({
          fold: toggleItem(current.fold, category.id, !current.fold.includes(category.id)),
        }))
      }
    >
      <span aria-hidden="true" className="print:hidden">
        {isFolded ? "▸" : "▾"}
      </span>
      {category.name}
      <span className="text-sm font-normal text-muted">({size})</span>
    </button>
  );
}

/** Opens or closes one row's details: `(rowId, open)`. */
export type RowToggle = (rowId: string, open: boolean) => void;

/**
 * The disclosure handler for the rows' cells: opening any cell's details expands the row (and
 * records it in the URL). One function for every row, so memoised cells keep their props.
 * Undefined in the inert prerendered view.
 */
export function useRowToggle(update: Update | undefined): RowToggle | undefined {
  return useMemo(
    () =>
      update &&
      ((rowId, isOpen) =>
        update((current) =>
          isOpen === current.open.includes(rowId)
            ? {}
            : { open: toggleItem(current.open, rowId, isOpen) },
        )),
    [update],
  );
}

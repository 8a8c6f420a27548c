"use client";

import { toggleItem } from "@/lib/url-state/param";
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
      onClick={() => update?.({ fold: toggleItem(state.fold, category.id, !isFolded) })}
    >
      <span aria-hidden="true" className="print:hidden">
        {isFolded ? "▸" : "▾"}
      </span>
      {category.name}
      <span className="text-sm font-normal text-muted">({size})</span>
    </button>
  );
}

/**
 * The disclosure handler for a row's cells: opening any cell's details expands the row (and
 * records it in the URL). Undefined in the inert prerendered view.
 */
export function rowToggle(state: CompareState, update: Update | undefined, rowId: string) {
  if (!update) return undefined;
  return (isOpen: boolean) => {
    if (isOpen === state.open.includes(rowId)) return;
    update({ open: toggleItem(state.open, rowId, isOpen) });
  };
}

"use client";

import type { CellContext, TableFeatures } from "@tanstack/react-table";
import { createContext, useContext } from "react";
import type { CompareRow } from "@/lib/compare/rows";
import type { RowToggle } from "./fold-button";
import { Highlight } from "./highlight";
import { SearchableCell } from "./searchable-cell";
import type { CompareData } from "./types";

/** What the table's cells render from besides their row: the search and the row disclosures. */
export interface TableCellEnv {
  terms: readonly string[];
  open: ReadonlySet<string>;
  onToggleRow: RowToggle | undefined;
  notes: CompareData["notes"];
  sources: CompareData["sources"];
  optionName: ReadonlyMap<string, string>;
}

/**
 * Cells read the search from here rather than from their column definitions: TanStack renders a
 * cell template as a component, so a template rebuilt per keystroke would be a new component
 * type, and React would unmount and remount every visible cell on every keystroke.
 */
export const TableCellEnvContext = createContext<TableCellEnv | null>(null);

function useTableCellEnv(): TableCellEnv {
  const env = useContext(TableCellEnvContext);
  if (!env) throw new Error("Table cells render inside <TableCellEnvContext>");
  return env;
}

type Context<F extends TableFeatures> = CellContext<F, CompareRow>;

/** The row header: the attribute's name and why it matters, matches marked. */
export function AttributeCell<F extends TableFeatures>({ row }: Context<F>) {
  const { terms } = useTableCellEnv();
  return (
    <>
      <span className="font-semibold">
        <Highlight text={row.original.name} terms={terms} />
      </span>
      <span className="mt-1 block text-muted">
        <Highlight text={row.original.why} terms={terms} />
      </span>
    </>
  );
}

/** One option's cell; the column id is the option id. */
export function OptionCell<F extends TableFeatures>({ row, column }: Context<F>) {
  const env = useTableCellEnv();
  const r = row.original;
  const cell = r.cells[column.id];
  if (!cell) return null;
  return (
    <SearchableCell
      rowId={r.id}
      cell={cell}
      terms={env.terms}
      note={env.notes[r.id]?.[column.id]}
      source={env.sources[cell.source]}
      context={`${r.name}, ${env.optionName.get(column.id) ?? column.id}`}
      open={env.open.has(r.id)}
      onToggleRow={env.onToggleRow}
    />
  );
}

"use client";

import { tableFeatures, useTable, type ColumnDef } from "@tanstack/react-table";
import { memo, useMemo } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { CompareRow } from "@/lib/compare/rows";
import { FoldButton, useRowToggle } from "./fold-button";
import { AttributeCell, OptionCell, TableCellEnvContext, type TableCellEnv } from "./table-cells";
import type { MatrixLayoutProps } from "./types";

const features = tableFeatures({});
type Column = ColumnDef<typeof features, CompareRow>;

/** Which header sorts what: the attribute column by name, an option's column by its verdict. */
function sortKeyOf(columnId: string): string {
  return columnId === "attribute" ? "name" : columnId;
}

/**
 * The comparison as a semantic table (shown from 640 px up): TanStack Table models the
 * columns and rows for the state computed in lib/compare; the markup stays ours. Memoised, so
 * a render of the page that leaves its props alone (a keystroke, before the deferred view
 * catches up) skips it.
 */
export const CompareTable = memo(function CompareTable({
  data,
  view,
  columns,
  state,
  terms,
  update,
  target,
}: MatrixLayoutProps) {
  const columnDefs = useMemo<Column[]>(
    () => [
      { id: "attribute", header: "Attribute", cell: AttributeCell },
      ...columns.map((o): Column => ({ id: o.id, header: o.name, cell: OptionCell })),
    ],
    [columns],
  );
  const onToggleRow = useRowToggle(update);
  const env = useMemo<TableCellEnv>(
    () => ({
      terms,
      open: new Set(state.open),
      onToggleRow,
      notes: data.notes,
      sources: data.sources,
      optionName: new Map(data.options.map((o) => [o.id, o.name])),
    }),
    [terms, state.open, onToggleRow, data.notes, data.sources, data.options],
  );
  const folded = useMemo(() => new Set(state.fold), [state.fold]);
  const table = useTable({ features, columns: columnDefs, data: view.rows, getRowId: (r) => r.id });
  const rowsById = new Map(table.getRowModel().rows.map((r) => [r.id, r]));
  const categoryName = new Map(data.categories.map((c) => [c.id, c]));
  const sortedColumn = state.sort === "category" ? null : state.sort;
  const span = columns.length + 1;

  const renderGroupHeader = (categoryId: string, size: number) => {
    const category = categoryName.get(categoryId);
    return (
      <tr key={`group-${categoryId}`}>
        <th
          scope="rowgroup"
          colSpan={span}
          className="border-b border-border bg-surface px-3 pb-2 pt-5 text-base font-semibold"
        >
          <FoldButton
            category={{ id: categoryId, name: category?.name ?? categoryId }}
            size={size}
            state={state}
            update={update}
          />
          <span className="block text-sm font-normal text-muted">{category?.description}</span>
        </th>
      </tr>
    );
  };
  const renderRow = (r: CompareRow) => {
    const row = rowsById.get(r.id);
    if (!row) return null;
    return (
      <tr
        key={row.id}
        id={row.id}
        data-highlighted={target === row.id ? "" : undefined}
        className="scroll-mt-24 align-top target:bg-accent-soft data-highlighted:bg-accent-soft"
      >
        {row.getAllCells().map((cell) =>
          cell.column.id === "attribute" ? (
            <th key={cell.id} scope="row" className="border-b border-border px-3 py-3 font-normal">
              <table.FlexRender cell={cell} />
            </th>
          ) : (
            <td key={cell.id} className="border-b border-border px-3 py-3">
              <table.FlexRender cell={cell} />
            </td>
          ),
        )}
      </tr>
    );
  };

  return (
    <TableCellEnvContext value={env}>
      <ScrollRegion labelledBy="compare-caption" className="max-sm:hidden print:overflow-visible">
        <table className="w-full min-w-[36rem] table-fixed border-collapse text-left text-sm">
          <caption id="compare-caption" className="px-3 py-2 text-left text-sm text-muted">
            {columns.map((c) => c.name).join(" vs ")}: {view.rows.length} attribute
            {view.rows.length === 1 ? "" : "s"} grouped by category
          </caption>
          <thead className="bg-surface">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const key = sortKeyOf(header.column.id);
                  const sorted = sortedColumn === key;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={
                        sorted ? (state.dir === "asc" ? "ascending" : "descending") : undefined
                      }
                      className={`border-b border-border px-3 py-2 font-semibold ${header.column.id === "attribute" ? "w-1/3" : ""}`}
                    >
                      <button
                        type="button"
                        disabled={!update}
                        className="inline-flex items-center gap-1 font-semibold print:hidden"
                        onClick={() =>
                          update?.((current) => ({
                            sort: key,
                            dir: current.sort === key && current.dir === "asc" ? "desc" : "asc",
                          }))
                        }
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden="true" className="text-muted">
                          {sorted ? (state.dir === "asc" ? "▲" : "▼") : "↕"}
                        </span>
                        <span className="sr-only">
                          , sort by {header.column.id === "attribute" ? "name" : "verdict"}
                        </span>
                      </button>
                      <span className="hidden print:inline">
                        <table.FlexRender header={header} />
                      </span>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          {view.groups.map((group) => (
            <tbody key={group.category} id={`category-${group.category}`}>
              {renderGroupHeader(group.category, group.rows.length)}
              {folded.has(group.category) ? null : group.rows.map((r) => renderRow(r))}
            </tbody>
          ))}
        </table>
      </ScrollRegion>
    </TableCellEnvContext>
  );
});

"use client";

import { tableFeatures, useTable, type ColumnDef } from "@tanstack/react-table";
import { memo, useMemo } from "react";
import type { CompareRow } from "@/lib/compare/rows";
import { FoldButton, useRowToggle } from "./fold-button";
import { TableRow } from "./table-row";
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
 * catches up) skips it, and each row is memoised on what it shows. The table fits its column
 * at every width it is shown at, so it is not a scroll container: one would make the browser
 * re-layer the whole table on every change.
 */
export const CompareTable = memo(function CompareTable({
  data,
  view,
  columns,
  state,
  update,
  target,
}: MatrixLayoutProps) {
  const columnDefs = useMemo<Column[]>(
    () => [
      { id: "attribute", header: "Attribute" },
      ...columns.map((o): Column => ({ id: o.id, header: o.name })),
    ],
    [columns],
  );
  const onToggleRow = useRowToggle(update);
  const open = useMemo(() => new Set(state.open), [state.open]);
  const folded = useMemo(() => new Set(state.fold), [state.fold]);
  const table = useTable({ features, columns: columnDefs, data: view.rows, getRowId: (r) => r.id });
  const rowsById = new Map(table.getRowModel().rows.map((r) => [r.id, r]));
  const categoryName = new Map(data.categories.map((c) => [c.id, c]));
  const sortedColumn = state.sort === "category" ? null : state.sort;
  const sortLabel =
    state.sort === "name"
      ? "name"
      : `verdict for ${columns.find((c) => c.id === state.sort)?.name ?? state.sort}`;
  const span = columns.length + 1;

  return (
    <div className="rounded-lg border border-border max-sm:hidden">
      <table className="w-full table-fixed border-collapse text-left text-sm">
        <caption id="compare-caption" className="px-3 py-2 text-left text-sm text-muted">
          {columns.map((c) => c.name).join(" vs ")}: {view.rows.length} attribute
          {view.rows.length === 1 ? "" : "s"}
          {sortedColumn === null ? " grouped by category" : `, sorted by ${sortLabel}`}
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
                    // Sticky below the site header, so the columns stay named on a long table.
                    className={`sticky top-14 z-10 border-b border-border bg-surface px-3 py-2 font-semibold shadow-[0_1px_0_var(--border)] print:static ${header.column.id === "attribute" ? "w-1/3" : ""}`}
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
        {view.groups.map((group) => {
          const rowOf = (r: CompareRow, label: string | null) => {
            const row = rowsById.get(r.id);
            return row ? (
              <TableRow
                key={r.id}
                row={row}
                columns={columnDefs}
                open={open.has(r.id)}
                highlighted={target === r.id}
                interactive={update !== undefined}
                onToggleRow={onToggleRow}
                notes={data.notes[r.id]}
                sources={data.sources}
                categoryLabel={label}
              />
            ) : null;
          };
          // A sort by name or verdict lists the whole table as one: no group headers, and each
          // row says its category.
          if (group.category === null)
            return (
              <tbody key="sorted">
                {group.rows.map((r) => rowOf(r, categoryName.get(r.category)?.name ?? r.category))}
              </tbody>
            );
          const category = categoryName.get(group.category);
          return (
            <tbody key={group.category} id={`category-${group.category}`}>
              <tr>
                <th
                  scope="rowgroup"
                  colSpan={span}
                  className="border-b border-border bg-surface px-3 pb-2 pt-5 text-base font-semibold"
                >
                  <FoldButton
                    category={{ id: group.category, name: category?.name ?? group.category }}
                    size={group.rows.length}
                    state={state}
                    update={update}
                  />
                  <span className="block text-sm font-normal text-muted">
                    {category?.description}
                  </span>
                </th>
              </tr>
              {folded.has(group.category) ? null : group.rows.map((r) => rowOf(r, null))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
});

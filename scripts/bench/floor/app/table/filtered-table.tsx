"use client";

import { tableFeatures, useTable, type ColumnDef } from "@tanstack/react-table";
import { parseAsString, useQueryState } from "nuqs";
import { useMemo } from "react";

export type FloorRow = { id: string; name: string; value: string };

const features = tableFeatures({});
const columns: ColumnDef<typeof features, FloorRow>[] = [
  { id: "name", header: "Name", cell: ({ row }) => row.original.name },
  { id: "value", header: "Value", cell: ({ row }) => row.original.value },
];

/** The table, filtered by the `q` URL parameter unless a fixed `query` is given. */
export function FilteredTable({ rows, query }: { rows: FloorRow[]; query?: string }) {
  return query === undefined ? <FromUrl rows={rows} /> : <Table rows={rows} query={query} />;
}

function FromUrl({ rows }: { rows: FloorRow[] }) {
  const [q, setQ] = useQueryState("q", parseAsString.withDefault(""));
  return <Table rows={rows} query={q} onQuery={(v) => void setQ(v || null)} />;
}

function Table({
  rows,
  query,
  onQuery,
}: {
  rows: FloorRow[];
  query: string;
  onQuery?: (q: string) => void;
}) {
  const data = useMemo(
    () => rows.filter((r) => r.name.toLowerCase().includes(query.toLowerCase())),
    [rows, query],
  );
  const table = useTable({ features, columns, data, getRowId: (r) => r.id });
  return (
    <>
      <label>
        Filter{" "}
        <input value={query} disabled={!onQuery} onChange={(e) => onQuery?.(e.target.value)} />
      </label>
      <table>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id}>
                  <table.FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

import { NuqsAdapter } from "nuqs/adapters/next/app";
import { Suspense } from "react";
import { FilteredTable, type FloorRow } from "./filtered-table";

const ROWS: FloorRow[] = [
  { id: "boot", name: "Boot time", value: "minutes" },
  { id: "nvme", name: "Local NVMe", value: "yes" },
  { id: "snapshots", name: "Snapshots", value: "no" },
];

/** Like /compare: the fallback is the default view, so the HTML holds the table without JS. */
export default function TablePage() {
  return (
    <NuqsAdapter>
      <Suspense fallback={<FilteredTable rows={ROWS} query="" />}>
        <FilteredTable rows={ROWS} />
      </Suspense>
    </NuqsAdapter>
  );
}

"use client";

import { toCsv, toJson, toMarkdown } from "@/lib/compare/export";
import type { CompareRow } from "@/lib/compare/rows";
import { CopyLinkButton } from "@/components/ui/copy-link-button";
import { download } from "@/components/ui/download";
import type { CompareData } from "./types";

const FORMATS = [
  { label: "CSV", ext: "csv", type: "text/csv", make: toCsv },
  { label: "Markdown", ext: "md", type: "text/markdown", make: toMarkdown },
  { label: "JSON", ext: "json", type: "application/json", make: toJson },
] as const;

/** Copy link, export of the visible rows and columns, and print. */
export function ViewActions({
  data,
  rows,
  columns,
  enabled,
  query,
}: {
  data: CompareData;
  rows: CompareRow[];
  columns: { id: string; name: string }[];
  enabled: boolean;
  /** The query string of the current state; the address bar may lag behind while typing. */
  query: string;
}) {
  const categoryName = (id: string) => data.categories.find((c) => c.id === id)?.name ?? id;
  const button =
    "rounded-md border border-border px-2.5 py-1 text-sm font-semibold disabled:opacity-60";

  return (
    <div className="flex flex-wrap items-center gap-2 print:hidden">
      <CopyLinkButton query={query} className={button} disabled={!enabled} />
      <span className="text-sm text-muted" aria-hidden="true">
        Export:
      </span>
      {FORMATS.map((f) => (
        <button
          key={f.ext}
          type="button"
          className={button}
          disabled={!enabled || rows.length === 0}
          aria-label={`Export the ${rows.length} visible attribute${rows.length === 1 ? "" : "s"} as ${f.label}`}
          onClick={() =>
            download(
              f.make({ rows, options: columns, categoryName }),
              `comparison.${f.ext}`,
              f.type,
            )
          }
        >
          {f.label}
        </button>
      ))}
      <button type="button" className={button} disabled={!enabled} onClick={() => window.print()}>
        Print
      </button>
    </div>
  );
}

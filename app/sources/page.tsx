import type { Metadata } from "next";
import { loadMatrix } from "@/lib/content/load-matrix";

export const metadata: Metadata = {
  title: "Sources",
  description:
    "Where every fact in the comparison comes from, and which values are inferred rather than stated.",
};

export default async function SourcesPage() {
  const { sources, attributes } = await loadMatrix();
  const cellsCiting = (id: string) =>
    attributes.reduce(
      (n, a) => n + Object.values(a.cells).filter((c) => c.source === id).length,
      0,
    );
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Sources</h1>
      <p>
        Every value in the comparison names one of these sources. The wording on this site is our
        own; values marked &ldquo;inferred&rdquo; are derived from a source rather than stated in
        it, and their notes say how.
      </p>
      <ol className="space-y-5">
        {sources.map((s) => (
          <li
            key={s.id}
            id={s.id}
            className="scroll-mt-24 rounded-lg border border-border p-4 target:bg-accent-soft"
          >
            <h2 className="text-lg font-semibold">
              {s.url ? <a href={s.url}>{s.title}</a> : s.title}
            </h2>
            <p className="text-sm text-muted">
              {s.publisher}, {s.kind}. Cited as &ldquo;{s.label}&rdquo; by {cellsCiting(s.id)}{" "}
              cells.
            </p>
            <p className="mt-2 text-sm">Where: {s.locator}</p>
            {s.note ? <p className="mt-2 text-sm">{s.note}</p> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

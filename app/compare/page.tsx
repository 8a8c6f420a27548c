import type { Metadata } from "next";
import { CompareApp } from "@/components/comparison/compare-app";
import type { CompareData } from "@/components/comparison/types";
import { VerdictLegend } from "@/components/comparison/verdict-legend";
import { RichText } from "@/components/content/rich-text";
import { ScopeNote } from "@/components/content/scope-note";
import { loadMatrix } from "@/lib/content/load-matrix";
import { proseContext } from "@/lib/markdown/to-hast";
import { toCompareRows } from "@/lib/compare/to-rows";

export const metadata: Metadata = {
  title: "Compare",
  description:
    "Every attribute of bare metal and virtual machines side by side: search, filter, sort and share the exact view.",
};

export default async function ComparePage() {
  const matrix = await loadMatrix();
  const prose = proseContext(matrix);
  const data: CompareData = {
    rows: toCompareRows(matrix),
    options: matrix.options.map((o) => ({ id: o.id, name: o.name })),
    categories: matrix.categories.map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
    })),
    sources: Object.fromEntries(
      matrix.sources.map((s) => [
        s.id,
        { id: s.id, title: s.title, publisher: s.publisher, scope: s.scope },
      ]),
    ),
    notes: Object.fromEntries(
      matrix.attributes.map((a) => [
        a.id,
        Object.fromEntries(
          Object.entries(a.cells).flatMap(([optionId, cell]) =>
            cell.note
              ? [[optionId, <RichText key={optionId} markdown={cell.note} prose={prose} />]]
              : [],
          ),
        ),
      ]),
    ),
  };
  const names = matrix.options.map((o) => o.name).join(" vs ");
  const oldest = matrix.attributes
    .flatMap((a) => Object.values(a.cells).map((c) => c.reviewed))
    .sort()[0];
  return (
    <div className="space-y-6">
      <header className="grid gap-x-10 gap-y-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-2">
          <h1 className="text-3xl font-bold tracking-tight">Compare {names}</h1>
          <p className="text-muted">
            Each cell gives a short value, a verdict relative to the other options and how the fact
            is known; a row&rsquo;s &ldquo;Details&rdquo; opens the notes, sources and review dates.
            The better cell of a row is the coloured one. Every filter lives in the address, so a
            copied link opens exactly this view.
          </p>
          <ScopeNote sources={matrix.sources} />
          <p className="text-sm text-muted">
            Prices, availability and service levels are not compared: they differ by provider and
            change often, so ask yours for them. Oldest review of a fact here:{" "}
            <time dateTime={oldest}>{oldest}</time>.
          </p>
        </div>
        <VerdictLegend />
      </header>
      <noscript>
        <p className="rounded-lg border border-border bg-surface p-3">
          Without JavaScript this page shows every attribute, and each row&rsquo;s details open;
          search, filters, sorting and the view a shared link holds need JavaScript.
        </p>
      </noscript>
      <CompareApp data={data} />
    </div>
  );
}

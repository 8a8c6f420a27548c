import type { Metadata } from "next";
import { ComparisonTable } from "@/components/comparison/comparison-table";
import { VerdictLegend } from "@/components/comparison/verdict-legend";
import { loadMatrix } from "@/lib/content/load-matrix";

export const metadata: Metadata = {
  title: "Compare",
  description:
    "Every attribute of bare metal and virtual machines side by side, grouped by category, with sources.",
};

export default async function ComparePage() {
  const matrix = await loadMatrix();
  const names = matrix.options.map((o) => o.name).join(" vs ");
  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Compare {names}</h1>
        <p className="text-muted">
          {matrix.attributes.length} attributes in {matrix.categories.length} categories. Each cell
          gives a short value and a verdict relative to the other options; open
          &ldquo;Details&rdquo; for the note, the source and when it was last reviewed.
        </p>
        <VerdictLegend />
      </header>
      <ComparisonTable
        matrix={matrix}
        caption={`${names}: ${matrix.attributes.length} attributes grouped by category`}
      />
    </div>
  );
}

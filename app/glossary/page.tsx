import type { Metadata } from "next";
import { RichText } from "@/components/content/rich-text";
import { loadMatrix } from "@/lib/content/load-matrix";
import { proseContext } from "@/lib/markdown/to-hast";

export const metadata: Metadata = {
  title: "Glossary",
  description:
    "Short definitions of the terms used in the comparison: hypervisor, SMT, NUMA, NVMe, RAID and more.",
};

export default async function GlossaryPage() {
  const matrix = await loadMatrix();
  const prose = proseContext(matrix);
  const { glossary } = matrix;
  const sorted = [...glossary].sort((a, b) => a.term.localeCompare(b.term));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Glossary</h1>
      <dl className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {sorted.map((entry) => (
          <div
            key={entry.id}
            id={entry.id}
            className="scroll-mt-20 rounded-lg border border-border bg-surface p-4 target:border-accent target:bg-accent-soft"
          >
            <dt className="text-lg font-semibold">
              <dfn>{entry.term}</dfn>
            </dt>
            <dd className="mt-1">
              {entry.definition.map((p) => (
                <RichText key={p} markdown={p} prose={prose} />
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

import Link from "next/link";
import { RichText } from "@/components/content/rich-text";
import { OptionCard } from "@/components/options/option-card";
import { ScopeNote } from "@/components/content/scope-note";
import { flowSteps } from "@/lib/advisor/steps";
import { loadMatrix } from "@/lib/content/load-matrix";
import { proseContext } from "@/lib/markdown/to-hast";

export default async function HomePage() {
  const matrix = await loadMatrix();
  const prose = proseContext(matrix);
  return (
    <div className="space-y-10">
      <section aria-labelledby="intro" className="max-w-3xl space-y-4">
        <h1 id="intro" className="text-3xl font-bold tracking-tight">
          Bare metal or virtual machines for your GPU workloads?
        </h1>
        {matrix.overview.map((p) => (
          <RichText key={p} markdown={p} prose={prose} className="text-lg" />
        ))}
        <ScopeNote sources={matrix.sources} />
        <p className="flex flex-wrap gap-3">
          <Link
            href="/advisor"
            className="inline-block rounded-md bg-accent px-4 py-2 font-semibold text-bg no-underline"
          >
            Get a recommendation ({flowSteps(matrix).length} steps)
          </Link>
          <Link
            href="/compare"
            className="inline-block rounded-md border border-accent px-4 py-2 font-semibold text-accent no-underline"
          >
            Compare all {matrix.attributes.length} attributes
          </Link>
        </p>
        <p className="text-sm text-muted">
          Several workloads? <Link href="/plan">Plan them side by side</Link> and keep the decision
          record.
        </p>
      </section>
      <section aria-labelledby="options-heading" className="space-y-4">
        <h2 id="options-heading" className="text-2xl font-semibold">
          The options
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          {matrix.options.map((o) => (
            <OptionCard key={o.id} option={o} prose={prose} />
          ))}
        </div>
      </section>
    </div>
  );
}

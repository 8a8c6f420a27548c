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
    <div className="space-y-12">
      <section aria-labelledby="intro" className="space-y-5">
        <h1 id="intro" className="max-w-4xl text-3xl font-bold tracking-tight sm:text-4xl">
          Bare metal or virtual machines for your GPU workloads?
        </h1>
        <p className="max-w-3xl text-lg text-muted">
          Every fact side by side with its source and how well it is known, an advisor that starts
          from your workload and explains its answer, and a plan for a team with several workloads.
        </p>
        <p className="flex flex-wrap gap-3">
          <a
            href="/advisor"
            className="inline-block rounded-md bg-accent px-4 py-2.5 font-semibold text-bg no-underline hover:opacity-90"
          >
            Get a recommendation ({flowSteps(matrix).length} steps)
          </a>
          <a
            href="/compare"
            className="inline-block rounded-md border border-accent px-4 py-2.5 font-semibold text-accent no-underline hover:bg-accent-soft"
          >
            Compare all {matrix.attributes.length} attributes
          </a>
          <a
            href="/plan"
            className="inline-block rounded-md border border-border px-4 py-2.5 font-semibold text-fg no-underline hover:bg-accent-soft"
          >
            Plan several workloads
          </a>
        </p>
      </section>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="differences" className="space-y-4">
          <h2 id="differences" className="text-2xl font-semibold">
            What differs
          </h2>
          {matrix.overview.map((p) => (
            <RichText key={p} markdown={p} prose={prose} />
          ))}
          <ScopeNote sources={matrix.sources} />
        </section>
        <section aria-labelledby="options-heading" className="space-y-4">
          <h2 id="options-heading" className="text-2xl font-semibold">
            The options
          </h2>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1">
            {matrix.options.map((o) => (
              <OptionCard key={o.id} option={o} prose={prose} />
            ))}
          </div>
        </section>
      </div>
    </div>
  );
}

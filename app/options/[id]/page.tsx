import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RichText } from "@/components/content/rich-text";
import { OptionMatrixRow } from "@/components/options/option-matrix-row";
import { ScopeNote } from "@/components/content/scope-note";
import { flowSteps } from "@/lib/advisor/steps";
import { loadMatrix } from "@/lib/content/load-matrix";
import { proseContext } from "@/lib/markdown/to-hast";

export const dynamicParams = false;

export async function generateStaticParams() {
  const { options } = await loadMatrix();
  return options.map((o) => ({ id: o.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const option = (await loadMatrix()).options.find((o) => o.id === id);
  return option ? { title: option.name, description: option.summary } : {};
}

const LISTS = [
  { key: "strengths", title: "Strengths" },
  { key: "limitations", title: "Limitations" },
  { key: "responsibilities", title: "What you take on" },
] as const;

export default async function OptionPage({ params }: Props) {
  const { id } = await params;
  const matrix = await loadMatrix();
  const option = matrix.options.find((o) => o.id === id);
  if (!option) notFound();
  const prose = proseContext(matrix);
  return (
    <article className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm text-muted">
          <ol className="flex flex-wrap gap-1.5">
            <li>
              <a href="/">Home</a> /
            </li>
            <li>
              <a href="/#options-heading">Options</a> /
            </li>
            <li aria-current="page">{option.name}</li>
          </ol>
        </nav>
        <h1 className="text-3xl font-bold tracking-tight">{option.name}</h1>
        <p className="text-lg">{option.summary}</p>
        {option.description.map((p) => (
          <RichText key={p} markdown={p} prose={prose} />
        ))}
        <ScopeNote sources={matrix.sources} />
      </header>
      <div className="grid gap-6 md:grid-cols-3">
        {LISTS.map(({ key, title }) => (
          <section
            key={key}
            aria-labelledby={`list-${key}`}
            className="rounded-lg border border-border bg-raised p-5"
          >
            <h2 id={`list-${key}`} className="text-xl font-semibold">
              {title}
            </h2>
            <ul className="mt-3 list-disc space-y-2 pl-5">
              {option[key].map((item) => (
                <li key={item}>
                  <RichText markdown={item} prose={prose} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <aside
        aria-labelledby="advisor-cta"
        className="rounded-lg border border-border bg-surface p-4"
      >
        <h2 id="advisor-cta" className="text-lg font-semibold">
          Is {option.name.toLowerCase()} right for your workload?
        </h2>
        <p>
          <a href="/advisor">Describe your workload in {flowSteps(matrix).length} steps</a> for a
          recommendation that explains itself.
        </p>
      </aside>
      <section aria-labelledby="matrix-row" className="space-y-3">
        <h2 id="matrix-row" className="text-2xl font-semibold">
          {option.name} in the comparison
        </h2>
        <p className="text-muted">
          Its value and verdict on every attribute.{" "}
          <a href="/compare">See all options side by side</a>.
        </p>
        <OptionMatrixRow matrix={matrix} option={option} prose={prose} />
      </section>
    </article>
  );
}

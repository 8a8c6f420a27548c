import type { Metadata } from "next";
import { loadMatrix } from "@/lib/content/load-matrix";
import type { Source } from "@/lib/model/schema";

export const metadata: Metadata = {
  title: "Sources",
  description:
    "Where every fact in the comparison comes from: each source's publisher, kind, scope, address and the date it was read.",
};

const KIND_WORDS: Record<Source["kind"], string> = {
  "provider-faq": "provider FAQ",
  "provider-docs": "provider documentation",
  "vendor-docs": "vendor documentation",
  research: "research",
  news: "news report of research",
};

export default async function SourcesPage() {
  const { sources, attributes } = await loadMatrix();
  const cellsCiting = (id: string) =>
    attributes.reduce(
      (n, a) => n + Object.values(a.cells).filter((c) => c.source === id).length,
      0,
    );
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Sources</h1>
      <div className="max-w-3xl space-y-3">
        <p>
          Every value in the comparison names one of these sources. The wording on this site is our
          own. A value is <strong>stated</strong> where its source says it for that option,{" "}
          <strong>derived</strong> where it follows from a stated fact (its note says how), and{" "}
          <strong>not stated</strong> where the source is silent; those favour no option.
        </p>
        <p>
          <strong>Provider</strong> sources are one provider&rsquo;s description of its own service:
          other providers differ, so check yours. <strong>General</strong> sources describe how the
          technology works, whoever runs it.
        </p>
        <p>
          In the text, a number in brackets, such as [1], refers to the source with that number.
        </p>
      </div>
      <ol className="grid gap-4 lg:grid-cols-2">
        {sources.map((s, i) => (
          <li
            key={s.id}
            id={s.id}
            className="scroll-mt-20 rounded-lg border border-border bg-surface p-4 target:border-accent target:bg-accent-soft"
          >
            <h2 className="text-lg font-semibold">
              <span className="mr-2 text-muted">[{i + 1}]</span>
              <a href={s.url}>{s.title}</a>
            </h2>
            <p className="text-sm text-muted">
              {s.publisher}, {KIND_WORDS[s.kind]};{" "}
              {s.scope === "provider"
                ? "a provider's description of its own service"
                : "general: how the technology works"}
              . Read on <time dateTime={s.read}>{s.read}</time>. Cited as &ldquo;{s.label}&rdquo; by{" "}
              {cellsCiting(s.id)} cells.
            </p>
            <p className="mt-2 break-all text-sm text-muted">{s.url}</p>
            {s.locator ? <p className="mt-2 text-sm">Where: {s.locator}</p> : null}
            {s.note ? <p className="mt-2 text-sm">{s.note}</p> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

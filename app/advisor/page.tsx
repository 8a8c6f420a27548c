import type { Metadata } from "next";
import { AdvisorApp } from "@/components/advisor/advisor-app";
import { PendingScript } from "@/components/advisor/pending-script";
import type { AdvisorData } from "@/components/advisor/types";
import { RichText } from "@/components/content/rich-text";
import { loadMatrix } from "@/lib/content/load-matrix";
import { proseContext } from "@/lib/markdown/to-hast";

export const metadata: Metadata = {
  title: "Advisor",
  description:
    "Describe your GPU workload and what it needs, and get a recommendation for bare metal or virtual machines with its confidence, reasons and trade-offs.",
};

export default async function AdvisorPage() {
  const matrix = await loadMatrix();
  const prose = proseContext(matrix);
  const data: AdvisorData = {
    matrix: {
      options: matrix.options,
      categories: matrix.categories,
      factors: matrix.factors,
      // Scoring needs verdicts, evidence and values, not the notes: keep the page's payload small.
      attributes: matrix.attributes.map((a) => ({
        ...a,
        cells: Object.fromEntries(
          Object.entries(a.cells).map(([id, cell]) => [id, { ...cell, note: undefined }]),
        ),
      })),
      questions: matrix.questions,
    },
    sources: Object.fromEntries(
      matrix.sources.map((s) => [
        s.id,
        { id: s.id, label: s.label, publisher: s.publisher, scope: s.scope, kind: s.kind },
      ]),
    ),
    help: Object.fromEntries(
      matrix.questions.map((q) => [
        q.id,
        q.help.length > 0 ? (
          <RichText
            key={q.id}
            markdown={q.help.join("\n\n")}
            prose={prose}
            className="text-muted"
          />
        ) : null,
      ]),
    ),
    notes: Object.fromEntries(
      matrix.questions.map((q) => [
        q.id,
        Object.fromEntries(
          q.answers.flatMap((a) =>
            a.note ? [[a.id, <RichText key={a.id} markdown={a.note} prose={prose} />]] : [],
          ),
        ),
      ]),
    ),
  };
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PendingScript />
      <header className="space-y-2 print:hidden">
        <h1 className="text-3xl font-bold tracking-tight">
          Which deployment type fits your workload?
        </h1>
      </header>
      <AdvisorApp data={data} />
    </div>
  );
}

import { RichText } from "@/components/content/rich-text";
import type { ProseContext } from "@/lib/markdown/to-hast";
import type { FeatureMatrix } from "@/lib/model/schema";
import type { AdvisorData } from "./types";

/**
 * What a page hands the advisor (or a plan): the model scoring needs, the sources it cites,
 * and the questions' prose rendered here on the server.
 */
export function advisorData(matrix: FeatureMatrix, prose: ProseContext): AdvisorData {
  return {
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
        {
          id: s.id,
          label: s.label,
          publisher: s.publisher,
          scope: s.scope,
          kind: s.kind,
          url: s.url,
        },
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
}

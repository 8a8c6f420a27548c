"use client";

import { answerTo } from "@/lib/advisor/answers";
import type { AdvisorModel, Choice } from "@/lib/advisor/rank";
import { recommend } from "@/lib/advisor/recommend";
import { decisionRecord } from "@/lib/decision-record/madr";
import { download } from "@/components/ui/download";
import type { AdvisorData } from "./types";

/** A workload to record: its name and what its team chose. */
export interface RecordWorkload extends Choice {
  name: string;
}

/** The decision record for one result or a whole plan, as Markdown (MADR 4.0). */
export function recordOf(
  data: AdvisorData,
  model: AdvisorModel,
  workloads: readonly RecordWorkload[],
  link: string,
): string {
  return decisionRecord({
    model,
    matrix: { ...data.matrix, sources: Object.values(data.sources) },
    workloads: workloads.map((w) => ({
      name: w.name,
      answers: data.matrix.questions.flatMap((q) => {
        const a = answerTo(q, w.answers);
        return a ? [{ question: q.question, answer: a.label }] : [];
      }),
      result: recommend(model, w),
    })),
    date: new Date().toISOString().slice(0, 10),
    link,
  });
}

/** Downloads the decision record; `query` is the canonical query of what it records. */
export function DecisionRecordButton({
  data,
  model,
  workloads,
  query,
  className,
  disabled,
}: {
  data: AdvisorData;
  model: AdvisorModel;
  workloads: readonly RecordWorkload[];
  query: string;
  className: string;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      className={className}
      disabled={disabled}
      onClick={() => {
        const { origin, pathname } = window.location;
        download(
          recordOf(data, model, workloads, `${origin}${pathname}${query}`),
          "decision-record.md",
          "text/markdown",
        );
      }}
    >
      Download decision record
    </button>
  );
}

import type { Given } from "@/lib/advisor/answers";
import type { AdvisorActions, AdvisorData } from "./types";

/**
 * The questions that apply with the answer given to each and a Change button per answer;
 * with `notes`, what each answer means for the comparison.
 */
export function AnswerList({
  given,
  actions,
  notes,
}: {
  given: readonly Given[];
  actions?: AdvisorActions;
  notes?: AdvisorData["notes"];
}) {
  return (
    <dl className="divide-y divide-border rounded-lg border border-border bg-surface">
      {given.map(({ question, answer }, i) => (
        <div key={question.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 p-3">
          <dt className="min-w-0 flex-1 basis-60">
            <span className="text-muted">{i + 1}. </span>
            {question.question}
          </dt>
          <dd className="flex flex-wrap items-baseline gap-3">
            <span className={answer ? "font-semibold" : "text-muted"}>
              {answer ? answer.label : "Not answered"}
            </span>
            <button
              type="button"
              className="text-sm font-semibold text-accent underline disabled:opacity-60"
              disabled={!actions}
              onClick={() => actions?.go(question.id)}
            >
              Change<span className="sr-only"> the answer to “{question.topic}”</span>
            </button>
          </dd>
          {answer && notes?.[question.id]?.[answer.id] && (
            <dd className="basis-full text-sm text-muted">{notes[question.id]![answer.id]}</dd>
          )}
        </div>
      ))}
    </dl>
  );
}

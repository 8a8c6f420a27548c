import type { Question } from "@/lib/model/schema";
import { REVIEW, type Step } from "@/lib/url-state/advisor-params";
import type { AdvisorActions } from "./types";

/**
 * "Question 3 of 12" in words and as a bar, and the list of steps with the current one marked
 * `aria-current="step"`. Steps already reached can be revisited.
 */
export function Progress({
  relevant,
  answered,
  step,
  index,
  actions,
}: {
  relevant: readonly Question[];
  answered: ReadonlySet<string>;
  step: Step;
  /** 1-based position; relevant.length + 1 is the review. */
  index: number;
  actions?: AdvisorActions;
}) {
  const total = relevant.length;
  const onReview = index > total;
  return (
    <div className="space-y-2">
      <p className="text-sm font-semibold text-muted" id="advisor-progress-label">
        {onReview ? `Review: all ${total} questions` : `Question ${index} of ${total}`}
      </p>
      <progress
        className="advisor-progress h-2 w-full"
        max={total + 1}
        value={index}
        aria-labelledby="advisor-progress-label"
      />
      <nav aria-label="Questions">
        <ol className="flex flex-wrap gap-1.5">
          {[
            ...relevant.map((q) => ({ id: q.id, label: q.topic })),
            { id: REVIEW, label: "Review" },
          ].map((s, i) => {
            const current = s.id === step || (onReview && s.id === REVIEW);
            const reachable = s.id === REVIEW ? answered.size > 0 : i < index || answered.has(s.id);
            const state = current ? "current" : answered.has(s.id) ? "answered" : "not answered";
            return (
              <li key={s.id}>
                <button
                  type="button"
                  aria-current={current ? "step" : undefined}
                  disabled={!actions || current || !reachable}
                  onClick={() => actions?.go(s.id)}
                  className={`flex h-8 min-w-8 items-center justify-center rounded-full border px-2 text-xs font-semibold ${
                    current
                      ? "border-accent bg-accent text-bg"
                      : answered.has(s.id)
                        ? "border-accent text-accent"
                        : "border-border text-muted"
                  } disabled:cursor-default`}
                >
                  <span aria-hidden="true">{s.id === REVIEW ? "✓" : i + 1}</span>
                  <span className="sr-only">
                    {s.id === REVIEW ? s.label : `Question ${i + 1}: ${s.label}`} ({state})
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
    </div>
  );
}

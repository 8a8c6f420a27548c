import type { FlowStep } from "@/lib/advisor/steps";
import type { AdvisorActions } from "./types";

/** The name a step goes by in the step list and the summary. */
export function stepLabel(step: FlowStep): string {
  return step.kind === "question" ? step.question.topic : `Needs: ${step.category.name}`;
}

/**
 * "Step 3 of 9" in words and as a bar, and the list of steps with the current one marked
 * `aria-current="step"`. Every step can be revisited: none depends on another. The current
 * one stays focusable (a disabled button is skipped by Tab, so keyboard users would not meet
 * it) and does nothing when pressed.
 */
export function Progress({
  steps,
  index,
  actions,
}: {
  steps: readonly FlowStep[];
  /** 1-based position of the current step. */
  index: number;
  actions?: AdvisorActions;
}) {
  const total = steps.length;
  return (
    <div className="space-y-2 print:hidden">
      <p className="text-sm font-semibold text-muted" id="advisor-progress-label">
        Step {index} of {total}
      </p>
      <progress
        className="advisor-progress h-2 w-full"
        max={total}
        value={index}
        aria-labelledby="advisor-progress-label"
      />
      <nav aria-label="Steps">
        <ol className="flex flex-wrap gap-1.5">
          {steps.map((s, i) => {
            const current = i + 1 === index;
            return (
              <li key={s.id}>
                <button
                  type="button"
                  aria-current={current ? "step" : undefined}
                  disabled={!actions}
                  onClick={current ? undefined : () => actions?.go(s.id)}
                  className={`flex h-8 min-w-8 items-center justify-center rounded-full border px-2 text-xs font-semibold ${
                    current
                      ? "cursor-default border-accent bg-accent text-bg"
                      : i + 1 < index
                        ? "border-accent text-accent"
                        : "border-border text-muted"
                  } disabled:cursor-default`}
                >
                  <span aria-hidden="true">{i + 1}</span>
                  <span className="sr-only">
                    Step {i + 1}: {stepLabel(s)}
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

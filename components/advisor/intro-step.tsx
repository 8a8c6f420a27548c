import { useRef } from "react";
import type { FlowStep } from "@/lib/advisor/steps";
import { stepLabel } from "./progress";
import type { StepProps } from "./types";
import { StepHeading } from "./step-heading";
import { BUTTON, PRIMARY } from "./styles";

/** The start page: what the advisor does, its steps, and Start (or Continue). */
export function IntroStep({
  state,
  actions,
  headingRef,
  steps,
}: StepProps & { steps: readonly FlowStep[] }) {
  const started = Object.keys(state.answers).length > 0 || Object.keys(state.overrides).length > 0;
  const questions = steps.filter((s) => s.kind === "question").length;
  const start = useRef<HTMLButtonElement>(null);
  return (
    <div className="space-y-5">
      <StepHeading headingRef={headingRef}>Describe your workload, then what it needs</StepHeading>
      <p>
        {steps.length} steps: {questions} about the workload, then {steps.length - questions} on its
        needs, each preset from your answers for you to confirm or change. You get a recommendation
        with its confidence, its reasons, what you give up, what would change it, and what to verify
        with your provider. Every question has a &ldquo;Not sure&rdquo; answer that presets nothing.
      </p>
      <ol className="list-decimal space-y-1 rounded-lg border border-border bg-surface p-3 pl-8">
        {steps.map((s) => (
          <li key={s.id}>{s.kind === "question" ? s.question.question : stepLabel(s)}</li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={PRIMARY}
          disabled={!actions}
          ref={start}
          onClick={() => actions?.go(steps[0]?.id ?? null)}
        >
          {started ? "Continue" : "Start"}
        </button>
        {started && (
          <button
            type="button"
            className={BUTTON}
            onClick={() => {
              actions?.reset();
              // This button goes with the answers; the start button stays.
              start.current?.focus();
            }}
          >
            Start over
          </button>
        )}
      </div>
      <noscript>
        <p className="rounded-lg border border-border bg-surface p-3">
          The advisor needs JavaScript to work out a recommendation, and a shared result link needs
          it too. Without it, the <a href="/compare">comparison</a> shows every fact the advisor
          uses.
        </p>
      </noscript>
    </div>
  );
}

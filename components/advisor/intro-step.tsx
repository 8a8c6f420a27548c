import Link from "next/link";
import type { Question } from "@/lib/model/schema";
import type { StepProps } from "./types";
import { StepHeading } from "./step-heading";
import { BUTTON, PRIMARY } from "./styles";

/** The start page: what the advisor does, what it will ask, and Start (or Continue). */
export function IntroStep({
  state,
  actions,
  headingRef,
  questions,
  first,
}: StepProps & { questions: readonly Question[]; first: string }) {
  const started = Object.keys(state.answers).length > 0;
  return (
    <div className="space-y-5">
      <StepHeading headingRef={headingRef}>Answer a few questions about your workload</StepHeading>
      <p>
        Each answer says which differences matter to you, or rules out an option that cannot do what
        you need. You get a recommendation with its reasons, the trade-offs you accept, and the
        answers that would change it. Every question has a &ldquo;Not sure&rdquo; answer that
        changes nothing.
      </p>
      <details className="rounded-lg border border-border bg-surface p-3">
        <summary className="cursor-pointer font-semibold">
          The {questions.length} topics we ask about
        </summary>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {questions.map((q) => (
            <li key={q.id}>{q.question}</li>
          ))}
        </ol>
      </details>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={PRIMARY}
          disabled={!actions}
          onClick={() => actions?.go(first)}
        >
          {started ? "Continue" : "Start"}
        </button>
        {started && (
          <button type="button" className={BUTTON} onClick={() => actions?.reset()}>
            Start over
          </button>
        )}
      </div>
      <noscript>
        <p>
          The advisor needs JavaScript to work out a recommendation. Without it, the{" "}
          <Link href="/compare">comparison</Link> shows every fact it uses.
        </p>
      </noscript>
    </div>
  );
}

import { answerTo } from "@/lib/advisor/answers";
import type { Place } from "@/lib/advisor/steps";
import { NOT_SURE } from "@/lib/model/constants";
import type { Question } from "@/lib/model/schema";
import type { StepProps } from "./types";
import { BackButton, StepHeading } from "./step-heading";
import { BUTTON, PRIMARY } from "./styles";

/** One question about the workload: radio buttons, with Back, Next and a "Not sure" skip. */
export function QuestionStep({
  data,
  state,
  actions,
  headingRef,
  question,
  place,
}: StepProps & { question: Question; place: Place }) {
  const chosen = answerTo(question, state.answers)?.id;
  return (
    <form
      className="space-y-5"
      onSubmit={(e) => {
        e.preventDefault();
        actions?.go(place.next);
      }}
    >
      <fieldset className="space-y-4" disabled={!actions}>
        <legend className="space-y-2">
          <StepHeading headingRef={headingRef}>{question.question}</StepHeading>
        </legend>
        {data.help[question.id]}
        <div className="space-y-2">
          {question.answers.map((a) => (
            <label
              key={a.id}
              className="flex cursor-pointer items-start gap-3 rounded-lg border border-border bg-surface p-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
            >
              <input
                type="radio"
                name={question.id}
                value={a.id}
                checked={chosen === a.id}
                onChange={() => actions?.answer(question.id, a.id)}
                className="mt-1 size-4 accent-[var(--accent)]"
              />
              <span>{a.label}</span>
            </label>
          ))}
        </div>
        {/* Always present, so screen readers announce a note when an answer brings one. */}
        <div aria-live="polite">
          {chosen !== undefined && data.notes[question.id]?.[chosen] && (
            <div className="rounded-lg border-l-4 border-accent bg-surface p-3 text-sm">
              {data.notes[question.id]![chosen]}
            </div>
          )}
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <BackButton actions={actions} to={place.previous} />
        <button type="submit" className={PRIMARY} disabled={!actions || chosen === undefined}>
          Next
        </button>
        {chosen === undefined && (
          <button
            type="button"
            className={BUTTON}
            disabled={!actions}
            onClick={() => actions?.go(place.next, { [question.id]: NOT_SURE })}
          >
            Not sure, skip
          </button>
        )}
      </div>
    </form>
  );
}

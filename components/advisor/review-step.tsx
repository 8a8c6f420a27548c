import { givenAnswers } from "@/lib/advisor/answers";
import { RESULT } from "@/lib/url-state/advisor-params";
import type { Place } from "@/lib/advisor/steps";
import type { StepProps } from "./types";
import { BackButton, StepHeading } from "./step-heading";
import { AnswerList } from "./answer-list";
import { PRIMARY } from "./styles";

/** Every answer that applies, each with a way to change it, before the result. */
export function ReviewStep({
  data,
  state,
  actions,
  headingRef,
  place,
}: StepProps & { place: Place }) {
  return (
    <div className="space-y-5">
      <StepHeading headingRef={headingRef}>Review your answers</StepHeading>
      <p className="text-muted">
        Unanswered questions count as &ldquo;Not sure&rdquo;. Change any answer, then see the
        recommendation.
      </p>
      <AnswerList given={givenAnswers(data.matrix.questions, state.answers)} actions={actions} />
      <div className="flex flex-wrap gap-2">
        <BackButton actions={actions} to={place.previous} />
        <button
          type="button"
          className={PRIMARY}
          disabled={!actions}
          onClick={() => actions?.go(RESULT)}
        >
          See the recommendation
        </button>
      </div>
    </div>
  );
}

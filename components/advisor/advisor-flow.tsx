import { useEffect, useRef } from "react";
import { placeOf } from "@/lib/advisor/steps";
import { RESULT, type AdvisorUrl, type AdvisorState } from "@/lib/url-state/advisor-params";
import { IntroStep } from "./intro-step";
import { Progress } from "./progress";
import { QuestionStep } from "./question-step";
import { ResultView } from "./result-view";
import { ReviewStep } from "./review-step";
import type { AdvisorActions, AdvisorData } from "./types";

/**
 * The step the URL names. When the step changes (Next, Back, the browser's history), focus
 * moves to the new step's heading so keyboard and screen-reader users land on it.
 */
export function AdvisorFlow({
  data,
  url,
  state,
  actions,
}: {
  data: AdvisorData;
  url: AdvisorUrl;
  state: AdvisorState;
  actions?: AdvisorActions;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(state.step);
  useEffect(() => {
    if (shownStep.current === state.step) return;
    shownStep.current = state.step;
    headingRef.current?.focus();
  }, [state.step]);

  const { questions } = data.matrix;
  const place = placeOf(questions, state.answers, state.step);
  const props = { data, state, actions, headingRef };
  if (state.step === null)
    return <IntroStep {...props} questions={place.relevant} first={place.next ?? RESULT} />;
  if (state.step === RESULT) return <ResultView {...props} url={url} />;

  const { relevant } = place;
  return (
    <div className="space-y-6">
      <Progress
        relevant={relevant}
        answered={
          new Set(relevant.filter((q) => Object.hasOwn(state.answers, q.id)).map((q) => q.id))
        }
        step={place.question?.id ?? state.step}
        index={place.index}
        actions={actions}
      />
      {place.question ? (
        <QuestionStep {...props} question={place.question} place={place} />
      ) : (
        <ReviewStep {...props} place={place} />
      )}
    </div>
  );
}

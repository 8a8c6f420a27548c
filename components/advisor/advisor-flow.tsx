import { useEffect, useMemo, useRef } from "react";
import { prioritiesOf, type Priority } from "@/lib/advisor/priorities";
import { RESULT, placeOf, type FlowStep } from "@/lib/advisor/steps";
import type { AdvisorState, AdvisorUrl } from "@/lib/url-state/advisor-params";
import { namesOf } from "./names";
import { IntroStep } from "./intro-step";
import { NeedsStep } from "./needs-step";
import { Progress } from "./progress";
import { QuestionStep } from "./question-step";
import { ResultView } from "./result-view";
import type { AdvisorActions, AdvisorData } from "./types";

/**
 * The step the URL names. When the step changes (Next, Back, the browser's history), focus
 * moves to the new step's heading so keyboard and screen-reader users land on it.
 */
export function AdvisorFlow({
  data,
  url,
  steps,
  state,
  actions,
  focusFirst = false,
}: {
  data: AdvisorData;
  url: AdvisorUrl;
  steps: readonly FlowStep[];
  state: AdvisorState;
  actions?: AdvisorActions;
  /** Focus the first step's heading too: the flow was opened by the visitor, not by a page load. */
  focusFirst?: boolean;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(focusFirst ? undefined : state.step);
  useEffect(() => {
    if (shownStep.current === state.step) return;
    shownStep.current = state.step;
    headingRef.current?.focus();
  }, [state.step]);

  const props = { data, state, actions, headingRef };
  const place = placeOf(steps, state.step);
  const priorities = useMemo(
    () =>
      new Map(
        prioritiesOf(
          data.matrix.factors,
          data.matrix.questions,
          state.answers,
          state.overrides,
        ).map((p) => [p.factorId, p]),
      ),
    [data.matrix, state.answers, state.overrides],
  );
  const names = namesOf(data);
  const presetFrom = (p: Priority) =>
    p.from.map((q) => names.answer(q, state.answers[q] ?? "")).join("; ");

  if (state.step === RESULT) return <ResultView {...props} url={url} />;
  if (!place.step) return <IntroStep {...props} steps={steps} />;
  return (
    <div className="max-w-3xl space-y-6">
      <Progress steps={steps} index={place.index} actions={actions} />
      {place.step.kind === "question" ? (
        <QuestionStep {...props} question={place.step.question} place={place} />
      ) : (
        <NeedsStep
          {...props}
          step={place.step}
          place={place}
          priorities={priorities}
          presetFrom={presetFrom}
        />
      )}
    </div>
  );
}

import { useMemo } from "react";
import { answerTo } from "@/lib/advisor/answers";
import type { Priority } from "@/lib/advisor/priorities";
import { advisorModel } from "@/lib/advisor/rank";
import { recommend } from "@/lib/advisor/recommend";
import { compareUrl } from "@/lib/url-state/compare-params";
import type { AdvisorUrl } from "@/lib/url-state/advisor-params";
import { ScopeNote } from "@/components/content/scope-note";
import { namesOf } from "./names";
import { ResultChanges } from "./result-changes";
import { FactorTable, ResultOptions } from "./result-options";
import { ResultPriorities } from "./result-priorities";
import { ResultSummary, headline } from "./result-summary";
import { ResultVerify } from "./result-verify";
import { ShareActions } from "./share-actions";
import { StepHeading } from "./step-heading";
import { BUTTON } from "./styles";
import type { StepProps } from "./types";

/**
 * The result: a summary panel first (recommendation, confidence, reasons, trade-offs), then
 * every option's score, what would change it, what to verify, the priorities (editable in
 * place) and the answers. Prints on two A4 pages without the controls.
 */
export function ResultView({
  data,
  state,
  actions,
  headingRef,
  url,
}: StepProps & { url: AdvisorUrl }) {
  const { matrix } = data;
  const model = useMemo(() => advisorModel(matrix), [matrix]);
  const result = recommend(model, { answers: state.answers, overrides: state.overrides });
  const names = namesOf(data);
  const priorities = new Map(result.priorities.map((p) => [p.factorId, p]));
  const presetFrom = (p: Priority) =>
    p.from.map((q) => names.answer(q, state.answers[q] ?? "")).join("; ");
  const date = new Date().toISOString().slice(0, 10);
  const decided = [...new Set([...result.reasons, ...result.tradeOffs].map((c) => c.factorId))];
  const compareLink = `/compare${compareUrl({
    options: matrix.options.map((o) => o.id),
    categories: matrix.categories.map((c) => c.id),
    attributes: matrix.attributes.map((a) => a.id),
  }).serialize({
    only: matrix.attributes.filter((a) => decided.includes(a.factor)).map((a) => a.id),
  })}`;

  return (
    <div className="advisor-result space-y-8 xl:grid xl:grid-cols-[minmax(0,1fr)_22rem] xl:items-start xl:gap-x-10 xl:space-y-0">
      <div className="min-w-0 space-y-8">
        <ResultSummary
          result={result}
          names={names}
          date={date}
          heading={
            <StepHeading
              headingRef={headingRef}
              id="result-heading"
              className="text-3xl font-bold tracking-tight"
            >
              {headline(result, names)}
            </StepHeading>
          }
        />
        <div className="space-y-1">
          <ScopeNote sources={Object.values(data.sources)} />
          <p className="text-sm text-muted">
            Prices, availability and service levels are not scored: they differ by provider and
            change often, so ask for them for the option you pick.
          </p>
        </div>
        <ShareActions
          data={data}
          model={model}
          workloads={[
            { name: "this workload", answers: state.answers, overrides: state.overrides },
          ]}
          query={url.serialize(state)}
          label="Copy link to this result"
          disabled={!actions}
        >
          <button
            type="button"
            className={BUTTON}
            disabled={!actions}
            onClick={() => actions?.go(matrix.questions[0]?.id ?? null)}
          >
            Change answers
          </button>
          <button
            type="button"
            className={BUTTON}
            disabled={!actions}
            onClick={() => actions?.reset()}
          >
            Start over
          </button>
        </ShareActions>
        <ResultOptions result={result} names={names} />
        <FactorTable result={result} cells={model.cells} names={names} options={matrix.options} />
        {decided.length > 0 ? (
          <p className="print:hidden">
            <a href={compareLink}>See the facts behind these factors in the comparison</a>
          </p>
        ) : null}
      </div>
      {/* Beside the scores on wide screens: what to do next with this result. */}
      <div className="min-w-0 space-y-8">
        <ResultChanges flips={result.flips} names={names} />
        <ResultVerify items={result.verify} names={names} data={data} />
      </div>
      <div className="min-w-0 space-y-8 xl:col-span-2 xl:mt-8">
        <ResultPriorities
          outcome={headline(result, names)}
          factors={matrix.factors}
          categories={matrix.categories}
          priorities={priorities}
          presetFrom={presetFrom}
          actions={actions}
        />
        <section aria-labelledby="answers-heading" className="space-y-2">
          <h3 id="answers-heading" className="text-xl font-semibold">
            Your answers
          </h3>
          <dl className="divide-y divide-border rounded-lg border border-border">
            {matrix.questions.map((q) => {
              const answer = answerTo(q, state.answers);
              return (
                <div key={q.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 p-3">
                  <dt className="min-w-0 flex-1 basis-48">{q.question}</dt>
                  <dd className="flex flex-wrap items-baseline gap-3">
                    <span className={answer ? "font-semibold" : "text-muted"}>
                      {answer ? answer.label : "Not answered"}
                    </span>
                    <button
                      type="button"
                      className="text-sm font-semibold text-accent underline disabled:opacity-60 print:hidden"
                      disabled={!actions}
                      onClick={() => actions?.go(q.id)}
                    >
                      Change<span className="sr-only"> the answer on {q.topic}</span>
                    </button>
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      </div>
    </div>
  );
}

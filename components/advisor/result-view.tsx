import Link from "next/link";
import { givenAnswers } from "@/lib/advisor/answers";
import { recommend, type Reason, type Recommendation } from "@/lib/advisor/recommend";
import { percent } from "@/lib/advisor/score";
import { changedAnswers, whatWouldChange, type Flip } from "@/lib/advisor/what-would-change";
import { NOT_SURE } from "@/lib/model/not-sure";
import { compareUrl } from "@/lib/url-state/compare-params";
import { REVIEW, type AdvisorUrl } from "@/lib/url-state/advisor-params";
import { CopyLinkButton } from "@/components/ui/copy-link-button";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { AnswerList } from "./answer-list";
import { ScoreTable } from "./score-table";
import { BUTTON, PRIMARY } from "./styles";
import type { AdvisorData, StepProps } from "./types";
import { StepHeading } from "./step-heading";

const STRENGTH_WORDS = {
  strong: "A strong lead",
  clear: "A clear lead",
  slight: "A slight lean, so read the trade-offs",
} as const;

/** The recommendation, why, what it costs, what would change it, and the scores. */
export function ResultView({
  data,
  state,
  actions,
  headingRef,
  url,
}: StepProps & { url: AdvisorUrl }) {
  const { matrix } = data;
  const result = recommend(matrix, state.answers);
  const flips = whatWouldChange(matrix, state.answers, result);
  const names = lookups(data);
  const [first, second] = result.ranked;
  const compareLink = (only: readonly string[]) =>
    `/compare${compareUrl({
      options: matrix.options.map((o) => o.id),
      categories: matrix.categories.map((c) => c.id),
      attributes: matrix.attributes.map((a) => a.id),
    }).serialize({ only: [...only] })}`;

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <StepHeading headingRef={headingRef} className="text-3xl font-bold tracking-tight">
          {headline(result, names.option)}
        </StepHeading>
        <p className="text-lg">{summary(result, names.option)}</p>
        {result.strength === "tie" && <DecideOn flips={flips} data={data} />}
      </div>

      {result.excluded.length > 0 && (
        <section aria-labelledby="ruled-out" className="space-y-2">
          <h3 id="ruled-out" className="text-xl font-semibold">
            Ruled out by your requirements
          </h3>
          <ul className="list-disc space-y-1 pl-6">
            {result.excluded.map((e) => (
              <li key={e.optionId}>
                <strong>{names.option(e.optionId)}</strong> cannot meet{" "}
                {e.unmet.map((r, i) => (
                  <span key={`${r.questionId}-${r.attributeId}`}>
                    {i > 0 && "; "}
                    <Link href={`/compare#${r.attributeId}`}>
                      {names.attribute(r.attributeId)}
                    </Link>{" "}
                    (&ldquo;{names.value(r.attributeId, e.optionId)}&rdquo;), which you need because
                    you answered &ldquo;{names.answer(r.questionId, r.answerId)}&rdquo;
                  </span>
                ))}
                .
              </li>
            ))}
          </ul>
        </section>
      )}

      {first && second && result.top.length === 1 && (
        <div className="grid gap-6 md:grid-cols-2">
          <Reasons
            id="why"
            title={`Why ${names.option(first.optionId)}`}
            empty="No attribute you weighed separates them; the lead comes from requirements."
            reasons={result.decisive}
            forOption={first.optionId}
            against={second.optionId}
            names={names}
          />
          <Reasons
            id="trade-offs"
            title={`Where ${names.option(second.optionId)} is stronger (what you give up)`}
            empty={`Nothing you weighed favours ${names.option(second.optionId)}.`}
            reasons={result.runnerUpStrengths}
            forOption={second.optionId}
            against={first.optionId}
            names={names}
          />
        </div>
      )}

      {result.decidedBy.length > 0 && (
        <p>
          <Link
            href={compareLink(result.decidedBy)}
            className={`${PRIMARY} inline-block no-underline`}
          >
            Compare the {result.decidedBy.length} attribute
            {result.decidedBy.length === 1 ? "" : "s"} that decided this
          </Link>
        </p>
      )}

      <section aria-labelledby="what-would-change" className="space-y-2">
        <h3 id="what-would-change" className="text-xl font-semibold">
          What would change it
        </h3>
        <WhatWouldChange flips={flips} names={names} result={result} />
      </section>

      {result.ranked.some((s) => s.max > 0) && (
        <section aria-labelledby="scores" className="space-y-2">
          <h3 id="scores" className="text-xl font-semibold">
            Scores
          </h3>
          <ScoreTable
            ranked={result.ranked}
            optionName={names.option}
            categories={matrix.categories}
          />
        </section>
      )}

      <section aria-labelledby="your-answers" className="space-y-2">
        <h3 id="your-answers" className="text-xl font-semibold">
          Your answers
        </h3>
        <AnswerList
          given={givenAnswers(matrix.questions, state.answers)}
          actions={actions}
          notes={data.notes}
        />
      </section>

      <div className="flex flex-wrap items-center gap-2 print:hidden">
        <CopyLinkButton
          query={url.serialize(state)}
          className={BUTTON}
          disabled={!actions}
          label="Copy link to this result"
        />
        <button
          type="button"
          className={BUTTON}
          disabled={!actions}
          onClick={() => actions?.go(REVIEW)}
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
      </div>
    </div>
  );
}

type Names = ReturnType<typeof lookups>;

function lookups(data: AdvisorData) {
  const { matrix } = data;
  const options = new Map(matrix.options.map((o) => [o.id, o.name]));
  const attributes = new Map(matrix.attributes.map((a) => [a.id, a]));
  const questions = new Map(matrix.questions.map((q) => [q.id, q]));
  return {
    option: (id: string) => options.get(id) ?? id,
    attribute: (id: string) => attributes.get(id)?.name ?? id,
    value: (attributeId: string, optionId: string) =>
      attributes.get(attributeId)?.cells[optionId]?.value ?? "",
    question: (id: string) => questions.get(id),
    answer: (questionId: string, answerId: string) =>
      questions.get(questionId)?.answers.find((a) => a.id === answerId)?.label ?? answerId,
  };
}

function list(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function headline(r: Recommendation, option: (id: string) => string): string {
  switch (r.strength) {
    case "none":
      return "No option meets all of your requirements";
    case "only":
      return `${option(r.top[0]!)}: the only option that meets your requirements`;
    case "tie":
      return `Either fits: ${list(r.top.map(option))}`;
    default:
      return `We recommend ${option(r.top[0]!)}`;
  }
}

function summary(r: Recommendation, option: (id: string) => string): string {
  const [first, second] = r.ranked;
  switch (r.strength) {
    case "none":
      return "Each option fails at least one of the hard requirements below. Relax one of them to get a recommendation.";
    case "only":
      return "Your hard requirements rule out every other option, so the scores below only describe how well it fits.";
    case "tie":
      return r.effective === 0
        ? "None of your answers favours one option over another yet: every answer so far is “Not sure” or has no effect."
        : `Your answers give them the same score (${percent(first!)} % of the possible points each).`;
    default:
      return `${STRENGTH_WORDS[r.strength]}: ${option(first!.optionId)} scores ${percent(first!)} % of the possible points and ${option(second!.optionId)} ${percent(second!)} %, a margin of ${r.margin.points} of ${first!.max} points (${Math.round(r.margin.share * 100)} %).`;
  }
}

function Reasons({
  id,
  title,
  empty,
  reasons,
  forOption,
  against,
  names,
}: {
  id: string;
  title: string;
  empty: string;
  reasons: readonly Reason[];
  forOption: string;
  against: string;
  names: Names;
}) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="text-xl font-semibold">
        {title}
      </h3>
      {reasons.length === 0 ? (
        <p className="text-muted">{empty}</p>
      ) : (
        <ul className="space-y-2">
          {reasons.map((r) => (
            <li key={r.attributeId} className="rounded-lg border border-border bg-surface p-3">
              <Link href={`/compare#${r.attributeId}`} className="font-semibold">
                {names.attribute(r.attributeId)}
              </Link>{" "}
              <span className="text-sm text-muted">(importance {r.weight})</span>
              <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                <VerdictBadge verdict={r.verdict} />
                <span>
                  {names.option(forOption)}: {names.value(r.attributeId, forOption)}
                </span>
              </div>
              <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                <VerdictBadge verdict={r.against} />
                <span>
                  {names.option(against)}: {names.value(r.attributeId, against)}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function outcome(top: readonly string[], option: (id: string) => string): string {
  if (top.length === 0) return "no option would meet every requirement";
  if (top.length === 1) return `the recommendation would be ${option(top[0]!)}`;
  return `it would be a tie between ${list(top.map(option))}`;
}

function WhatWouldChange({
  flips,
  names,
  result,
}: {
  flips: readonly Flip[];
  names: Names;
  result: Recommendation;
}) {
  const changed = changedAnswers(flips);
  const skipped = flips.filter((f) => f.fromAnswerId === NOT_SURE);
  return (
    <div className="space-y-3">
      {changed.length === 0 ? (
        <p>
          <strong>Robust:</strong> changing any single one of your answers would not change{" "}
          {result.top.length > 1 ? "this tie" : "this result"}.
        </p>
      ) : (
        <ul className="list-disc space-y-1 pl-6">
          {changed.map((f) => (
            <li key={`${f.questionId}-${f.toAnswerId}`}>
              If you answered &ldquo;{names.answer(f.questionId, f.toAnswerId)}&rdquo; to &ldquo;
              {names.question(f.questionId)?.question}&rdquo;, {outcome(f.top, names.option)}.
            </li>
          ))}
        </ul>
      )}
      {skipped.length > 0 && (
        <details>
          <summary className="cursor-pointer">
            {skipped.length} answer{skipped.length === 1 ? "" : "s"} to questions you skipped would
            also change it
          </summary>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {skipped.map((f) => (
              <li key={`${f.questionId}-${f.toAnswerId}`}>
                &ldquo;{names.answer(f.questionId, f.toAnswerId)}&rdquo; to &ldquo;
                {names.question(f.questionId)?.question}&rdquo;: {outcome(f.top, names.option)}.
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** For a tie: the skipped or answered questions whose answer would pick one option. */
function DecideOn({ flips, data }: { flips: readonly Flip[]; data: AdvisorData }) {
  const deciding = data.matrix.questions.filter((q) =>
    flips.some((f) => f.questionId === q.id && f.top.length === 1),
  );
  if (deciding.length === 0) return null;
  return (
    <p>
      <strong>Decide on:</strong> {list(deciding.map((q) => q.topic.toLowerCase()))}. Answering any
      of these would pick one option.
    </p>
  );
}

import type { Recommendation } from "@/lib/advisor/recommend";
import type { Contribution } from "@/lib/advisor/rank";
import { IMPORTANCE_LABEL, pct, type Names } from "./words";

const LEVEL_WORDS = { high: "High", medium: "Medium", low: "Low" } as const;

/** The headline: the recommendation, "either fits" or "none fits", in words. */
export function headline(r: Recommendation, names: Names): string {
  switch (r.status) {
    case "recommend":
      return names.option(r.winner!);
    case "only":
      return `${names.option(r.winner!)}: the only option that meets your must-haves`;
    case "either":
      return `Either fits: ${r.top.map(names.option).join(" or ")}`;
    case "none":
      return "No option meets every must-have";
  }
}

/** Why the confidence is what it is, one line per reason. */
export function confidenceLines(r: Recommendation, names: Names): string[] {
  return r.confidence.reasons.map((reason) => {
    switch (reason.kind) {
      case "tie":
        return "The options score the same on everything you weighed.";
      case "ruled-out":
        return reason.exclusions.length === 0
          ? "Nothing is ruled out."
          : `${reason.exclusions
              .map(
                (e) =>
                  `${names.option(e.optionId)} is ruled out: its source states it cannot meet "${names.need(e.factorId)}"`,
              )
              .join("; ")}.`;
      case "margin":
        return `The lead is ${pct(reason.share)} of the highest possible score (${reason.share >= 0.15 ? "wide" : reason.share >= 0.05 ? "clear" : "narrow"}).`;
      case "robust":
        return reason.minorFlips === 0
          ? "No one-step change of a priority below must-have overturns it."
          : `Moving "${names.factor(reason.fragile ?? "")}" one step would overturn it.`;
      case "stated":
        return `${pct(reason.share)} of the lead rests on facts both sources state; the rest is derived or not stated.`;
    }
  });
}

function ContributionList({
  items,
  names,
  empty,
}: {
  items: readonly Contribution[];
  names: Names;
  empty: string;
}) {
  if (items.length === 0) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm">
      {items.slice(0, 3).map((c) => (
        <li key={c.factorId}>
          <strong>{names.factor(c.factorId)}</strong> (
          {IMPORTANCE_LABEL[c.importance].toLowerCase()}
          {c.stated ? "" : "; not all stated"})
        </li>
      ))}
    </ul>
  );
}

/** The summary panel: recommendation, confidence and its reasons, top reasons, trade-offs, date. */
export function ResultSummary({
  result,
  names,
  date,
  heading,
}: {
  result: Recommendation;
  names: Names;
  /** The day the result was worked out, as shown. */
  date: string;
  heading: React.ReactNode;
}) {
  const other = result.runnerUp ? names.option(result.runnerUp) : null;
  return (
    <section
      aria-labelledby="result-heading"
      className="space-y-4 rounded-xl border-2 border-accent bg-surface p-5 print:border print:p-3"
    >
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">Recommendation</p>
      {heading}
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <p>
          <span className="font-semibold">Confidence: </span>
          <span
            data-confidence={result.confidence.level}
            className="rounded-full border border-border px-2 py-0.5 text-sm font-semibold"
          >
            {LEVEL_WORDS[result.confidence.level]}
          </span>
        </p>
        <p className="text-sm text-muted">
          Worked out on <time dateTime={date}>{date}</time>
        </p>
      </div>
      <ul className="list-disc space-y-1 pl-5 text-sm" aria-label="Why this confidence">
        {confidenceLines(result, names).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {result.winner && other ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-1">
            <h3 className="font-semibold">Top reasons over {other}</h3>
            <ContributionList
              items={result.reasons}
              names={names}
              empty="None: it wins only because the other option is ruled out."
            />
          </div>
          <div className="space-y-1">
            <h3 className="font-semibold">What you give up</h3>
            <ContributionList
              items={result.tradeOffs}
              names={names}
              empty={`Nothing you weighed: ${other} does no better on any of it.`}
            />
          </div>
        </div>
      ) : null}
    </section>
  );
}

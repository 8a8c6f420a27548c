import type { FeatureMatrix, Verdict } from "../model/schema";
import { givenAnswers, isNeutral, type Answers, type Given } from "./answers";
import {
  demandsOf,
  scoreOptions,
  VERDICT_POINTS,
  verdictOf,
  type OptionScore,
  type Requirement,
} from "./score";

export type AdvisorMatrix = Pick<
  FeatureMatrix,
  "options" | "categories" | "attributes" | "questions"
>;

/** An option ruled out, and every hard requirement it cannot meet. */
export interface Exclusion {
  optionId: string;
  unmet: Requirement[];
}

/** An attribute on which one option beats another, with the importance the answers gave it. */
export interface Reason {
  attributeId: string;
  weight: number;
  /** Verdict of the option the reason speaks for, and of the option it is compared with. */
  verdict: Verdict;
  against: Verdict;
}

/**
 * How clear the result is:
 * - `none`: no option is left (the hard requirements rule out all of them);
 * - `only`: the hard requirements leave exactly one option;
 * - `tie`: two or more options share the best score;
 * - `slight` / `clear` / `strong`: the winner's lead as a share of the maximum score,
 *   below 10 %, below 25 %, or 25 % and more.
 */
export type Strength = "none" | "only" | "tie" | "slight" | "clear" | "strong";

export interface Recommendation {
  /** Options still in the running, best first (ties keep column order). */
  ranked: OptionScore[];
  excluded: Exclusion[];
  /** Options sharing the best score: one for a clear winner, several for a tie, none if all are excluded. */
  top: string[];
  strength: Strength;
  /** Winner's lead over the runner-up, in points and as a share of the maximum score (0-1). */
  margin: { points: number; share: number };
  /** Where the winner beats the runner-up, most important first (empty for a tie). */
  decisive: Reason[];
  /** Where the runner-up beats the winner, most important first. */
  runnerUpStrengths: Reason[];
  /** Attributes that decided the result: the decisive ones and the requirements that ruled options out. */
  decidedBy: string[];
  /** How many answers had an effect. */
  effective: number;
}

const SLIGHT = 0.1;
const CLEAR = 0.25;

/** Who is ruled out and how the rest rank: all that deciding who comes first needs. */
export interface Ranking {
  given: Given[];
  weights: ReadonlyMap<string, number>;
  excluded: Exclusion[];
  /** Options still in the running, best first (ties keep column order). */
  ranked: OptionScore[];
  /** Options sharing the best score. */
  top: string[];
}

/**
 * Ranks the options for a set of answers. "What would change it" calls this for every
 * alternative answer, so it stops before the reasons, which only the shown result needs.
 */
export function rank(matrix: AdvisorMatrix, answers: Answers): Ranking {
  const given = givenAnswers(matrix.questions, answers);
  const { weights, requirements } = demandsOf(given);
  const attributes = new Map(matrix.attributes.map((a) => [a.id, a]));

  const excluded: Exclusion[] = [];
  const remaining: string[] = [];
  for (const option of matrix.options) {
    const unmet = requirements.filter((r) => {
      const attribute = attributes.get(r.attributeId);
      return attribute !== undefined && verdictOf(attribute, option.id) === "disadvantage";
    });
    if (unmet.length > 0) excluded.push({ optionId: option.id, unmet });
    else remaining.push(option.id);
  }

  const order = new Map(remaining.map((id, i) => [id, i]));
  const ranked = scoreOptions(matrix, weights, remaining).sort(
    (a, b) => b.points - a.points || order.get(a.optionId)! - order.get(b.optionId)!,
  );
  const best = ranked[0]?.points;
  const top = ranked.filter((s) => s.points === best).map((s) => s.optionId);
  return { given, weights, excluded, ranked, top };
}

/** The recommendation for a set of answers. Pure: same answers and matrix, same result. */
export function recommend(matrix: AdvisorMatrix, answers: Answers): Recommendation {
  const { given, weights, excluded, ranked, top } = rank(matrix, answers);
  const [first, second] = ranked;

  const marginPoints = first && second ? first.points - second.points : 0;
  const share = first && first.max > 0 ? marginPoints / first.max : 0;
  const strength: Strength =
    ranked.length === 0
      ? "none"
      : ranked.length === 1
        ? "only"
        : top.length > 1
          ? "tie"
          : share < SLIGHT
            ? "slight"
            : share < CLEAR
              ? "clear"
              : "strong";

  const reasonsFor = (a: string | undefined, b: string | undefined): Reason[] => {
    if (!a || !b) return [];
    const out: Reason[] = [];
    for (const attribute of matrix.attributes) {
      const weight = weights.get(attribute.id);
      if (!weight) continue;
      const verdict = verdictOf(attribute, a);
      const against = verdictOf(attribute, b);
      if (VERDICT_POINTS[verdict] > VERDICT_POINTS[against]) {
        out.push({ attributeId: attribute.id, weight, verdict, against });
      }
    }
    // Most weight x gap first; content order breaks ties, so the list is stable.
    return out
      .map((r, i) => ({
        r,
        i,
        by: r.weight * (VERDICT_POINTS[r.verdict] - VERDICT_POINTS[r.against]),
      }))
      .sort((x, y) => y.by - x.by || x.i - y.i)
      .map((x) => x.r);
  };
  const tie = top.length > 1;
  const decisive = tie ? [] : reasonsFor(first?.optionId, second?.optionId);
  const runnerUpStrengths = tie ? [] : reasonsFor(second?.optionId, first?.optionId);

  const decidedBy = new Set<string>();
  for (const e of excluded) for (const r of e.unmet) decidedBy.add(r.attributeId);
  if (tie) {
    // Nothing decided between the tied options; show what was weighed where they differ.
    for (const a of matrix.attributes) {
      if (weights.has(a.id) && new Set(top.map((id) => verdictOf(a, id))).size > 1)
        decidedBy.add(a.id);
    }
  } else for (const r of decisive) decidedBy.add(r.attributeId);

  return {
    ranked,
    excluded,
    top,
    strength,
    margin: { points: marginPoints, share },
    decisive,
    runnerUpStrengths,
    decidedBy: matrix.attributes.filter((a) => decidedBy.has(a.id)).map((a) => a.id),
    effective: given.filter(({ answer }) => !isNeutral(answer)).length,
  };
}

import type { FeatureMatrix, Importance } from "../model/schema";
import type { Answers } from "./answers";
import { factorCellsOf, pointsOf, type FactorCells } from "./factor-cells";
import { prioritiesOf, WEIGHT, type Overrides, type Priority } from "./priorities";

/** What the advisor needs of the content, with each factor's cells worked out once. */
export interface AdvisorModel extends Pick<FeatureMatrix, "options" | "factors" | "questions"> {
  cells: FactorCells;
}

export function advisorModel(
  matrix: Pick<FeatureMatrix, "options" | "factors" | "questions" | "attributes">,
): AdvisorModel {
  return {
    options: matrix.options,
    factors: matrix.factors,
    questions: matrix.questions,
    cells: factorCellsOf(matrix),
  };
}

/** Everything a visitor chooses: an answer per question, and the priorities they edited. */
export interface Choice {
  answers: Answers;
  overrides: Overrides;
}

/** A must-have an option cannot meet, by the source's own statement. */
export interface Exclusion {
  optionId: string;
  factorId: string;
  /** The row whose stated cell says the option does not offer it. */
  attributeId: string;
}

export interface OptionScore {
  optionId: string;
  points: number;
  /** Points if the option had the advantage on every weighed factor. */
  max: number;
  /** Must-haves it cannot meet; empty when it is still in the running. */
  excludedBy: Exclusion[];
}

export interface Ranking {
  priorities: Priority[];
  /** Every option, in column order, ruled out or not. */
  scores: OptionScore[];
  /** Options still in the running, best first (ties keep column order). */
  ranked: OptionScore[];
  /** Options sharing the best score among those in the running. */
  top: string[];
}

/**
 * Scores every option and rules out those a must-have excludes. A factor counts once however
 * many rows show it: its weight (from its importance) times the points of the option's factor
 * cell. A plain sum, so raising a factor's importance can only widen the lead of the option
 * that wins on it.
 */
export function rank(model: AdvisorModel, choice: Choice): Ranking {
  const priorities = prioritiesOf(model.factors, model.questions, choice.answers, choice.overrides);
  const scores = model.options.map((o): OptionScore => {
    let points = 0;
    let max = 0;
    const excludedBy: Exclusion[] = [];
    for (const p of priorities) {
      const cell = model.cells.get(p.factorId)?.get(o.id);
      const w = WEIGHT[p.importance];
      points += w * pointsOf(cell);
      max += 2 * w;
      if (p.importance === "must" && cell?.unavailable && cell.evidence === "stated")
        excludedBy.push({ optionId: o.id, factorId: p.factorId, ...cell.unavailable });
    }
    return { optionId: o.id, points, max, excludedBy };
  });
  const ranked = scores
    .filter((s) => s.excludedBy.length === 0)
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.points - a.s.points || a.i - b.i)
    .map(({ s }) => s);
  const best = ranked[0]?.points;
  return {
    priorities,
    scores,
    ranked,
    top: ranked.filter((s) => s.points === best).map((s) => s.optionId),
  };
}

/** A factor's part in the difference between two options. */
export interface Contribution {
  factorId: string;
  importance: Importance;
  /** Weight x (points of `a` - points of `b`); positive where `a` does better. */
  points: number;
  /** Whether both cells behind it are stated by their sources. */
  stated: boolean;
}

/** Where option `a` beats option `b`, largest first (factor order breaks ties). */
export function contributions(
  model: AdvisorModel,
  priorities: readonly Priority[],
  a: string,
  b: string,
): Contribution[] {
  const out: Contribution[] = [];
  for (const p of priorities) {
    const row = model.cells.get(p.factorId);
    const ca = row?.get(a);
    const cb = row?.get(b);
    const points = WEIGHT[p.importance] * (pointsOf(ca) - pointsOf(cb));
    if (points > 0)
      out.push({
        factorId: p.factorId,
        importance: p.importance,
        points,
        stated: ca?.evidence === "stated" && cb?.evidence === "stated",
      });
  }
  return out
    .map((c, i) => ({ c, i }))
    .sort((x, y) => y.c.points - x.c.points || x.i - y.i)
    .map(({ c }) => c);
}

import type { Attribute, FeatureMatrix, Verdict } from "../model/schema";
import type { Given } from "./answers";

/**
 * Points a verdict earns per unit of importance. Integers, so equal scores are exactly equal
 * and a tie is a tie, not a rounding accident.
 */
export const VERDICT_POINTS: Record<Verdict, number> = {
  advantage: 2,
  neutral: 1,
  disadvantage: 0,
};

/** What the answers ask for: importance per attribute, and hard requirements. */
export interface Demands {
  /** Summed importance per attribute id; attributes no answer weighs are absent. */
  weights: ReadonlyMap<string, number>;
  requirements: readonly Requirement[];
}

/** A hard requirement and the answer that made it. */
export interface Requirement {
  attributeId: string;
  questionId: string;
  answerId: string;
}

export function demandsOf(given: readonly Given[]): Demands {
  const weights = new Map<string, number>();
  const requirements: Requirement[] = [];
  for (const { question, answer } of given) {
    if (!answer) continue;
    for (const [id, w] of Object.entries(answer.weights))
      weights.set(id, (weights.get(id) ?? 0) + w);
    for (const attributeId of answer.requires) {
      requirements.push({ attributeId, questionId: question.id, answerId: answer.id });
    }
  }
  return { weights, requirements };
}

export interface Tally {
  points: number;
  /** Points if the option had the advantage on every weighed attribute. */
  max: number;
}

export interface OptionScore extends Tally {
  optionId: string;
  /** Per category, in category order; categories nothing weighs have max 0. */
  categories: ({ categoryId: string } & Tally)[];
}

/**
 * Each option's weighted points: the sum over weighed attributes of importance x verdict
 * points. A plain sum (not an average) so that raising the importance of an attribute on
 * which A beats B can only widen A's lead over B.
 */
export function scoreOptions(
  matrix: Pick<FeatureMatrix, "options" | "categories" | "attributes">,
  weights: ReadonlyMap<string, number>,
  optionIds: readonly string[] = matrix.options.map((o) => o.id),
): OptionScore[] {
  const byCategory = new Map(matrix.categories.map((c) => [c.id, new Map<string, Tally>()]));
  const totals = new Map(optionIds.map((id) => [id, { points: 0, max: 0 }]));
  for (const attribute of matrix.attributes) {
    const w = weights.get(attribute.id);
    if (!w) continue;
    const cat = byCategory.get(attribute.category);
    for (const id of optionIds) {
      const earned = w * VERDICT_POINTS[verdictOf(attribute, id)];
      add(totals.get(id)!, earned, 2 * w);
      if (cat) {
        const t = cat.get(id) ?? { points: 0, max: 0 };
        cat.set(id, t);
        add(t, earned, 2 * w);
      }
    }
  }
  return optionIds.map((optionId) => ({
    optionId,
    ...totals.get(optionId)!,
    categories: matrix.categories.map((c) => ({
      categoryId: c.id,
      ...(byCategory.get(c.id)?.get(optionId) ?? { points: 0, max: 0 }),
    })),
  }));
}

function add(t: Tally, points: number, max: number) {
  t.points += points;
  t.max += max;
}

/** An option's verdict on an attribute; a missing cell (impossible in valid content) counts as neutral. */
export function verdictOf(attribute: Attribute, optionId: string): Verdict {
  return Object.hasOwn(attribute.cells, optionId) ? attribute.cells[optionId]!.verdict : "neutral";
}

/** Share of the maximum, as a whole percentage (0 when nothing is weighed). */
export function percent(t: Tally): number {
  return t.max === 0 ? 0 : Math.round((100 * t.points) / t.max);
}

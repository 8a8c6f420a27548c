import type { Factor, Importance, Question } from "../model/schema";
import { answerTo, type Answers } from "./answers";

/**
 * Points of weight per importance. A plain sum of weight x verdict points makes the score, so
 * raising a factor's importance can only widen the lead of the option that wins on it. "Must"
 * weighs twice "important": a must-have that no stated fact can settle still counts heavily.
 */
export const WEIGHT: Record<Importance, number> = { must: 6, important: 3, nice: 1, none: 0 };

/** Levels from most to least important; a step is a move to a neighbour in this list. */
export const LEVELS: readonly Importance[] = ["must", "important", "nice", "none"];

/** Importance overrides the visitor set, keyed by factor id. */
export type Overrides = Readonly<Record<string, Importance>>;

/** Where a factor's importance comes from, so the result can say why it is what it is. */
export interface Priority {
  factorId: string;
  importance: Importance;
  /** What the answers alone would make it. */
  preset: Importance;
  /** Question ids whose answers set the preset. */
  from: string[];
  /** True when the visitor changed it from the preset. */
  edited: boolean;
}

/** The more important of two levels. */
export function higher(a: Importance, b: Importance): Importance {
  return LEVELS.indexOf(a) <= LEVELS.indexOf(b) ? a : b;
}

/**
 * Each factor's importance: the highest any answer gives it, unless the visitor set it
 * themselves. In factor order.
 */
export function prioritiesOf(
  factors: readonly Pick<Factor, "id">[],
  questions: readonly Question[],
  answers: Answers,
  overrides: Overrides = {},
): Priority[] {
  const preset = new Map<string, { importance: Importance; from: string[] }>();
  for (const q of questions) {
    const answer = answerTo(q, answers);
    for (const [factorId, level] of Object.entries(answer?.priorities ?? {})) {
      const now = preset.get(factorId);
      if (!now || LEVELS.indexOf(level) < LEVELS.indexOf(now.importance)) {
        preset.set(factorId, { importance: level, from: [q.id] });
      } else if (now.importance === level) now.from.push(q.id);
    }
  }
  return factors.map(({ id }) => {
    const p = preset.get(id) ?? { importance: "none" as const, from: [] };
    const own = Object.hasOwn(overrides, id) ? overrides[id] : undefined;
    return {
      factorId: id,
      importance: own ?? p.importance,
      preset: p.importance,
      from: p.from,
      edited: own !== undefined && own !== p.importance,
    };
  });
}

/** Overrides without the ones that equal the preset: what a URL needs to keep. */
export function effectiveOverrides(priorities: readonly Priority[]): Record<string, Importance> {
  return Object.fromEntries(
    priorities.filter((p) => p.edited).map((p) => [p.factorId, p.importance]),
  );
}

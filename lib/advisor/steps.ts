import type { Factor, FeatureMatrix, Question } from "../model/schema";
import type { AdvisorIds } from "../url-state/advisor-params";

/** The step after the last question and need: the result. */
export const RESULT = "result";

/** A step of the flow: a question about the workload, or the needs of one category. */
export type FlowStep =
  | { kind: "question"; id: string; question: Question }
  | { kind: "needs"; id: string; category: { id: string; name: string }; factors: Factor[] };

/**
 * The flow: the workload questions in order, then one step per category with factors, in
 * category order (its id is the category's). Every step is always asked, so "Step 3 of 7"
 * means the same on every visit.
 */
export function flowSteps(
  matrix: Pick<FeatureMatrix, "questions" | "factors" | "categories">,
): FlowStep[] {
  const needs = matrix.categories.flatMap((c): FlowStep[] => {
    const factors = matrix.factors.filter((f) => f.category === c.id);
    return factors.length > 0
      ? [{ kind: "needs", id: c.id, category: { id: c.id, name: c.name }, factors }]
      : [];
  });
  return [
    ...matrix.questions.map((q): FlowStep => ({ kind: "question", id: q.id, question: q })),
    ...needs,
  ];
}

/** The ids the advisor's and the plan's URLs accept: questions with their answers, factors, steps. */
export function advisorIds(
  matrix: Pick<FeatureMatrix, "questions" | "factors">,
  steps: readonly FlowStep[],
): AdvisorIds {
  return {
    questions: matrix.questions.map((q) => ({ id: q.id, answers: q.answers.map((a) => a.id) })),
    factors: matrix.factors.map((f) => f.id),
    steps: [...steps.map((s) => s.id), RESULT],
  };
}

/** Where a step sits in the flow. `step` null is the start page. */
export interface Place {
  /** The step shown, if the step names one. */
  step: FlowStep | undefined;
  /** 1-based position (0 on the start page; total + 1 on the result). */
  index: number;
  total: number;
  previous: string | null;
  next: string | null;
}

export function placeOf(steps: readonly FlowStep[], step: string | null): Place {
  const total = steps.length;
  if (step === null)
    return { step: undefined, index: 0, total, previous: null, next: steps[0]?.id ?? RESULT };
  if (step === RESULT)
    return {
      step: undefined,
      index: total + 1,
      total,
      previous: steps.at(-1)?.id ?? null,
      next: null,
    };
  const i = steps.findIndex((s) => s.id === step);
  if (i < 0)
    return { step: undefined, index: 0, total, previous: null, next: steps[0]?.id ?? RESULT };
  return {
    step: steps[i],
    index: i + 1,
    total,
    previous: i === 0 ? null : steps[i - 1]!.id,
    next: steps[i + 1]?.id ?? RESULT,
  };
}

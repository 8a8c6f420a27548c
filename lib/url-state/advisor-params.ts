import { literalParam, readParam, type Param } from "./param";

/** The ids an advisor URL may name: each question with its answer ids, in order. */
export type AdvisorIds = ReadonlyArray<{ id: string; answers: readonly string[] }>;

/** The one key that is not a question id; content may not use it as one. */
export const STEP_KEY = "step";
export const REVIEW = "review";
export const RESULT = "result";

/** Where the visitor is: the start page (null), a question, the review, or the result. */
export type Step = string | null;

export interface AdvisorState {
  /** Answer ids by question id; only known questions and their own answer ids get in. */
  answers: Readonly<Record<string, string>>;
  step: Step;
}

/**
 * Every parameter of /advisor: one per question (its answer id) and `step`. Values are ids
 * from the content, never free text, so a shared link stays short and says what it means:
 * `/advisor?bios=yes&nvme=no&step=result`.
 */
export function advisorParams(ids: AdvisorIds) {
  return {
    answers: new Map<string, Param<string | null>>(
      ids.map((q) => [q.id, literalParam(q.answers, null)]),
    ),
    step: literalParam([...ids.map((q) => q.id), REVIEW, RESULT], null),
  };
}

export type AdvisorParams = ReturnType<typeof advisorParams>;

/** The state a URL describes; unknown keys and values are ignored, the valid ones kept. */
export function parseAdvisorState(params: AdvisorParams, search: URLSearchParams): AdvisorState {
  const answers: Record<string, string> = {};
  for (const [id, param] of params.answers) {
    const value = readParam(param, search.get(id));
    if (value !== null) answers[id] = value;
  }
  return { answers, step: readParam(params.step, search.get(STEP_KEY)) };
}

/** The query string for a state, in question order, with the step last. */
export function serializeAdvisorState(params: AdvisorParams, state: AdvisorState): string {
  const out = new URLSearchParams();
  for (const [id, param] of params.answers) {
    const value = Object.hasOwn(state.answers, id) ? state.answers[id] : undefined;
    if (value !== undefined && param.parse(value) !== null) out.set(id, value);
  }
  if (state.step !== null && params.step.parse(state.step) !== null) out.set(STEP_KEY, state.step);
  const s = out.toString();
  return s ? `?${s}` : "";
}

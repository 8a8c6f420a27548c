import { createLoader, createSerializer, parseAsStringLiteral } from "nuqs/server";

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
 * Every parameter of /advisor: one per question (its answer id), in question order, then
 * `step`. Values are ids from the content, never free text, so a shared link stays short and
 * says what it means: `/advisor?bios=yes&nvme=no&step=result`.
 */
export function advisorUrl(ids: AdvisorIds) {
  const parsers: Record<string, ReturnType<typeof parseAsStringLiteral<string>>> = {};
  for (const q of ids) parsers[q.id] = parseAsStringLiteral(q.answers);
  const steps = [...ids.map((q) => q.id), REVIEW, RESULT];
  parsers[STEP_KEY] = parseAsStringLiteral(steps);
  const load = createLoader(parsers);
  const write = createSerializer(parsers);
  return {
    parsers,
    /** The state a URL describes; unknown keys and values are ignored, the valid ones kept. */
    parse: (search: URLSearchParams | string): AdvisorState => fromValues(load(search)),
    /** The query string for a state, in question order, with the step last. */
    serialize: (state: AdvisorState): string =>
      write({
        ...toValues(ids, state.answers),
        [STEP_KEY]: state.step !== null && steps.includes(state.step) ? state.step : null,
      }),
    /** The state nuqs's hook reads, in the advisor's shape. */
    fromValues,
  };

  function fromValues(values: Readonly<Record<string, string | null>>): AdvisorState {
    const answers: Record<string, string> = {};
    for (const q of ids) {
      const value = values[q.id];
      if (typeof value === "string") answers[q.id] = value;
    }
    return { answers, step: values[STEP_KEY] ?? null };
  }
}

/** Answers as nuqs values: only questions' own answer ids, everything else cleared. */
function toValues(ids: AdvisorIds, answers: Readonly<Record<string, string>>) {
  const values: Record<string, string | null> = {};
  for (const q of ids) {
    const value = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    values[q.id] = value !== undefined && q.answers.includes(value) ? value : null;
  }
  return values;
}

export type AdvisorUrl = ReturnType<typeof advisorUrl>;

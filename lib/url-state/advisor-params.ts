import { createLoader, createParser, createSerializer, parseAsStringLiteral } from "nuqs/server";
import type { Importance } from "../model/schema";
import { IMPORTANCE } from "../model/constants";
import { inKeyOrder, MAX_RAW_LENGTH } from "./parsers";

/** The ids an advisor URL may name: questions with their answers, factors, and the flow's steps. */
export interface AdvisorIds {
  questions: ReadonlyArray<{ id: string; answers: readonly string[] }>;
  factors: readonly string[];
  /** Every step id the flow has, the result among them. */
  steps: readonly string[];
}

/** The keys that are not question ids; content may not use them as question ids. */
export const STEP_KEY = "step";
export const NEED_KEY = "need";

export interface AdvisorState {
  /** Answer ids by question id; only known questions and their own answer ids get in. */
  answers: Readonly<Record<string, string>>;
  /** Importances the visitor set, by factor id. */
  overrides: Readonly<Record<string, Importance>>;
  /** The step shown: a step id, or null for the start page. */
  step: string | null;
}

/**
 * The priorities the visitor set, as `factor.level` pairs in factor order:
 * `need=firmware.must,os-images.nice`. Unknown factors and levels are dropped, the rest kept;
 * a factor named twice keeps its first level.
 */
function parseAsOverrides(factors: readonly string[]) {
  const order = new Map(factors.map((f, i) => [f, i]));
  const serialize = (value: Readonly<Record<string, Importance>>) =>
    Object.entries(value)
      .filter(([f, level]) => order.has(f) && (IMPORTANCE as readonly string[]).includes(level))
      .sort(([a], [b]) => order.get(a)! - order.get(b)!)
      .map(([f, level]) => `${f}.${level}`)
      .join(",");
  return createParser<Record<string, Importance>>({
    parse(raw) {
      if (raw.length > MAX_RAW_LENGTH) return null;
      const out: Record<string, Importance> = {};
      for (const pair of raw.split(",")) {
        const dot = pair.lastIndexOf(".");
        const factor = pair.slice(0, dot).trim();
        const level = pair.slice(dot + 1).trim();
        if (
          dot > 0 &&
          order.has(factor) &&
          !Object.hasOwn(out, factor) &&
          (IMPORTANCE as readonly string[]).includes(level)
        )
          out[factor] = level as Importance;
      }
      return out;
    },
    serialize,
    eq: (a, b) => serialize(a) === serialize(b),
  });
}

/**
 * Every parameter of /advisor: one per question (its answer id), in question order, then the
 * edited priorities and the step. Values are ids from the content, never free text, so a shared
 * link stays short and says what it means:
 * `/advisor?kind=pretraining&scale=multi-node&need=firmware.must&step=result`.
 */
export function advisorUrl(ids: AdvisorIds) {
  const parsers: Record<string, ReturnType<typeof parseAsStringLiteral<string>>> = {};
  for (const q of ids.questions) parsers[q.id] = parseAsStringLiteral(q.answers);
  const all = {
    ...parsers,
    [NEED_KEY]: parseAsOverrides(ids.factors).withDefault({}),
    [STEP_KEY]: parseAsStringLiteral(ids.steps),
  };
  const load = createLoader(all);
  const write = createSerializer(all);
  return {
    parsers: all,
    /** Puts an address's keys in this order; nuqs's adapter applies it to every update. */
    order: inKeyOrder(Object.keys(all)),
    /** The state a URL describes; unknown keys and values are ignored, the valid ones kept. */
    parse: (search: URLSearchParams | string): AdvisorState => fromValues(load(search)),
    /** The query string for a state: answers in question order, then priorities, then the step. */
    serialize: (state: AdvisorState): string =>
      write({
        ...toValues(ids, state.answers),
        [NEED_KEY]: state.overrides,
        [STEP_KEY]: state.step !== null && ids.steps.includes(state.step) ? state.step : null,
      }),
    /** The state nuqs's hook reads, in the advisor's shape. */
    fromValues,
  };

  function fromValues(values: Readonly<Record<string, unknown>>): AdvisorState {
    const answers: Record<string, string> = {};
    for (const q of ids.questions) {
      const value = values[q.id];
      if (typeof value === "string") answers[q.id] = value;
    }
    const step = values[STEP_KEY];
    return {
      answers,
      overrides: (values[NEED_KEY] as Record<string, Importance> | undefined) ?? {},
      step: typeof step === "string" ? step : null,
    };
  }
}

/** Answers as nuqs values: only questions' own answer ids, everything else cleared. */
function toValues(ids: AdvisorIds, answers: Readonly<Record<string, string>>) {
  const values: Record<string, string | null> = {};
  for (const q of ids.questions) {
    const value = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    values[q.id] = value !== undefined && q.answers.includes(value) ? value : null;
  }
  return values;
}

export type AdvisorUrl = ReturnType<typeof advisorUrl>;

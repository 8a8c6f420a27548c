import {
  createLoader,
  createParser,
  createSerializer,
  parseAsInteger,
  parseAsNativeArrayOf,
  parseAsStringLiteral,
} from "nuqs/server";
import { IMPORTANCE } from "../model/constants";
import type { Importance } from "../model/schema";
import type { AdvisorIds } from "../url-state/advisor-params";
import { inKeyOrder } from "../url-state/parsers";

/** A named workload of a plan, with its answers and the priorities its team set. */
export interface Workload {
  name: string;
  answers: Readonly<Record<string, string>>;
  overrides: Readonly<Record<string, Importance>>;
}

export interface PlanState {
  workloads: readonly Workload[];
  /** The workload being answered (0-based), or null on the plan itself. */
  edit: number | null;
  /** The advisor step of the workload being answered. */
  step: string | null;
}

/** Most workloads a plan holds; a URL with more keeps the first ones. */
export const MAX_WORKLOADS = 6;
/** Longest workload name, in characters (code points: a name is never cut inside one). */
export const MAX_NAME = 40;
/** Longest raw workload value read; longer ones are refused outright. */
const MAX_RAW = 600;

/**
 * A name as a plan keeps it: one line, no `~` (the URL's separator), at most MAX_NAME
 * characters. Bidirectional controls are dropped, since a name is shown inside sentences (the
 * plan's summary, the decision record) and one could reverse the text after it; so are lone
 * surrogates, which are not text.
 */
export function cleanName(name: string): string {
  const clean = name
    .replace(/[\u0000-\u001f\u007f~]/g, " ")
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\p{Cs}/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  return [...clean].slice(0, MAX_NAME).join("").trimEnd();
}

/**
 * One workload as a URL value: `name~question:answer,…~factor:level,…`, e.g.
 * `Pre-training~kind:pretraining,scale:multi-node~firmware:must`. Unknown questions, answers,
 * factors and levels are dropped and the rest kept; a workload without a name is refused.
 */
function parseAsWorkload(ids: Pick<AdvisorIds, "questions" | "factors">) {
  const questions = new Map(ids.questions.map((q, i) => [q.id, { answers: q.answers, i }]));
  const factors = new Map(ids.factors.map((f, i) => [f, i]));
  const pairs = (raw: string | undefined) =>
    (raw ?? "")
      .split(",")
      .map((p) => p.split(":"))
      .filter((p): p is [string, string] => p.length === 2);
  const write = (w: Workload) => {
    const answers = Object.entries(w.answers)
      .filter(([q, a]) => questions.get(q)?.answers.includes(a))
      .sort(([a], [b]) => questions.get(a)!.i - questions.get(b)!.i)
      .map(([q, a]) => `${q}:${a}`)
      .join(",");
    const needs = Object.entries(w.overrides)
      .filter(([f, l]) => factors.has(f) && (IMPORTANCE as readonly string[]).includes(l))
      .sort(([a], [b]) => factors.get(a)! - factors.get(b)!)
      .map(([f, l]) => `${f}:${l}`)
      .join(",");
    return [cleanName(w.name), answers, needs].join("~").replace(/~+$/, "");
  };
  return createParser<Workload>({
    parse(raw) {
      if (raw.length > MAX_RAW) return null;
      const [rawName = "", rawAnswers, rawNeeds] = raw.split("~");
      const name = cleanName(rawName);
      if (!name) return null;
      const answers: Record<string, string> = {};
      for (const [q, a] of pairs(rawAnswers))
        if (questions.get(q)?.answers.includes(a) && !Object.hasOwn(answers, q)) answers[q] = a;
      const overrides: Record<string, Importance> = {};
      for (const [f, l] of pairs(rawNeeds))
        if (
          factors.has(f) &&
          (IMPORTANCE as readonly string[]).includes(l) &&
          !Object.hasOwn(overrides, f)
        )
          overrides[f] = l as Importance;
      return { name, answers, overrides };
    },
    serialize: write,
    eq: (a, b) => write(a) === write(b),
  });
}

/**
 * The plan's URL format: every workload as a repeated `w` (in order), the workload being
 * answered as `edit` (1-based, as people count) and its advisor `step`. One link holds the
 * whole plan: `/plan?w=Pre-training~kind:pretraining&w=Inference~kind:inference`.
 */
export function planUrl(ids: AdvisorIds) {
  const parsers = {
    w: parseAsNativeArrayOf(parseAsWorkload(ids)),
    edit: parseAsInteger,
    step: parseAsStringLiteral(ids.steps),
  };
  const load = createLoader(parsers);
  const write = createSerializer(parsers);
  return {
    parsers,
    /** Puts an address's keys in this order; nuqs's adapter applies it to every update. */
    order: inKeyOrder(Object.keys(parsers)),
    /** The plan a URL describes: unknown parts dropped, an `edit` past the last workload ignored. */
    parse: (search: URLSearchParams | string): PlanState => fromValues(load(search)),
    serialize: (state: PlanState): string =>
      write({
        w: [...state.workloads],
        edit: state.edit === null ? null : state.edit + 1,
        step: state.edit === null ? null : state.step,
      }),
    fromValues,
  };

  function fromValues(values: {
    w: readonly Workload[];
    edit: number | null;
    step: string | null;
  }): PlanState {
    const workloads = values.w.slice(0, MAX_WORKLOADS);
    const edit =
      values.edit !== null && values.edit >= 1 && values.edit <= workloads.length
        ? values.edit - 1
        : null;
    return { workloads, edit, step: edit === null ? null : values.step };
  }
}

export type PlanUrl = ReturnType<typeof planUrl>;

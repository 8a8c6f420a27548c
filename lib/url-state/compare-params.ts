import type { Verdict } from "../model/schema";
import { MAX_QUERY_LENGTH } from "../compare/search";
import { flagParam, listParam, literalParam, readParam, textParam, type Param } from "./param";

export const VERDICTS: readonly Verdict[] = ["advantage", "neutral", "disadvantage"];
export const SORT_KEYS = ["category", "name"] as const;

/** The ids a comparison URL may name; parameters accept nothing else. */
export interface CompareIds {
  options: readonly string[];
  categories: readonly string[];
  attributes: readonly string[];
}

/**
 * Every parameter of /compare, in one place. Keys are short because people paste these
 * links into chat; values are ids from the content, so they read well too.
 */
export function compareParams(ids: CompareIds) {
  return {
    /** Search text. */
    q: textParam(MAX_QUERY_LENGTH),
    /** Categories to show (none = all). */
    cat: listParam(ids.categories),
    /** Only attributes where the shown options' verdicts differ. */
    diff: flagParam(),
    /** Only attributes where this option has the advantage. */
    adv: literalParam(ids.options, null),
    /** Only attributes where some shown option has one of these verdicts. */
    verdict: listParam(VERDICTS),
    /** Shown options, in column order (at least one). */
    cols: listParam(ids.options, { ordered: true, default: ids.options, minItems: 1 }),
    /** Sort key: "category", "name", or an option id (sort by that option's verdict). */
    sort: literalParam(
      [...SORT_KEYS, ...ids.options.filter((o) => !(SORT_KEYS as readonly string[]).includes(o))],
      "category",
    ),
    dir: literalParam(["asc", "desc"] as const, "asc"),
    /** Expanded attribute rows. */
    open: listParam(ids.attributes),
    /** Collapsed category groups. */
    fold: listParam(ids.categories),
    /** Only these attributes (e.g. the ones that decided an advisor result). */
    only: listParam(ids.attributes),
  };
}

export type CompareParams = ReturnType<typeof compareParams>;
type ValueOf<P> = P extends Param<infer T> ? T : never;
export type CompareState = { [K in keyof CompareParams]: ValueOf<CompareParams[K]> };

export const COMPARE_KEYS = [
  "q",
  "cat",
  "diff",
  "adv",
  "verdict",
  "cols",
  "sort",
  "dir",
  "open",
  "fold",
  "only",
] as const satisfies readonly (keyof CompareParams)[];

/** The state a URL describes; anything unreadable falls back to that parameter's default. */
export function parseCompareState(params: CompareParams, search: URLSearchParams): CompareState {
  const state = {} as Record<string, unknown>;
  for (const key of COMPARE_KEYS)
    state[key] = readParam(params[key] as Param<unknown>, search.get(key));
  return state as CompareState;
}

export function defaultCompareState(params: CompareParams): CompareState {
  return parseCompareState(params, new URLSearchParams());
}

/** The query string for a state, defaults left out (so the default view is plain `/compare`). */
export function serializeCompareState(params: CompareParams, state: Partial<CompareState>): string {
  const out = new URLSearchParams();
  for (const key of COMPARE_KEYS) {
    const value = state[key];
    if (value === undefined) continue;
    const param = params[key] as Param<unknown>;
    if (param.eq(value, param.default)) continue;
    out.set(key, param.serialize(value));
  }
  const s = out.toString().replace(/%2C/g, ",");
  return s ? `?${s}` : "";
}

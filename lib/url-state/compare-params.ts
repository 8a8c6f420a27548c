import {
  createLoader,
  createSerializer,
  parseAsStringLiteral,
  type inferParserType,
} from "nuqs/server";
import type { Verdict } from "../model/schema";
import { MAX_QUERY_LENGTH } from "../compare/search";
import { inKeyOrder, parseAsFlag, parseAsIdList, parseAsText } from "./parsers";

export const VERDICTS: readonly Verdict[] = ["advantage", "neutral", "disadvantage"];
export const SORT_KEYS = ["category", "name"] as const;

/** The ids a comparison URL may name; parameters accept nothing else. */
export interface CompareIds {
  options: readonly string[];
  categories: readonly string[];
  attributes: readonly string[];
}

/**
 * Every parameter of /compare, in one place and in the order URLs list them. Keys are short
 * because people paste these links into chat; values are ids from the content, so they read
 * well too. Defaults are left out of URLs, so the default view is plain `/compare`.
 */
function compareParsers(ids: CompareIds) {
  return {
    /** Search text. */
    q: parseAsText(MAX_QUERY_LENGTH).withDefault(""),
    /** Categories to show (none = all). */
    cat: parseAsIdList(ids.categories).withDefault([]),
    /** Only attributes where the shown options' verdicts differ. */
    diff: parseAsFlag.withDefault(false),
    /** Only attributes where this option has the advantage. */
    adv: parseAsStringLiteral(ids.options),
    /** Only attributes whose source states every shown option's cell. */
    stated: parseAsFlag.withDefault(false),
    /** Only attributes where some shown option has one of these verdicts. */
    verdict: parseAsIdList(VERDICTS).withDefault([]),
    /** Shown options, in column order (at least one). */
    cols: parseAsIdList(ids.options, { ordered: true, minItems: 1 }).withDefault([...ids.options]),
    /** Sort key: "category", "name", or an option id (sort by that option's verdict). */
    sort: parseAsStringLiteral([
      ...SORT_KEYS,
      ...ids.options.filter((o) => !(SORT_KEYS as readonly string[]).includes(o)),
    ]).withDefault("category"),
    dir: parseAsStringLiteral(["asc", "desc"] as const).withDefault("asc"),
    /** Expanded attribute rows. */
    open: parseAsIdList(ids.attributes).withDefault([]),
    /** Collapsed category groups. */
    fold: parseAsIdList(ids.categories).withDefault([]),
    /** Only these attributes (e.g. the ones that decided an advisor result). */
    only: parseAsIdList(ids.attributes).withDefault([]),
  };
}

export type CompareParsers = ReturnType<typeof compareParsers>;
export type CompareState = inferParserType<CompareParsers>;

/**
 * The comparison's URL format for one content's ids: the parsers (for nuqs's hook), and the
 * loader and serializer made from them, used by the page, link builders and tests alike.
 */
export function compareUrl(ids: CompareIds) {
  const parsers = compareParsers(ids);
  const parse = createLoader(parsers);
  return {
    parsers,
    /** Puts an address's keys in this order; nuqs's adapter applies it to every update. */
    order: inKeyOrder(Object.keys(parsers)),
    /** The state a URL describes; anything unreadable falls back to that parameter's default. */
    parse: (search: URLSearchParams | string): CompareState => parse(search),
    /** The query string for a state, in the parameters' order, defaults left out. */
    serialize: createSerializer(parsers),
    defaults: parse(new URLSearchParams()),
  };
}

export type CompareUrl = ReturnType<typeof compareUrl>;

export const COMPARE_KEYS = Object.keys(
  compareParsers({ options: [], categories: [], attributes: [] }),
) as (keyof CompareParsers)[];

/** The patch that clears every filter (the search included) and keeps the view's shape. */
export const NO_FILTERS = {
  q: "",
  cat: [],
  diff: false,
  adv: null,
  stated: false,
  verdict: [],
  only: [],
} satisfies Partial<CompareState>;

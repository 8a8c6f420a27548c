/**
 * A URL parameter: how to read it, how to write it, and its default. Pure, so the same map
 * serves the client hook (through nuqs), link builders and the tests. `parse` returns null
 * for anything it does not accept, and the caller falls back to the default: a hostile or
 * stale URL degrades to the default view, never to an exception.
 */
export interface Param<T> {
  parse(raw: string): T | null;
  serialize(value: T): string;
  eq(a: T, b: T): boolean;
  default: T;
}

/**
 * Longest raw value any parameter reads; longer ones are refused outright, so a hostile value
 * costs nothing. It bounds a list at roughly 100 ids of typical length.
 */
export const MAX_RAW_LENGTH = 2000;

function guard<T>(parse: (raw: string) => T | null): (raw: string) => T | null {
  return (raw) => {
    if (typeof raw !== "string" || raw.length > MAX_RAW_LENGTH) return null;
    try {
      return parse(raw);
    } catch {
      return null;
    }
  };
}

/**
 * Free text up to `max` characters; longer text is refused. Not trimmed: the search box
 * shows this value while the visitor types, and a trailing space is part of typing.
 */
export function textParam(max: number): Param<string> {
  return {
    parse: guard((raw) => (raw.length <= max ? raw : null)),
    serialize: (v) => v,
    eq: (a, b) => a === b,
    default: "",
  };
}

/** One of a fixed set of values, e.g. the option ids in the content. */
export function literalParam<T extends string>(values: readonly T[], fallback: T): Param<T>;
export function literalParam<T extends string>(
  values: readonly T[],
  fallback: null,
): Param<T | null>;
export function literalParam<T extends string>(
  values: readonly T[],
  fallback: T | null,
): Param<T | null> {
  const allowed = new Set<string>(values);
  return {
    parse: guard((raw) => (allowed.has(raw) ? (raw as T) : null)),
    serialize: (v) => v ?? "",
    eq: (a, b) => a === b,
    default: fallback,
  };
}

/**
 * A comma-separated list of values from a fixed set. Unknown and repeated items are dropped
 * and the valid ones kept, so one stale id does not void the whole list. With `ordered`, the
 * order is meaningful (column order); otherwise it is normalised to the set's order, so the
 * same selection always makes the same URL.
 */
export function listParam<T extends string>(
  values: readonly T[],
  opts: { ordered?: boolean; default?: readonly T[]; minItems?: number } = {},
): Param<T[]> {
  const allowed = new Set<string>(values);
  const rank = new Map<string, number>(values.map((v, i) => [v, i]));
  const fallback = [...(opts.default ?? [])];
  return {
    parse: guard((raw) => {
      const items = [...new Set(raw.split(",").map((s) => s.trim()))].filter((s): s is T =>
        allowed.has(s),
      );
      if (!opts.ordered) items.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
      return items.length >= (opts.minItems ?? 0) ? items : null;
    }),
    serialize: (v) =>
      (opts.ordered ? v : [...v].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))).join(","),
    eq: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
    default: fallback,
  };
}

export function flagParam(): Param<boolean> {
  return {
    parse: guard((raw) =>
      raw === "1" || raw === "true" ? true : raw === "0" || raw === "false" ? false : null,
    ),
    serialize: (v) => (v ? "1" : "0"),
    eq: (a, b) => a === b,
    default: false,
  };
}

/** Reads one parameter from raw search params, falling back to its default. */
export function readParam<T>(param: Param<T>, raw: string | null | undefined): T {
  if (raw === null || raw === undefined) return param.default;
  return param.parse(raw) ?? param.default;
}

/** A list with `item` added (at the end) or removed; serialisation puts it in canonical order. */
export function toggleItem<T>(list: readonly T[], item: T, on: boolean): T[] {
  const without = list.filter((x) => x !== item);
  return on ? [...without, item] : without;
}

/** True when both query strings hold the same key-value pairs, each key once, in any order. */
export function sameParams(a: string, b: string): boolean {
  const have = new URLSearchParams(a);
  const want = new URLSearchParams(b);
  return (
    [...have.keys()].length === [...want.keys()].length &&
    [...want].every(([k, v]) => have.getAll(k).length === 1 && have.get(k) === v)
  );
}

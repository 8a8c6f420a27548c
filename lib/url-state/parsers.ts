import { createParser } from "nuqs/server";

/**
 * The value parsers that nuqs's built-ins do not cover, written with nuqs's own `createParser`
 * so that the hooks, the serializer and the loader all use them. A parser answers null for
 * anything it does not accept and nuqs falls back to the default: a hostile or stale URL
 * degrades to the default view, never to an exception.
 */

/**
 * Longest raw list any parameter reads; longer ones are refused outright, so a hostile value
 * costs nothing. It bounds a list at roughly 100 ids of typical length.
 */
export const MAX_RAW_LENGTH = 2000;

/**
 * Free text up to `max` characters; longer text is refused, not cut. Not trimmed: the search
 * box shows this value while the visitor types, and a trailing space is part of typing.
 */
export function parseAsText(max: number) {
  return createParser<string>({
    parse: (raw) => (raw.length <= max ? raw : null),
    serialize: (value) => value,
  });
}

/** On or off, written `1`; `true`, `0` and `false` are read too, as people type them. */
export const parseAsFlag = createParser<boolean>({
  parse: (raw) =>
    raw === "1" || raw === "true" ? true : raw === "0" || raw === "false" ? false : null,
  serialize: (value) => (value ? "1" : "0"),
});

/**
 * A comma-separated list of values from a fixed set. Unknown and repeated items are dropped
 * and the valid ones kept, so one stale id does not void the whole list. With `ordered` the
 * order means something (column order); otherwise it is put in the set's order, so the same
 * selection always makes the same URL. A list shorter than `minItems` is refused.
 */
export function parseAsIdList<T extends string>(
  values: readonly T[],
  { ordered = false, minItems = 0 }: { ordered?: boolean; minItems?: number } = {},
) {
  const rank = new Map<string, number>(values.map((v, i) => [v, i]));
  const canonical = (items: readonly T[]) =>
    ordered ? [...items] : [...items].sort((a, b) => rank.get(a)! - rank.get(b)!);
  return createParser<T[]>({
    parse(raw) {
      if (raw.length > MAX_RAW_LENGTH) return null;
      const items = raw
        .split(",")
        .map((s) => s.trim())
        .filter((s): s is T => rank.has(s));
      const list = canonical([...new Set(items)]);
      return list.length >= minItems ? list : null;
    },
    serialize: (list) => canonical(list).join(","),
    eq: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
  });
}

/** A list with `item` added (at the end) or removed; serialisation puts it in canonical order. */
export function toggleItem<T>(list: readonly T[], item: T, on: boolean): T[] {
  const without = list.filter((x) => x !== item);
  return on ? [...without, item] : without;
}

/**
 * Puts a query's keys in `order` (a URL format's own), keys it does not name last, each key's
 * values as they were. Given to nuqs's adapter, which otherwise adds a key where it is first
 * set, so that one view has one address whatever order it was reached in.
 */
export function inKeyOrder(order: readonly string[]) {
  const rank = new Map(order.map((key, i) => [key, i]));
  const of = (key: string) => rank.get(key) ?? order.length;
  return (search: URLSearchParams): URLSearchParams =>
    new URLSearchParams([...search].sort(([a], [b]) => of(a) - of(b)));
}

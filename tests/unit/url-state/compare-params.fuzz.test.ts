import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH } from "@/lib/compare/search";
import {
  COMPARE_KEYS,
  SORT_KEYS,
  VERDICTS,
  compareUrl,
  type CompareIds,
  type CompareState,
} from "@/lib/url-state/compare-params";
import { MAX_RAW_LENGTH } from "@/lib/url-state/parsers";
import { fuzzRuns } from "../../fuzz";
import { IDS, TODAY, loadCompare } from "../compare/test-data";

const RUNS = fuzzRuns(300);

type Key = (typeof COMPARE_KEYS)[number];

/** A list from `allowed`: no duplicates, and (unless ordered) in `allowed`'s order. */
function isList(value: unknown, allowed: readonly string[], ordered: boolean): boolean {
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string" && allowed.includes(v)))
    return false;
  if (new Set(value).size !== value.length) return false;
  const ranks = value.map((v: string) => allowed.indexOf(v));
  return ordered || ranks.every((r, i) => i === 0 || r > (ranks[i - 1] ?? -1));
}

/** Whether `value` is something parameter `key` may hold for these ids. */
function isValid(key: Key, value: unknown, ids: CompareIds): boolean {
  switch (key) {
    case "q":
      return typeof value === "string" && value.length <= MAX_QUERY_LENGTH;
    case "cat":
    case "fold":
      return isList(value, ids.categories, false);
    case "open":
    case "only":
      return isList(value, ids.attributes, false);
    case "verdict":
      return isList(value, VERDICTS, false);
    case "cols":
      return isList(value, ids.options, true) && (value as unknown[]).length >= 1;
    case "diff":
    case "stated":
      return typeof value === "boolean";
    case "adv":
      return typeof value === "string" && ids.options.includes(value);
    case "sort":
      return typeof value === "string" && [...SORT_KEYS, ...ids.options].includes(value);
    case "dir":
      return value === "asc" || value === "desc";
  }
}

function isValidState(state: CompareState, ids: CompareIds): boolean {
  const adv = state.adv === null || isValid("adv", state.adv, ids);
  return (
    Object.keys(state).sort().join() === [...COMPARE_KEYS].sort().join() &&
    adv &&
    COMPARE_KEYS.filter((k) => k !== "adv").every((k) => isValid(k, state[k], ids))
  );
}

/** Well-formed content ids, as the schema allows them. */
const idArb = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(?:-[a-z0-9]{1,6}){0,2}$/);

const idsArb: fc.Arbitrary<CompareIds> = fc.record({
  options: fc.uniqueArray(idArb, { minLength: 1, maxLength: 6 }),
  categories: fc.uniqueArray(idArb, { minLength: 1, maxLength: 8 }),
  attributes: fc.uniqueArray(idArb, { minLength: 1, maxLength: 40 }),
});

/** Raw values a URL might carry: junk, near-misses and lists mixing ids with junk. */
function rawArb(ids: CompareIds): fc.Arbitrary<string> {
  const token = fc.oneof(
    fc.constantFrom(...ids.options),
    fc.constantFrom(...ids.categories),
    fc.constantFrom(...ids.attributes),
    fc.constantFrom(...VERDICTS),
    fc.constantFrom(...SORT_KEYS, "asc", "desc", "1", "true", "0", "false"),
    fc.constantFrom("", " ", "__proto__", "constructor", "toString", "prototype", "TRUE", "ASC"),
    fc.constantFrom(
      "<script>alert(1)</script>",
      "javascript:alert(1)",
      "%2C",
      "%",
      "\u0000",
      "\uD800",
    ),
    fc.string({ unit: "binary", maxLength: 12 }),
  );
  return fc.oneof(
    { arbitrary: token, weight: 3 },
    fc.string({ unit: "binary" }),
    fc.string({ unit: "grapheme", maxLength: 300 }),
    fc.array(token, { maxLength: 12 }).map((t) => t.join(",")),
    fc.array(token, { maxLength: 6 }).map((t) => t.join(" , ")),
    fc.integer({ min: 150, max: 2100 }).map((n) => "a".repeat(n)),
    fc.integer({ min: 1, max: 800 }).map((n) => `${ids.options[0] ?? "x"},`.repeat(n)),
  );
}

/**
 * For each parameter, any value the URL can express for these ids (lists normalised as the
 * parsers normalise them). Kept per key so a test of one parser generates only its values.
 */
function valueArbs(ids: CompareIds): { [K in Key]: fc.Arbitrary<CompareState[K]> } {
  return {
    q: fc
      .oneof(
        fc.string({ unit: "grapheme", maxLength: MAX_QUERY_LENGTH }),
        // Characters with a meaning in query strings, and text that looks percent-encoded.
        fc.string({
          unit: fc.constantFrom(
            " ",
            "+",
            "%",
            "%2C",
            "%20",
            "&",
            "=",
            "#",
            "?",
            ",",
            "\r",
            "\n",
            "\t",
            "é",
            "e\u0301",
            "😀",
            "a",
          ),
          maxLength: 60,
        }),
      )
      .filter((s) => s.length <= MAX_QUERY_LENGTH),
    cat: fc.subarray([...ids.categories]),
    diff: fc.boolean(),
    adv: fc.constantFrom(null, ...ids.options),
    stated: fc.boolean(),
    verdict: fc.subarray([...VERDICTS]),
    cols: fc.shuffledSubarray([...ids.options], { minLength: 1 }),
    sort: fc.constantFrom<string>(...SORT_KEYS, ...ids.options),
    dir: fc.constantFrom("asc" as const, "desc" as const),
    open: fc.subarray([...ids.attributes]),
    fold: fc.subarray([...ids.categories]),
    only: fc.subarray([...ids.attributes]),
  };
}

function stateArb(ids: CompareIds): fc.Arbitrary<CompareState> {
  return fc.record(valueArbs(ids));
}

/** Tokens that are no id, verdict or keyword of any parameter for these ids. */
function junkArb(ids: CompareIds): fc.Arbitrary<string> {
  const known = new Set<string>([
    ...ids.options,
    ...ids.categories,
    ...ids.attributes,
    ...VERDICTS,
    ...SORT_KEYS,
    ...["asc", "desc", "1", "true", "0", "false"],
  ]);
  return fc
    .oneof(
      fc.constantFrom("__proto__", "constructor", "toString", "TRUE", "ASC", "yes", "-1", "NaN"),
      fc.constantFrom("<script>alert(1)</script>", "javascript:alert(1)", "%", "\u0000", "\uD800"),
      fc.string({ unit: "binary", maxLength: 16 }),
    )
    .filter((t) => !known.has(t.trim()));
}

/** Raw values parameter `key` must refuse, so the state falls back to its default. */
function invalidRawArb(ids: CompareIds, key: Key): fc.Arbitrary<string> {
  const junk = junkArb(ids);
  switch (key) {
    case "q":
      // Longer than any query the app acts on.
      return fc.integer({ min: MAX_QUERY_LENGTH + 1, max: 3000 }).map((n) => "x".repeat(n));
    case "diff":
    case "stated":
    case "adv":
    case "sort":
    case "dir":
      return junk;
    default:
      // Lists of nothing but unknown items (or too long to read at all).
      return fc.oneof(
        fc.array(junk, { maxLength: 8 }).map((t) => t.join(",")),
        fc.constant(`${ids.options[0] ?? "x"},`.repeat(MAX_RAW_LENGTH)),
      );
  }
}

describe("URL state properties", () => {
  let realIds: CompareIds;
  let threeIds: CompareIds;
  /**
   * The real, fixture and test-table id sets plus generated ones. The generated sets are drawn
   * once (with a fixed seed, so a failure can be replayed) rather than per run: the runs of
   * each property then go to the URL values, which is what is being fuzzed.
   */
  let anyIds: () => fc.Arbitrary<CompareIds>;

  beforeAll(async () => {
    realIds = (await loadCompare("content", new Date().toISOString().slice(0, 10))).ids;
    threeIds = (await loadCompare("tests/fixtures/three-options", TODAY)).ids;
    const generated = fc.sample(idsArb, { numRuns: 24, seed: 20261125 });
    anyIds = () => fc.constantFrom(IDS, realIds, threeIds, ...generated);
  });

  describe("(a) every parameter's parse never throws and returns null or a valid value", () => {
    it.each(COMPARE_KEYS)("%s", (key) => {
      let accepted = 0;
      fc.assert(
        fc.property(
          anyIds().chain((ids) =>
            fc.tuple(
              fc.constant(ids),
              fc.oneof(
                rawArb(ids),
                // The serialized form of a valid value, so accepted values are well covered too.
                (valueArbs(ids)[key] as fc.Arbitrary<never>).map((v) =>
                  compareUrl(ids).parsers[key].serialize(v),
                ),
              ),
            ),
          ),
          ([ids, raw]) => {
            const value: unknown = compareUrl(ids).parsers[key].parse(raw);
            expect(
              value === null || isValid(key, value, ids),
              `${key}=${JSON.stringify(raw)}`,
            ).toBe(true);
            if (value !== null) accepted++;
          },
        ),
        RUNS,
      );
      // About half the inputs are valid; make sure the parser did accept a good share of them.
      expect(accepted).toBeGreaterThan(RUNS.numRuns / 10);
    });
  });

  it("(b) serialize then parse round-trips any valid state", () => {
    fc.assert(
      fc.property(
        anyIds().chain((ids) => fc.tuple(fc.constant(ids), stateArb(ids))),
        ([ids, state]) => {
          const url = compareUrl(ids);
          expect(url.parse(url.serialize(state))).toEqual(state);
        },
      ),
      RUNS,
    );
  });

  it("(b') a partial state round-trips to the defaults plus the given values", () => {
    fc.assert(
      fc.property(
        anyIds().chain((ids) =>
          fc.tuple(
            fc.constant(ids),
            stateArb(ids).chain((s) => fc.subarray([...COMPARE_KEYS]).map((keys) => pick(s, keys))),
          ),
        ),
        ([ids, partial]) => {
          const url = compareUrl(ids);
          expect(url.parse(url.serialize(partial))).toEqual({ ...url.defaults, ...partial });
        },
      ),
      RUNS,
    );
  });

  it("(c) parse on arbitrary search params never throws and yields allowed values", () => {
    const keyArb = fc.oneof(
      fc.constantFrom(...COMPARE_KEYS),
      fc.constantFrom("__proto__", "constructor", "prototype", "hasOwnProperty", ""),
      fc.string({ unit: "binary", maxLength: 8 }),
    );
    const searchArb = (ids: CompareIds) =>
      fc.oneof(
        // Built from pairs, repeated keys included.
        fc
          .array(fc.tuple(keyArb, rawArb(ids)), { maxLength: 16 })
          .map((pairs) => new URLSearchParams(pairs)),
        // Parsed from a raw query string.
        fc.string({ unit: "binary", maxLength: 400 }).map((s) => new URLSearchParams(s)),
        fc
          .array(fc.tuple(keyArb, fc.string({ unit: "binary", maxLength: 40 })), { maxLength: 16 })
          .map((pairs) => new URLSearchParams(pairs.map(([k, v]) => `${k}=${v}`).join("&"))),
      );
    fc.assert(
      fc.property(
        anyIds().chain((ids) => fc.tuple(fc.constant(ids), searchArb(ids))),
        ([ids, search]) => {
          const state = compareUrl(ids).parse(search);
          expect(isValidState(state, ids), `${search.toString()} -> ${JSON.stringify(state)}`).toBe(
            true,
          );
          expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
        },
      ),
      RUNS,
    );
  });

  describe("(e) a value the parameter refuses leaves the state at its defaults", () => {
    it.each(COMPARE_KEYS)("%s", (key) => {
      fc.assert(
        fc.property(
          anyIds().chain((ids) => fc.tuple(fc.constant(ids), invalidRawArb(ids, key))),
          ([ids, raw]) => {
            const url = compareUrl(ids);
            const state = url.parse(new URLSearchParams([[key, raw]]));
            expect(state, `${key}=${JSON.stringify(raw.slice(0, 80))}`).toEqual(url.defaults);
          },
        ),
        RUNS,
      );
    });
  });

  it("(f) no parameter holds a number (a numeric one would need a clamping property here)", () => {
    const { defaults } = compareUrl(IDS);
    for (const key of COMPARE_KEYS) {
      const value = defaults[key];
      const kinds = Array.isArray(value) ? value.map((v) => typeof v) : [typeof value];
      expect(kinds, key).not.toContain("number");
    }
  });

  it("(d) the default state serializes to the empty string", () => {
    fc.assert(
      fc.property(anyIds(), (ids) => {
        const url = compareUrl(ids);
        expect(url.serialize(url.defaults)).toBe("");
        expect(url.serialize({})).toBe("");
      }),
      RUNS,
    );
  });
});

function pick(state: CompareState, keys: readonly Key[]): Partial<CompareState> {
  return Object.fromEntries(keys.map((k) => [k, state[k]]));
}

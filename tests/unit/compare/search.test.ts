import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_QUERY_LENGTH,
  highlightParts,
  matchesTerms,
  normalizeText,
  searchTerms,
  type TextPart,
} from "@/lib/compare/search";

describe("normalizeText", () => {
  it.each([
    ["NUMA", "numa"],
    ["Résumé", "resume"],
    ["CRÈME BRÛLÉE", "creme brulee"],
    ["Ångström", "angstrom"],
    ["already plain", "already plain"],
    ["", ""],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe("searchTerms", () => {
  it.each<[string, string[]]>([
    ["", []],
    ["   \t\n ", []],
    ["NUMA", ["numa"]],
    ["  Local   NVMe ", ["local", "nvme"]],
    ["résumé Resume", ["resume"]],
    ["a b a", ["a", "b"]],
    // Invisible characters (a pasted zero-width space, a bidi mark, a NUL) are not typed text.
    ["boot\u200b", ["boot"]],
    ["\u202eboot", ["boot"]],
    ["\u0000bo\u00adot", ["boot"]],
    ["\u200b", []],
  ])("%j -> %j", (query, expected) => {
    expect(searchTerms(query)).toEqual(expected);
  });

  it("keeps at most 12 terms", () => {
    const query = Array.from({ length: 20 }, (_, i) => `t${i}`).join(" ");
    expect(searchTerms(query)).toEqual(Array.from({ length: 12 }, (_, i) => `t${i}`));
  });

  it("matches the URL limit on query length", () => {
    expect(MAX_QUERY_LENGTH).toBe(200);
  });
});

describe("matchesTerms", () => {
  it.each<[string, string[], boolean]>([
    ["tenant isolation\none tenant per host", [], true],
    ["tenant isolation\none tenant per host", ["tenant"], true],
    ["tenant isolation\none tenant per host", ["host", "tenant"], true],
    ["tenant isolation\none tenant per host", ["host", "kernel"], false],
    ["tenant isolation", ["nant iso"], true],
  ])("%j with %j -> %s", (haystack, terms, expected) => {
    expect(matchesTerms(haystack, terms)).toBe(expected);
  });
});

const m = (text: string): TextPart => ({ text, match: true });
const u = (text: string): TextPart => ({ text, match: false });

describe("highlightParts", () => {
  it.each<[string, string, string[], TextPart[]]>([
    ["no terms: one unmarked part", "Boot time", [], [u("Boot time")]],
    ["empty text", "", ["boot"], [u("")]],
    ["no match", "Boot time", ["numa"], [u("Boot time")]],
    [
      "case-insensitive, every occurrence",
      "NUMA and numa",
      ["numa"],
      [m("NUMA"), u(" and "), m("numa")],
    ],
    ["whole text", "NUMA", ["numa"], [m("NUMA")]],
    [
      "several terms",
      "Boot time is fast",
      ["time", "fast"],
      [u("Boot "), m("time"), u(" is "), m("fast")],
    ],
    ["adjacent matches are merged", "foobar baz", ["foo", "bar"], [m("foobar"), u(" baz")]],
    ["overlapping matches are merged", "aaaa b", ["aaa"], [m("aaaa"), u(" b")]],
    ["overlapping different terms", "abcde", ["abc", "cde"], [m("abcde")]],
    [
      "accents: cut from the original text",
      "Un résumé court",
      ["resume"],
      [u("Un "), m("résumé"), u(" court")],
    ],
    [
      "accented query",
      "Un résumé court",
      searchTerms("RÉSUMÉ"),
      [u("Un "), m("résumé"), u(" court")],
    ],
    // When folding changes the length, parts cannot be cut safely: the whole text is one part.
    ["ligature that folds to two letters", "ﬁle system", ["file"], [m("ﬁle"), u(" system")]],
    [
      "combining mark after a match",
      "ﬁlm cafe\u0301",
      ["cafe"],
      [u("ﬁlm "), m("cafe"), u("\u0301")],
    ],
    ["ligature, no match", "ﬁle system", ["numa"], [u("ﬁle system")]],
  ])("%s", (_label, text, terms, expected) => {
    expect(highlightParts(text, terms)).toEqual(expected);
  });

  it("parts always join back to the text, alternate, and mark every occurrence", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "b", "A", "é", "É", " ") }),
        fc.uniqueArray(
          fc.string({ unit: fc.constantFrom("a", "b", "e"), minLength: 1, maxLength: 3 }),
          {
            maxLength: 3,
          },
        ),
        (text, terms) => {
          const parts = highlightParts(text, terms);
          expect(parts.map((p) => p.text).join("")).toBe(text);
          if (text.length > 0 && terms.length > 0) {
            for (let i = 1; i < parts.length; i++)
              expect(parts[i]?.match).not.toBe(parts[i - 1]?.match);
            for (const p of parts) expect(p.text.length).toBeGreaterThan(0);
          }
          // Every occurrence is marked, so no unmarked part contains a term.
          for (const p of parts) {
            if (!p.match) for (const t of terms) expect(normalizeText(p.text)).not.toContain(t);
          }
          const marked = parts.filter((p) => p.match).length > 0;
          expect(marked).toBe(terms.some((t) => normalizeText(text).includes(t)));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

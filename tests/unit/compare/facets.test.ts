import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countFacets, filterRows, type FacetCounts } from "@/lib/compare/view";
import { VERDICTS, type CompareState } from "@/lib/url-state/compare-params";
import { IDS, ROWS, SHAPE, state } from "./test-data";

describe("countFacets", () => {
  it.each<[string, Partial<CompareState>, FacetCounts]>([
    [
      "no filters",
      {},
      {
        cat: { performance: 3, security: 2, operations: 2 },
        verdict: { advantage: 6, neutral: 5, disadvantage: 4 },
        adv: { metal: 3, vm: 2, box: 3 },
        diff: 6,
        // All but numa and snapshots, which have derived cells.
        stated: 5,
      },
    ],
    [
      // The category counts ignore the category filter (other categories stay non-zero), while
      // every other facet only counts performance rows.
      "cat=[performance]",
      { cat: ["performance"] },
      {
        cat: { performance: 3, security: 2, operations: 2 },
        verdict: { advantage: 3, neutral: 1, disadvantage: 2 },
        adv: { metal: 2, vm: 1, box: 2 },
        diff: 3,
        stated: 2,
      },
    ],
    [
      "verdict=[disadvantage]",
      { verdict: ["disadvantage"] },
      {
        cat: { performance: 2, security: 1, operations: 1 },
        verdict: { advantage: 6, neutral: 5, disadvantage: 4 },
        adv: { metal: 2, vm: 2, box: 2 },
        diff: 4,
        // overhead, boot-time and isolation; snapshots has a derived cell.
        stated: 3,
      },
    ],
    [
      "adv=metal",
      { adv: "metal" },
      {
        cat: { performance: 2, security: 1, operations: 0 },
        verdict: { advantage: 3, neutral: 2, disadvantage: 2 },
        adv: { metal: 3, vm: 2, box: 3 },
        diff: 3,
        // overhead and isolation; numa has derived cells.
        stated: 2,
      },
    ],
    [
      "diff on cols [metal, vm]: the diff count ignores diff, verdicts only look at shown columns",
      { diff: true, cols: ["metal", "vm"] },
      {
        cat: { performance: 3, security: 1, operations: 1 },
        verdict: { advantage: 5, neutral: 2, disadvantage: 3 },
        adv: { metal: 3, vm: 2, box: 2 },
        diff: 5,
        // Container hidden, so snapshots' derived cell no longer counts; numa's VM cell does.
        stated: 4,
      },
    ],
    [
      "search narrows every facet",
      { q: "shared" },
      {
        cat: { performance: 0, security: 1, operations: 0 },
        verdict: { advantage: 1, neutral: 1, disadvantage: 1 },
        adv: { metal: 1, vm: 0, box: 0 },
        diff: 1,
        stated: 1,
      },
    ],
    [
      "stated only",
      { stated: true },
      {
        cat: { performance: 2, security: 2, operations: 1 },
        verdict: { advantage: 4, neutral: 3, disadvantage: 3 },
        adv: { metal: 2, vm: 1, box: 3 },
        diff: 4,
        stated: 5,
      },
    ],
  ])("%s", (_label, overrides, expected) => {
    expect(countFacets(ROWS, state(overrides), SHAPE)).toEqual(expected);
  });

  it("each count is the number of rows that choosing that value alone would show", () => {
    const stateArb = fc.record({
      q: fc.constantFrom("", "host", "shared", "provider", "boot", "zzz"),
      cat: fc.subarray([...IDS.categories]),
      diff: fc.boolean(),
      adv: fc.constantFrom(null, ...IDS.options),
      verdict: fc.subarray([...VERDICTS]),
      stated: fc.boolean(),
      cols: fc.shuffledSubarray([...IDS.options], { minLength: 1 }),
      only: fc.subarray([...IDS.attributes]),
    });
    fc.assert(
      fc.property(stateArb, (overrides) => {
        const s = state(overrides);
        const counts = countFacets(ROWS, s, SHAPE);
        const n = (o: Partial<CompareState>) => filterRows(ROWS, { ...s, ...o }).length;
        for (const c of IDS.categories) expect(counts.cat[c]).toBe(n({ cat: [c] }));
        for (const v of VERDICTS) expect(counts.verdict[v]).toBe(n({ verdict: [v] }));
        for (const o of IDS.options) expect(counts.adv[o]).toBe(n({ adv: o }));
        expect(counts.diff).toBe(n({ diff: true }));
        expect(counts.stated).toBe(n({ stated: true }));
      }),
      { numRuns: 500 },
    );
  });
});

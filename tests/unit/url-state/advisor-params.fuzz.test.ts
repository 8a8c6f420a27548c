import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Importance } from "@/lib/model/schema";
import { IMPORTANCE } from "@/lib/model/constants";
import { advisorUrl, type AdvisorState } from "@/lib/url-state/advisor-params";
import { fuzzRuns } from "../../fuzz";
import { IDS } from "./advisor-ids";

const URL_STATE = advisorUrl(IDS);

const validState: fc.Arbitrary<AdvisorState> = fc.record({
  answers: fc
    .tuple(
      ...IDS.questions.map((q) => fc.option(fc.constantFrom(...q.answers), { nil: undefined })),
    )
    .map((picked) =>
      Object.fromEntries(
        IDS.questions.flatMap((q, i) => (picked[i] === undefined ? [] : [[q.id, picked[i]]])),
      ),
    ),
  overrides: fc.dictionary(
    fc.constantFrom(...IDS.factors),
    fc.constantFrom<Importance>(...IMPORTANCE),
  ),
  step: fc.constantFrom(null, ...IDS.steps),
});

describe("advisor URL state, fuzzed", () => {
  it("round-trips every valid state", () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(URL_STATE.parse(URL_STATE.serialize(state))).toEqual(state);
      }),
      fuzzRuns(),
    );
  });

  it("maps any query to a valid state without throwing", () => {
    const keys = fc.oneof(
      fc.constantFrom("kind", "scale", "need", "step", "__proto__"),
      fc.string(),
    );
    const values = fc.oneof(
      fc.string({ unit: "binary" }),
      fc
        .array(
          fc.tuple(
            fc.constantFrom(...IDS.factors, "x", ""),
            fc.constantFrom(...IMPORTANCE, "y", ""),
          ),
          { maxLength: 6 },
        )
        .map((pairs) => pairs.map(([f, l]) => `${f}.${l}`).join(",")),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, values)), (pairs) => {
        const state = URL_STATE.parse(new URLSearchParams(pairs).toString());
        for (const [q, a] of Object.entries(state.answers))
          expect(IDS.questions.find((x) => x.id === q)?.answers).toContain(a);
        for (const [f, level] of Object.entries(state.overrides)) {
          expect(IDS.factors).toContain(f);
          expect(IMPORTANCE).toContain(level);
        }
        expect([null, ...IDS.steps]).toContain(state.step);
      }),
      fuzzRuns(),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzRuns } from "../../fuzz";
import { advisorUrl, type AdvisorState } from "@/lib/url-state/advisor-params";

const IDS = [
  { id: "bios", answers: ["yes", "no", "not-sure"] },
  { id: "sharing", answers: ["yes", "no", "not-sure"] },
  { id: "qos", answers: ["yes", "no", "not-sure"] },
  { id: "bound", answers: ["gpu-fabric", "cpu-io", "not-sure"] },
];
const URL_STATE = advisorUrl(IDS);
const parse = (q: string) => URL_STATE.parse(q);

const validState: fc.Arbitrary<AdvisorState> = fc.record({
  answers: fc
    .tuple(...IDS.map((q) => fc.option(fc.constantFrom(...q.answers), { nil: undefined })))
    .map((picked) =>
      Object.fromEntries(
        IDS.flatMap((q, i) => (picked[i] === undefined ? [] : [[q.id, picked[i]]])),
      ),
    ),
  step: fc.constantFrom(null, "review", "result", ...IDS.map((q) => q.id)),
});

describe("advisor URL state, fuzzed", () => {
  it("round-trips every valid state", () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(parse(URL_STATE.serialize(state))).toEqual(state);
      }),
      fuzzRuns(),
    );
  });

  it("maps any query to a valid state without throwing", () => {
    const keys = fc.oneof(fc.constantFrom("bios", "qos", "step", "__proto__"), fc.string());
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, fc.string({ unit: "binary" }))), (pairs) => {
        const state = parse(new URLSearchParams(pairs).toString());
        for (const [q, a] of Object.entries(state.answers)) {
          expect(IDS.find((x) => x.id === q)?.answers).toContain(a);
        }
        expect([null, "review", "result", ...IDS.map((q) => q.id)]).toContain(state.step);
      }),
      fuzzRuns(),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  advisorParams,
  parseAdvisorState,
  serializeAdvisorState,
  type AdvisorState,
} from "@/lib/url-state/advisor-params";

const IDS = [
  { id: "bios", answers: ["yes", "no", "not-sure"] },
  { id: "sharing", answers: ["yes", "no", "not-sure"] },
  { id: "qos", answers: ["yes", "no", "not-sure"] },
  { id: "bound", answers: ["gpu-fabric", "cpu-io", "not-sure"] },
];
const PARAMS = advisorParams(IDS);
const parse = (q: string) => parseAdvisorState(PARAMS, new URLSearchParams(q));
const EMPTY: AdvisorState = { answers: {}, step: null };

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

describe("advisor URL state", () => {
  it.each<[string, AdvisorState]>([
    ["", EMPTY],
    ["?bios=yes&step=sharing", { answers: { bios: "yes" }, step: "sharing" }],
    [
      "?bound=gpu-fabric&qos=no&step=result",
      { answers: { bound: "gpu-fabric", qos: "no" }, step: "result" },
    ],
    // Unknown values and keys are dropped; the valid ones still apply.
    ["?bios=maybe&sharing=yes", { answers: { sharing: "yes" }, step: null }],
    ["?step=nowhere&bios=no", { answers: { bios: "no" }, step: null }],
    ["?__proto__=yes&constructor=no&bios=yes", { answers: { bios: "yes" }, step: null }],
    ["?bios=%E0%A4%A&sharing=no", { answers: { sharing: "no" }, step: null }],
    [`?bios=${"y".repeat(10_240)}&qos=yes`, { answers: { qos: "yes" }, step: null }],
    ["?bios=<script>alert(1)</script>&step=javascript:alert(1)", EMPTY],
    // Repeated keys: the first value counts, like URLSearchParams.get.
    ["?bios=no&bios=yes", { answers: { bios: "no" }, step: null }],
    ["?BIOS=yes&bios=YES", EMPTY],
  ])("parses %s", (query, expected) => {
    expect(parse(query)).toEqual(expected);
    expect(Object.getPrototypeOf(parse(query).answers)).toBe(Object.prototype);
  });

  it("writes answers in question order with the step last", () => {
    expect(
      serializeAdvisorState(PARAMS, { answers: { qos: "yes", bios: "no" }, step: "review" }),
    ).toBe("?bios=no&qos=yes&step=review");
    expect(serializeAdvisorState(PARAMS, EMPTY)).toBe("");
  });

  it("never writes what it would not read", () => {
    expect(
      serializeAdvisorState(PARAMS, { answers: { bios: "maybe", nope: "yes" }, step: "elsewhere" }),
    ).toBe("");
  });

  it("round-trips every valid state (10,000 runs)", () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(parse(serializeAdvisorState(PARAMS, state))).toEqual(state);
      }),
      { numRuns: 10_000 },
    );
  });

  it("maps any query to a valid state without throwing (10,000 runs)", () => {
    const keys = fc.oneof(fc.constantFrom("bios", "qos", "step", "__proto__"), fc.string());
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, fc.string({ unit: "binary" }))), (pairs) => {
        const state = parse(new URLSearchParams(pairs).toString());
        for (const [q, a] of Object.entries(state.answers)) {
          expect(IDS.find((x) => x.id === q)?.answers).toContain(a);
        }
        expect([null, "review", "result", ...IDS.map((q) => q.id)]).toContain(state.step);
      }),
      { numRuns: 10_000 },
    );
  });
});

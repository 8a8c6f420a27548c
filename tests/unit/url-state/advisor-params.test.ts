import { describe, expect, it } from "vitest";
import { advisorUrl, type AdvisorState } from "@/lib/url-state/advisor-params";
import { IDS } from "./advisor-ids";

const URL_STATE = advisorUrl(IDS);
const parse = (q: string) => URL_STATE.parse(q);
const EMPTY: AdvisorState = { answers: {}, overrides: {}, step: null };

describe("advisor URL state", () => {
  it.each<[string, AdvisorState]>([
    ["", EMPTY],
    ["?kind=pretraining&step=scale", { ...EMPTY, answers: { kind: "pretraining" }, step: "scale" }],
    [
      "?scale=multi-node&kind=inference&need=os-images.nice,firmware.must&step=result",
      {
        answers: { kind: "inference", scale: "multi-node" },
        overrides: { firmware: "must", "os-images": "nice" },
        step: "result",
      },
    ],
    // Unknown values and keys are dropped; the valid ones still apply.
    ["?kind=maybe&scale=part-node", { ...EMPTY, answers: { scale: "part-node" } }],
    ["?step=nowhere&kind=inference", { ...EMPTY, answers: { kind: "inference" } }],
    ["?__proto__=yes&constructor=no&kind=inference", { ...EMPTY, answers: { kind: "inference" } }],
    ["?kind=%E0%A4%A&scale=part-node", { ...EMPTY, answers: { scale: "part-node" } }],
    [`?kind=${"y".repeat(10_240)}&scale=part-node`, { ...EMPTY, answers: { scale: "part-node" } }],
    ["?kind=<script>alert(1)</script>&step=javascript:alert(1)", EMPTY],
    // Priorities: unknown factors and levels dropped, the first of a repeated factor kept.
    [
      "?need=firmware.must,nope.must,os-images.extreme",
      { ...EMPTY, overrides: { firmware: "must" } },
    ],
    ["?need=firmware.nice,firmware.must", { ...EMPTY, overrides: { firmware: "nice" } }],
    ["?need=__proto__.must,constructor.none", EMPTY],
    ["?need=.must,firmware,firmware.", EMPTY],
    [`?need=${"firmware.must,".repeat(500)}`, EMPTY],
    // Repeated keys: the first value counts, like URLSearchParams.get.
    ["?kind=inference&kind=pretraining", { ...EMPTY, answers: { kind: "inference" } }],
    ["?KIND=inference&kind=INFERENCE", EMPTY],
  ])("parses %s", (query, expected) => {
    expect(parse(query)).toEqual(expected);
    expect(Object.getPrototypeOf(parse(query).answers)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(parse(query).overrides)).toBe(Object.prototype);
  });

  it("writes answers in question order, then priorities in factor order, then the step", () => {
    expect(
      URL_STATE.serialize({
        answers: { scale: "part-node", kind: "inference" },
        overrides: { "launch-speed": "none", firmware: "must" },
        step: "result",
      }),
    ).toBe("?kind=inference&scale=part-node&need=firmware.must,launch-speed.none&step=result");
    expect(URL_STATE.serialize(EMPTY)).toBe("");
  });

  it("never writes what it would not read", () => {
    expect(
      URL_STATE.serialize({
        answers: { kind: "maybe", nope: "yes" },
        overrides: { nope: "must", firmware: "extreme" as never },
        step: "elsewhere",
      }),
    ).toBe("");
  });
});

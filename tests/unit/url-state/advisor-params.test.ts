import { describe, expect, it } from "vitest";
import { advisorUrl, type AdvisorState } from "@/lib/url-state/advisor-params";

const IDS = [
  { id: "bios", answers: ["yes", "no", "not-sure"] },
  { id: "sharing", answers: ["yes", "no", "not-sure"] },
  { id: "qos", answers: ["yes", "no", "not-sure"] },
  { id: "bound", answers: ["gpu-fabric", "cpu-io", "not-sure"] },
];
const URL_STATE = advisorUrl(IDS);
const parse = (q: string) => URL_STATE.parse(q);
const EMPTY: AdvisorState = { answers: {}, step: null };

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
    expect(URL_STATE.serialize({ answers: { qos: "yes", bios: "no" }, step: "review" })).toBe(
      "?bios=no&qos=yes&step=review",
    );
    expect(URL_STATE.serialize(EMPTY)).toBe("");
  });

  it("never writes what it would not read", () => {
    expect(
      URL_STATE.serialize({ answers: { bios: "maybe", nope: "yes" }, step: "elsewhere" }),
    ).toBe("");
  });
});

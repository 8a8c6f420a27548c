import { describe, expect, it } from "vitest";
import { MAX_WORKLOADS, cleanName, planUrl, type PlanState } from "@/lib/plan/plan-url";
import { IDS } from "./plan-ids";

const PLAN = planUrl(IDS);
const EMPTY: PlanState = { workloads: [], edit: null, step: null };
const w = (name: string, answers = {}, overrides = {}) => ({ name, answers, overrides });

describe("plan URL", () => {
  it.each<[string, PlanState]>([
    ["", EMPTY],
    ["?w=Training", { ...EMPTY, workloads: [w("Training")] }],
    [
      "?w=Pre-training~kind:pretraining,scale:multi-node~firmware:must&w=Inference+API~kind:inference",
      {
        ...EMPTY,
        workloads: [
          w("Pre-training", { kind: "pretraining", scale: "multi-node" }, { firmware: "must" }),
          w("Inference API", { kind: "inference" }),
        ],
      },
    ],
    // Which workload is being answered, and where: 1-based in the URL.
    ["?w=A&w=B&edit=2&step=scale", { workloads: [w("A"), w("B")], edit: 1, step: "scale" }],
    // Unknown questions, answers, factors and levels are dropped; the rest kept.
    [
      "?w=A~kind:maybe,nope:x,scale:part-node~firmware:extreme,nope:must,os-images:nice",
      { ...EMPTY, workloads: [w("A", { scale: "part-node" }, { "os-images": "nice" })] },
    ],
    // A workload without a name is dropped; the others stay in order.
    ["?w=~kind:inference&w=B", { ...EMPTY, workloads: [w("B")] }],
    // An edit past the last workload, or a step without an edit, is ignored.
    ["?w=A&edit=5&step=kind", { ...EMPTY, workloads: [w("A")] }],
    ["?w=A&step=kind", { ...EMPTY, workloads: [w("A")] }],
    ["?w=A&edit=0", { ...EMPTY, workloads: [w("A")] }],
    ["?w=A&edit=1&step=nowhere", { workloads: [w("A")], edit: 0, step: null }],
    // Names: one line, no separator, at most 40 characters.
    [`?w=${encodeURIComponent("a\nb\tc")}`, { ...EMPTY, workloads: [w("a b c")] }],
    [`?w=${"x".repeat(60)}`, { ...EMPTY, workloads: [w("x".repeat(40))] }],
    // Hostile values stay text; React renders them escaped.
    [
      "?w=%3Cscript%3Ealert(1)%3C/script%3E",
      { ...EMPTY, workloads: [w("<script>alert(1)</script>")] },
    ],
    [`?w=${"A~".repeat(400)}`, EMPTY],
    ["?w=__proto__~__proto__:x~constructor:must", { ...EMPTY, workloads: [w("__proto__")] }],
  ])("parses %s", (query, expected) => {
    expect(PLAN.parse(query)).toEqual(expected);
  });

  it(`keeps at most ${MAX_WORKLOADS} workloads`, () => {
    const query = Array.from({ length: 9 }, (_, i) => `w=W${i}`).join("&");
    expect(PLAN.parse(`?${query}`).workloads.map((x) => x.name)).toEqual(
      Array.from({ length: MAX_WORKLOADS }, (_, i) => `W${i}`),
    );
  });

  it("writes workloads in order, answers in question order, priorities in factor order", () => {
    expect(
      PLAN.serialize({
        workloads: [
          w(
            "Pre training",
            { scale: "multi-node", kind: "pretraining" },
            { "os-images": "nice", firmware: "must" },
          ),
          w("Notebooks"),
        ],
        edit: 1,
        step: "kind",
      }),
    ).toBe(
      "?w=Pre+training~kind:pretraining,scale:multi-node~firmware:must,os-images:nice&w=Notebooks&edit=2&step=kind",
    );
    expect(PLAN.serialize(EMPTY)).toBe("");
  });

  it("cleans names", () => {
    expect(cleanName("  A~B \n C  ")).toBe("A B C");
    expect(cleanName("~~~")).toBe("");
  });

  it.each([
    ["a right-to-left override", "Training\u202e", "Training"],
    ["isolates and marks", "\u2067A\u2069 \u200fB\u061c", "A B"],
    ["a lone surrogate", "A\ud83dB", "AB"],
    ["an emoji at the cut", `${"x".repeat(39)}\u{1f600}y`, `${"x".repeat(39)}\u{1f600}`],
    ["a space at the cut", `${"x".repeat(39)} y`, "x".repeat(39)],
    ["a joined emoji", "Team \u{1f469}\u200d\u{1f4bb}", "Team \u{1f469}\u200d\u{1f4bb}"],
  ])("cleans %s", (_, name, clean) => {
    expect(cleanName(name)).toBe(clean);
  });
});

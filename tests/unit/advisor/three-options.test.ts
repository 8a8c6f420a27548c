import { beforeAll, describe, expect, it } from "vitest";
import { recommend } from "@/lib/advisor/recommend";
import { whatWouldChange } from "@/lib/advisor/what-would-change";
import type { FeatureMatrix } from "@/lib/model/schema";
import { matrixOf } from "./load";

let m: FeatureMatrix;
beforeAll(async () => {
  m = await matrixOf("tests/fixtures/three-options");
});

// Verdicts in the fixture: overhead (vm loses), boot-time (bare-metal loses), tenant isolation
// (bare-metal advantage, vm neutral, container disadvantage).
describe("the advisor works unchanged with three options", () => {
  it.each<[string, Record<string, string>, string[], string[]]>([
    [
      "nothing answered: a three-way tie",
      {},
      ["virtual-machine", "bare-metal", "gpu-container"],
      [],
    ],
    [
      "overhead matters: bare metal and containers tie",
      { speed: "critical" },
      ["bare-metal", "gpu-container"],
      [],
    ],
    [
      "overhead and fast launch: containers win",
      { speed: "critical", launch: "fast" },
      ["gpu-container"],
      [],
    ],
    [
      "single tenant required: the container is ruled out",
      { alone: "yes" },
      ["bare-metal"],
      ["gpu-container"],
    ],
  ])("%s", (_, answers, top, excluded) => {
    const r = recommend(m, answers);
    expect(r.top).toEqual(top);
    expect(r.excluded.map((e) => e.optionId)).toEqual(excluded);
    expect(r.ranked[0]!.categories.map((c) => c.categoryId)).toEqual(m.categories.map((c) => c.id));
  });

  it("names the answer that would break a three-way tie, and to what", () => {
    expect(whatWouldChange(m, { speed: "critical" })).toContainEqual({
      questionId: "launch",
      fromAnswerId: "not-sure",
      toAnswerId: "fast",
      top: ["gpu-container"],
    });
  });

  it("skips a question whose askIf is not met, and asks it when it is", () => {
    expect(recommend(m, { detail: "every" }).top).toHaveLength(3);
    expect(recommend(m, { speed: "critical", detail: "every" }).decisive).toEqual([]);
  });
});

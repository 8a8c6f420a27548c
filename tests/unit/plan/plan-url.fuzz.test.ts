import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IMPORTANCE } from "@/lib/model/constants";
import type { Importance } from "@/lib/model/schema";
import { MAX_NAME, MAX_WORKLOADS, cleanName, planUrl, type PlanState } from "@/lib/plan/plan-url";
import { fuzzRuns } from "../../fuzz";
import { IDS } from "./plan-ids";

const PLAN = planUrl(IDS);

const name = fc
  .string({ minLength: 1, maxLength: 50 })
  .map(cleanName)
  .filter((n) => n.length > 0);
const workload = fc.record({
  name,
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
});
const validPlan: fc.Arbitrary<PlanState> = fc
  .array(workload, { maxLength: MAX_WORKLOADS })
  .chain((workloads) =>
    fc.record({
      workloads: fc.constant(workloads),
      edit:
        workloads.length === 0
          ? fc.constant(null)
          : fc.option(fc.nat(workloads.length - 1), { nil: null }),
      step: fc.constantFrom(...IDS.steps),
    }),
  )
  .map((p) => ({ ...p, step: p.edit === null ? null : p.step }));

describe("plan URL, fuzzed", () => {
  it("round-trips every valid plan", () => {
    fc.assert(
      fc.property(validPlan, (plan) => {
        expect(PLAN.parse(PLAN.serialize(plan))).toEqual(plan);
      }),
      fuzzRuns(),
    );
  });

  it("cleans any name to at most MAX_NAME whole characters on one line, with no bidi control, stably", () => {
    const unsafe = /[\u0000-\u001f\u007f~\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\p{Cs}/u;
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (raw) => {
        const name = cleanName(raw);
        return (
          [...name].length <= MAX_NAME &&
          !unsafe.test(name) &&
          name === name.trim() &&
          cleanName(name) === name
        );
      }),
      fuzzRuns(),
    );
  });

  it("maps any query to a valid plan without throwing", () => {
    const value = fc.oneof(
      fc.string(),
      fc
        .array(
          fc.constantFrom("~", ":", ",", "kind", "pretraining", "firmware", "must", "A", " "),
          { maxLength: 20 },
        )
        .map((p) => p.join("")),
    );
    const key = fc.constantFrom("w", "edit", "step", "__proto__", "x");
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 12 }), (pairs) => {
        const plan = PLAN.parse(new URLSearchParams(pairs));
        expect(plan.workloads.length).toBeLessThanOrEqual(MAX_WORKLOADS);
        for (const w of plan.workloads) {
          expect(w.name.length).toBeGreaterThan(0);
          expect([...w.name].length).toBeLessThanOrEqual(MAX_NAME);
          expect(w.name).not.toMatch(/[~\n\r\t]/);
          for (const [q, a] of Object.entries(w.answers))
            expect(IDS.questions.find((x) => x.id === q)?.answers).toContain(a);
          for (const [f, l] of Object.entries(w.overrides)) {
            expect(IDS.factors).toContain(f);
            expect(IMPORTANCE).toContain(l);
          }
        }
        if (plan.edit !== null) expect(plan.edit).toBeLessThan(plan.workloads.length);
        else expect(plan.step).toBeNull();
      }),
      fuzzRuns(),
    );
  });
});

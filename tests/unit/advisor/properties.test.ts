import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { relevantQuestions, type Answers } from "@/lib/advisor/answers";
import { recommend } from "@/lib/advisor/recommend";
import { demandsOf, scoreOptions, VERDICT_POINTS, verdictOf } from "@/lib/advisor/score";
import { givenAnswers } from "@/lib/advisor/answers";
import { whatWouldChange } from "@/lib/advisor/what-would-change";
import type { FeatureMatrix } from "@/lib/model/schema";
import { advisorUrl } from "@/lib/url-state/advisor-params";
import { matrixOf } from "./load";

const MATRICES: Record<string, FeatureMatrix> = {};
beforeAll(async () => {
  MATRICES.content = await matrixOf("content");
  MATRICES["three-options"] = await matrixOf("tests/fixtures/three-options");
});

/** Any valid answer set: each question unanswered or given one of its answers. */
function answersOf(m: FeatureMatrix): fc.Arbitrary<Answers> {
  return fc
    .tuple(
      ...m.questions.map((q) =>
        fc.option(fc.constantFrom(...q.answers.map((a) => a.id)), { nil: undefined }),
      ),
    )
    .map((ids) => {
      const out: Record<string, string> = {};
      m.questions.forEach((q, i) => {
        if (ids[i] !== undefined) out[q.id] = ids[i];
      });
      return out;
    });
}

describe.each(["content", "three-options"])("advisor properties on %s", (name) => {
  const m = () => MATRICES[name]!;

  it("the same answers always give the same result", () => {
    fc.assert(
      fc.property(answersOf(m()), (answers) => {
        expect(recommend(m(), answers)).toEqual(recommend(m(), { ...answers }));
      }),
      { numRuns: 300 },
    );
  });

  it("raising an attribute's importance never lowers the option that wins it relative to the one that loses it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), {
          minLength: m().attributes.length,
          maxLength: m().attributes.length,
        }),
        fc.nat(),
        fc.integer({ min: 1, max: 10 }),
        (ws, pick, raise) => {
          const attributes = m().attributes;
          const attribute = attributes[pick % attributes.length]!;
          const weights = new Map(attributes.map((a, i) => [a.id, ws[i]!]));
          const raised = new Map(weights).set(
            attribute.id,
            (weights.get(attribute.id) ?? 0) + raise,
          );
          const before = scoreOptions(m(), weights);
          const after = scoreOptions(m(), raised);
          for (const a of m().options) {
            for (const b of m().options) {
              const va = VERDICT_POINTS[verdictOf(attribute, a.id)];
              const vb = VERDICT_POINTS[verdictOf(attribute, b.id)];
              if (va <= vb) continue;
              const lead = (s: typeof before) =>
                s.find((x) => x.optionId === a.id)!.points -
                s.find((x) => x.optionId === b.id)!.points;
              expect(lead(after)).toBeGreaterThan(lead(before));
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("an option that cannot meet a hard requirement is always excluded", () => {
    fc.assert(
      fc.property(answersOf(m()), (answers) => {
        const result = recommend(m(), answers);
        const { requirements } = demandsOf(givenAnswers(m().questions, answers));
        for (const req of requirements) {
          const attribute = m().attributes.find((a) => a.id === req.attributeId)!;
          for (const option of m().options) {
            const fails = verdictOf(attribute, option.id) === "disadvantage";
            const excluded = result.excluded.find((e) => e.optionId === option.id);
            if (fails) {
              expect(excluded?.unmet).toContainEqual(req);
              expect(result.ranked.map((r) => r.optionId)).not.toContain(option.id);
              expect(result.top).not.toContain(option.id);
            }
          }
        }
        // Every option is either ranked or excluded, never both, never lost.
        expect(
          [
            ...result.ranked.map((r) => r.optionId),
            ...result.excluded.map((e) => e.optionId),
          ].sort(),
        ).toEqual(
          m()
            .options.map((o) => o.id)
            .sort(),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("the top options share the best score, and a single winner leads the rest", () => {
    fc.assert(
      fc.property(answersOf(m()), (answers) => {
        const r = recommend(m(), answers);
        const best = Math.max(...r.ranked.map((s) => s.points));
        for (const s of r.ranked) {
          if (r.top.includes(s.optionId)) expect(s.points).toBe(best);
          else expect(s.points).toBeLessThan(best);
        }
        if (r.strength === "tie") expect(r.top.length).toBeGreaterThan(1);
        if (["slight", "clear", "strong"].includes(r.strength)) {
          expect(r.top).toHaveLength(1);
          expect(r.margin.points).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("every reported flip really flips the result when applied", () => {
    fc.assert(
      fc.property(answersOf(m()), (answers) => {
        const now = recommend(m(), answers).top;
        for (const f of whatWouldChange(m(), answers)) {
          const changed: Record<string, string> = { ...answers };
          if (f.toAnswerId === "not-sure") delete changed[f.questionId];
          else changed[f.questionId] = f.toAnswerId;
          const then = recommend(m(), changed).top;
          expect(then).toEqual(f.top);
          expect([...then].sort()).not.toEqual([...now].sort());
        }
      }),
      { numRuns: 100 },
    );
  });

  it("any URL, however hostile, yields a result and never throws", () => {
    const keys = [
      ...m().questions.map((q) => q.id),
      "step",
      "__proto__",
      "constructor",
      "toString",
    ];
    const values = fc.oneof(
      fc.string(),
      fc.constantFrom(...m().questions.flatMap((q) => q.answers.map((a) => a.id))),
      fc.constantFrom(
        "%E0%A4%A",
        "<script>alert(1)</script>",
        "javascript:alert(1)",
        "x".repeat(10_240),
      ),
    );
    const advisor = advisorUrl(
      m().questions.map((q) => ({ id: q.id, answers: q.answers.map((a) => a.id) })),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string()), values)),
        (pairs) => {
          const state = advisor.parse(new URLSearchParams(pairs));
          for (const [q, a] of Object.entries(state.answers)) {
            const question = m().questions.find((x) => x.id === q);
            expect(question?.answers.map((x) => x.id)).toContain(a);
          }
          const r = recommend(m(), state.answers);
          expect(Array.isArray(r.top)).toBe(true);
          expect(relevantQuestions(m().questions, state.answers).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

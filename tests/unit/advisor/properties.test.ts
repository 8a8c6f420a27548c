import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LEVELS } from "@/lib/advisor/priorities";
import { rank, type AdvisorModel, type Choice } from "@/lib/advisor/rank";
import { recommend } from "@/lib/advisor/recommend";
import { isMinorMove } from "@/lib/advisor/what-would-change";
import type { Importance } from "@/lib/model/schema";
import { modelOf, question, type CellSpec } from "./model";

const SPECS: CellSpec[] = ["a", "n", "d", "a~", "n~", "d~", "d!", "?"];
const level = fc.constantFrom<Importance>(...LEVELS);

/** A random model (2-4 options, 1-7 factors of 1-3 rows, up to 2 questions) and a choice. */
const scenario: fc.Arbitrary<{ model: AdvisorModel; choice: Choice; factors: string[] }> = fc
  .record({
    options: fc.integer({ min: 2, max: 4 }),
    factors: fc.integer({ min: 1, max: 7 }),
  })
  .chain(({ options, factors }) => {
    const ids = Array.from({ length: options }, (_, i) => `o${i}`);
    const fids = Array.from({ length: factors }, (_, i) => `f${i}`);
    const rows = fc.array(
      fc.array(fc.constantFrom(...SPECS), { minLength: options, maxLength: options }),
      {
        minLength: 1,
        maxLength: 3,
      },
    );
    const presets = fc.dictionary(
      fc.constantFrom(...fids),
      fc.constantFrom<"must" | "important" | "nice">("must", "important", "nice"),
    );
    return fc
      .record({
        cells: fc.tuple(...fids.map(() => rows)),
        questions: fc.array(fc.tuple(presets, presets), { maxLength: 2 }),
        answers: fc.array(fc.constantFrom("x", "y", "not-sure"), { minLength: 2, maxLength: 2 }),
        overrides: fc.dictionary(fc.constantFrom(...fids), level),
      })
      .map(({ cells, questions, answers, overrides }) => {
        const qs = questions.map(([x, y], i) => question(`q${i}`, { x, y }));
        return {
          model: modelOf(ids, Object.fromEntries(fids.map((f, i) => [f, cells[i]!])), qs),
          choice: {
            answers: Object.fromEntries(qs.map((q, i) => [q.id, answers[i]!])),
            overrides,
          },
          factors: fids,
        };
      });
  });

describe("advisor properties", () => {
  it("a minor priority move never flips a high-confidence result", () => {
    fc.assert(
      fc.property(scenario, ({ model, choice }) => {
        const r = recommend(model, choice);
        if (r.confidence.level !== "high" || r.status !== "recommend") return;
        for (const p of r.priorities) {
          for (const to of LEVELS) {
            if (!isMinorMove(p.importance, to)) continue;
            const next = rank(model, {
              ...choice,
              overrides: { ...choice.overrides, [p.factorId]: to },
            });
            expect(next.top, `${p.factorId}: ${p.importance} -> ${to}`).toEqual(r.top);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it("no option is ever ruled out by a cell that is not stated", () => {
    fc.assert(
      fc.property(scenario, ({ model, choice }) => {
        for (const s of rank(model, choice).scores) {
          for (const e of s.excludedBy) {
            const row = model.cells
              .get(e.factorId)!
              .get(e.optionId)!
              .rows.find((r) => r.attributeId === e.attributeId)!;
            expect(row.cell.evidence).toBe("stated");
            expect(row.cell.evidence === "stated" && row.cell.unavailable).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it("raising a factor's importance never lowers the lead of an option that wins on it", () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ({ model, choice, factors }, pick) => {
        const factor = factors[pick % factors.length]!;
        const before = rank(model, choice);
        const now = before.priorities.find((p) => p.factorId === factor)!.importance;
        const i = LEVELS.indexOf(now);
        if (i === 0) return;
        const after = rank(model, {
          ...choice,
          overrides: { ...choice.overrides, [factor]: LEVELS[i - 1]! },
        });
        const pts = (r: typeof before, id: string) =>
          r.scores.find((s) => s.optionId === id)!.points;
        const cells = model.cells.get(factor)!;
        for (const a of model.options)
          for (const b of model.options) {
            const ca = cells.get(a.id)!;
            const cb = cells.get(b.id)!;
            const wins = (c: typeof ca) =>
              c.verdict === null
                ? 1
                : c.verdict === "advantage"
                  ? 2
                  : c.verdict === "neutral"
                    ? 1
                    : 0;
            if (wins(ca) <= wins(cb)) continue;
            expect(pts(after, a.id) - pts(after, b.id)).toBeGreaterThanOrEqual(
              pts(before, a.id) - pts(before, b.id),
            );
          }
      }),
      { numRuns: 400 },
    );
  });

  it("every result is consistent: a winner is in the running, ruled-out options are scored", () => {
    fc.assert(
      fc.property(scenario, ({ model, choice }) => {
        const r = recommend(model, choice);
        expect(r.options).toHaveLength(model.options.length);
        if (r.winner !== null) {
          expect(r.options.find((o) => o.optionId === r.winner)!.excludedBy).toEqual([]);
          expect(r.top).toEqual([r.winner]);
        }
        if (r.status === "none") expect(r.options.every((o) => o.excludedBy.length > 0)).toBe(true);
        expect(["high", "medium", "low"]).toContain(r.confidence.level);
        expect(r.statedShare).toBeGreaterThanOrEqual(0);
        expect(r.statedShare).toBeLessThanOrEqual(1);
        for (const f of r.flips) expect([...f.top].sort()).not.toEqual([...r.top].sort());
      }),
      { numRuns: 400 },
    );
  });
});

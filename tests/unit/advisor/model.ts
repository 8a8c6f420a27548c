import { advisorModel, type AdvisorModel } from "@/lib/advisor/rank";
import type { Attribute, Cell, Factor, Question } from "@/lib/model/schema";

/**
 * A cell as written in a test table: `a`, `n`, `d` (stated advantage, neutral, disadvantage),
 * the same with `~` (derived), `d!` (stated disadvantage that makes the option unavailable),
 * `?` (unstated).
 */
export type CellSpec = "a" | "n" | "d" | "a~" | "n~" | "d~" | "d!" | "?";

const VERDICT = { a: "advantage", n: "neutral", d: "disadvantage" } as const;

export function cell(spec: CellSpec): Cell {
  const common = { source: "src", reviewed: "2026-11-01" };
  if (spec === "?") return { evidence: "unstated", ...common };
  const verdict = VERDICT[spec[0] as "a" | "n" | "d"];
  return {
    evidence: spec.endsWith("~") ? "derived" : "stated",
    value: `${verdict} value`,
    verdict,
    ...(spec === "d!" ? { unavailable: true as const } : {}),
    ...common,
  };
}

/**
 * A hand-built model: each factor id maps to its rows, each row to a cell per option (in the
 * order of `options`). A factor written as one array of specs has one row.
 */
export function modelOf(
  options: readonly string[],
  factors: Record<string, CellSpec[] | CellSpec[][]>,
  questions: Question[] = [],
): AdvisorModel {
  const attributes: Attribute[] = [];
  const factorList: Factor[] = [];
  for (const [id, spec] of Object.entries(factors)) {
    factorList.push({ id, name: id, need: `Need ${id}`, help: "Help.", category: "cat" });
    const rows = (Array.isArray(spec[0]) ? spec : [spec]) as CellSpec[][];
    rows.forEach((row, i) => {
      attributes.push({
        id: `${id}-${i}`,
        name: `${id} row ${i}`,
        category: "cat",
        factor: id,
        order: i,
        why: "Why.",
        cells: Object.fromEntries(options.map((o, j) => [o, cell(row[j]!)])),
      });
    });
  }
  return advisorModel({
    options: options.map((id, order) => ({
      id,
      name: id,
      summary: "Summary.",
      order,
      description: ["D."],
      strengths: ["S."],
      limitations: ["L."],
      responsibilities: ["R."],
    })),
    factors: factorList,
    questions,
    attributes,
  });
}

/** A workload question whose answers set the given priorities. */
export function question(
  id: string,
  answers: Record<string, Record<string, "must" | "important" | "nice">>,
): Question {
  return {
    id,
    order: 0,
    topic: id,
    question: `${id}?`,
    help: [],
    answers: [
      ...Object.entries(answers).map(([answerId, priorities]) => ({
        id: answerId,
        label: answerId,
        priorities,
      })),
      { id: "not-sure", label: "Not sure", priorities: {} },
    ],
  };
}

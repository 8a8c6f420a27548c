import { answerTo } from "@/lib/advisor/answers";
import type { AdvisorData } from "./types";
import type { Names } from "./words";

/** Id-to-name lookups for one result's wording. */
export function namesOf(data: AdvisorData): Names {
  const { matrix } = data;
  const options = new Map(matrix.options.map((o) => [o.id, o.name]));
  const factors = new Map(matrix.factors.map((f) => [f.id, f]));
  const questions = new Map(matrix.questions.map((q) => [q.id, q]));
  const attributes = new Map(matrix.attributes.map((a) => [a.id, a.name]));
  return {
    option: (id) => options.get(id) ?? id,
    factor: (id) => factors.get(id)?.name ?? id,
    need: (id) => factors.get(id)?.need ?? id,
    question: (id) => questions.get(id)?.topic ?? id,
    answer: (questionId, answerId) => {
      const q = questions.get(questionId);
      return (q && answerTo(q, { [questionId]: answerId })?.label) ?? answerId;
    },
    attribute: (id) => attributes.get(id) ?? id,
  };
}

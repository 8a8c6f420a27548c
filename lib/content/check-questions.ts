import { IMPORTANCE } from "../model/constants";
import type { Attribute, Category, Factor } from "../model/schema";
import { flowSteps, RESULT } from "../advisor/steps";
import { advisorUrl, NEED_KEY, STEP_KEY } from "../url-state/advisor-params";
import type { ParsedQuestion } from "./parse-question";
import type { FileReport } from "./problems";

/** Longest advisor URL the content may produce (every question answered, every priority edited). */
export const MAX_ADVISOR_URL = 1000;

/**
 * Checks that need every question and factor: each priority names a factor (a question weighs
 * factors, never rows, so that a fact counts once however many rows show it), no question id
 * is taken by the URL or by a needs step, and a fully answered and re-prioritised advisor still
 * fits a shareable URL. `questions` must already be in questionnaire order.
 */
export function checkQuestions(
  questions: readonly (ParsedQuestion & { report: FileReport })[],
  factors: readonly Factor[],
  categories: readonly Category[],
  attributes: readonly Attribute[],
): void {
  const factorIds = new Set(factors.map((f) => f.id));
  const factorOf = new Map(attributes.map((a) => [a.id, a.factor]));
  const taken = new Map<string, string>([
    [STEP_KEY, "the advisor's step parameter"],
    [NEED_KEY, "the advisor's priorities parameter"],
    [RESULT, "the result step"],
    ...categories.map((c): [string, string] => [c.id, `the needs step of the category "${c.id}"`]),
  ]);
  for (const { question, idPlace, priorityPlaces, report } of questions) {
    const clash = taken.get(question.id);
    if (clash) {
      report.error(
        idPlace,
        `the id "${question.id}" is taken by ${clash}`,
        "give the question another id",
      );
    }
    for (const { factorId, place } of priorityPlaces) {
      if (factorIds.has(factorId)) continue;
      const factor = factorOf.get(factorId);
      if (factor !== undefined) {
        report.error(
          place,
          `"${factorId}" is an attribute (a row), not a factor: a question weighs factors, so that a fact counts once however many rows show it`,
          `weigh its factor instead: \`${factor}:\``,
        );
      } else report.refer("factor", factorId, place);
    }
  }

  const steps = flowSteps({
    questions: questions.map((q) => q.question),
    factors: [...factors],
    categories: [...categories],
  });
  const advisor = advisorUrl({
    questions: questions.map(({ question }) => ({
      id: question.id,
      answers: question.answers.map((a) => a.id),
    })),
    factors: factors.map((f) => f.id),
    steps: [...steps.map((s) => s.id), RESULT],
  });
  const longest = Object.fromEntries(
    questions.map(({ question }) => [
      question.id,
      question.answers.reduce((a, b) => (b.id.length > a.id.length ? b : a)).id,
    ]),
  );
  const longestLevel = [...IMPORTANCE].sort((a, b) => b.length - a.length)[0]!;
  const overrides = Object.fromEntries(factors.map((f) => [f.id, longestLevel]));
  const url = `/advisor${advisor.serialize({ answers: longest, overrides, step: RESULT })}`;
  const last = questions.at(-1);
  if (last && url.length > MAX_ADVISOR_URL) {
    last.report.error(
      last.idPlace,
      `with every question answered and every priority changed, the advisor's URL is ${url.length} characters (limit ${MAX_ADVISOR_URL})`,
      "shorten question, answer and factor ids, or ask fewer questions",
    );
  }
}

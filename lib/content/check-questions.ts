import type { Question } from "../model/schema";
import { advisorUrl, RESULT, STEP_KEY } from "../url-state/advisor-params";
import type { ParsedQuestion } from "./parse-question";
import type { FileReport } from "./problems";

/** Longest advisor URL the questions may produce (every question answered), in characters. */
export const MAX_ADVISOR_URL = 2000;

/**
 * Checks that need every question: `askIf` names an earlier question and answers it has,
 * no question is named like the `step` parameter, and a fully answered questionnaire still
 * fits a shareable URL. `questions` must already be in questionnaire order.
 */
export function checkQuestions(questions: readonly (ParsedQuestion & { report: FileReport })[]) {
  const seen = new Map<string, Question>();
  for (const { question, idPlace, askIfPlace, report } of questions) {
    if (question.id === STEP_KEY) {
      report.error(idPlace, `the id "${STEP_KEY}" is reserved`, "give the question another id");
    }
    const dep = question.askIf;
    if (dep) {
      const earlier = seen.get(dep.question);
      if (!earlier) {
        const later = questions.some((q) => q.question.id === dep.question);
        report.error(
          askIfPlace,
          later
            ? `\`askIf\` depends on "${dep.question}", which comes later`
            : `\`askIf\` names no question "${dep.question}"`,
          later
            ? `give "${dep.question}" a lower \`order\` than ${question.order}, or depend on an earlier question`
            : `use the id of an earlier question: ${[...seen.keys()].join(", ") || "(none yet)"}`,
        );
      } else {
        const unknown = dep.answers.filter((a) => !earlier.answers.some((b) => b.id === a));
        if (unknown.length > 0) {
          report.error(
            askIfPlace,
            `\`askIf\` names answers "${dep.question}" does not have: ${unknown.join(", ")}`,
            `use its answer ids: ${earlier.answers.map((a) => a.id).join(", ")}`,
          );
        }
      }
    }
    seen.set(question.id, question);
  }

  const advisor = advisorUrl(
    questions.map(({ question }) => ({
      id: question.id,
      answers: question.answers.map((a) => a.id),
    })),
  );
  const longest = Object.fromEntries(
    questions.map(({ question }) => [
      question.id,
      question.answers.reduce((a, b) => (b.id.length > a.id.length ? b : a)).id,
    ]),
  );
  const url = `/advisor${advisor.serialize({ answers: longest, step: RESULT })}`;
  const last = questions.at(-1);
  if (last && url.length > MAX_ADVISOR_URL) {
    last.report.error(
      last.idPlace,
      `with every question answered, the advisor's URL is ${url.length} characters (limit ${MAX_ADVISOR_URL})`,
      "shorten question and answer ids, or ask fewer questions",
    );
  }
}

import { NOT_SURE } from "../model/constants";
import type { Answer, Question } from "../model/schema";

/** Answer ids keyed by question id, as read from the URL. Keys are only ever question ids. */
export type Answers = Readonly<Record<string, string>>;

/** The answer given to a question, if it is one of that question's answers. */
export function answerTo(question: Question, answers: Answers): Answer | undefined {
  const id = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
  return id === undefined ? undefined : question.answers.find((a) => a.id === id);
}

/** True when the answer changes nothing (not sure, or no answer). */
export function isNeutral(answer: Answer | undefined): boolean {
  return !answer || answer.id === NOT_SURE || Object.keys(answer.priorities).length === 0;
}

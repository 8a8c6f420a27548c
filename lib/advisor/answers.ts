import { NOT_SURE } from "../model/not-sure";
import type { Answer, Question } from "../model/schema";

/** Answer ids keyed by question id, as read from the URL. Keys are only ever question ids. */
export type Answers = Readonly<Record<string, string>>;

/** The answer given to a question, if it is one of that question's answers. */
export function answerTo(question: Question, answers: Answers): Answer | undefined {
  const id = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
  return id === undefined ? undefined : question.answers.find((a) => a.id === id);
}

/**
 * The questions that apply, in order: a question with `askIf` applies only when the question
 * it depends on applies and got one of the listed answers. Content checks guarantee that
 * `askIf` points at an earlier question, so one pass in order is enough.
 */
export function relevantQuestions(questions: readonly Question[], answers: Answers): Question[] {
  const relevant = new Set<string>();
  const out: Question[] = [];
  for (const q of questions) {
    if (q.askIf) {
      const dep = questions.find((d) => d.id === q.askIf!.question);
      const given = dep && relevant.has(dep.id) ? answerTo(dep, answers)?.id : undefined;
      if (given === undefined || !q.askIf.answers.includes(given)) continue;
    }
    relevant.add(q.id);
    out.push(q);
  }
  return out;
}

/** A relevant question together with the answer that counts for it (unanswered = not sure). */
export interface Given {
  question: Question;
  answer: Answer | undefined;
}

export function givenAnswers(questions: readonly Question[], answers: Answers): Given[] {
  return relevantQuestions(questions, answers).map((question) => ({
    question,
    answer: answerTo(question, answers),
  }));
}

/** True when the answer changes nothing (not sure, or no answer). */
export function isNeutral(answer: Answer | undefined): boolean {
  return (
    !answer ||
    answer.id === NOT_SURE ||
    (Object.keys(answer.weights).length === 0 && answer.requires.length === 0)
  );
}

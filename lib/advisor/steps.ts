import type { Question } from "../model/schema";
import { REVIEW, RESULT, type Step } from "../url-state/advisor-params";
import { relevantQuestions, type Answers } from "./answers";

/**
 * Where a step sits in the flow, given the answers so far. Counts only questions that apply,
 * so "3 of 12" stays honest when an answer makes a later question irrelevant.
 */
export interface Place {
  /** The questions that apply, in order. */
  relevant: Question[];
  /** The question shown, when the step is a question that applies. */
  question: Question | undefined;
  /** 1-based position among the questions that apply (0 on the start page; total + 1 after them). */
  index: number;
  total: number;
  previous: Step;
  next: Step;
}

export function placeOf(questions: readonly Question[], answers: Answers, step: Step): Place {
  const relevant = relevantQuestions(questions, answers);
  const total = relevant.length;
  const first = relevant[0]?.id ?? REVIEW;
  const last = relevant.at(-1)?.id ?? null;
  if (step === null)
    return { relevant, question: undefined, index: 0, total, previous: null, next: first };
  if (step === REVIEW)
    return { relevant, question: undefined, index: total + 1, total, previous: last, next: RESULT };
  if (step === RESULT)
    return { relevant, question: undefined, index: total + 1, total, previous: REVIEW, next: null };
  const i = relevant.findIndex((q) => q.id === step);
  if (i < 0) {
    // A question that no longer applies (an earlier answer changed): resume at the review.
    return { relevant, question: undefined, index: total + 1, total, previous: last, next: RESULT };
  }
  return {
    relevant,
    question: relevant[i],
    index: i + 1,
    total,
    previous: i === 0 ? null : relevant[i - 1]!.id,
    next: relevant[i + 1]?.id ?? REVIEW,
  };
}

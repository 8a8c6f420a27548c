import { NOT_SURE } from "../model/not-sure";
import { relevantQuestions, answerTo, type Answers } from "./answers";
import { rank, type AdvisorMatrix, type Recommendation } from "./recommend";

/** One answer that, changed on its own, would change the recommendation. */
export interface Flip {
  questionId: string;
  /** The answer that counts now (`not-sure` when the question was skipped). */
  fromAnswerId: string;
  toAnswerId: string;
  /** The options that would then come first: one winner, several for a tie, none if all are ruled out. */
  top: string[];
}

/**
 * Every single-answer change that would change who comes first: each applicable question,
 * each of its other answers, everything else kept. An empty list means the result is robust
 * to any one answer changing.
 */
export function whatWouldChange(
  matrix: AdvisorMatrix,
  answers: Answers,
  current: Pick<Recommendation, "top"> = rank(matrix, answers),
): Flip[] {
  const flips: Flip[] = [];
  const key = (top: readonly string[]) => [...top].sort().join(",");
  const now = key(current.top);
  for (const question of relevantQuestions(matrix.questions, answers)) {
    const from = answerTo(question, answers)?.id ?? NOT_SURE;
    for (const answer of question.answers) {
      if (answer.id === from) continue;
      const changed: Record<string, string> = { ...answers };
      if (answer.id === NOT_SURE) delete changed[question.id];
      else changed[question.id] = answer.id;
      const next = rank(matrix, changed);
      if (key(next.top) !== now) {
        flips.push({
          questionId: question.id,
          fromAnswerId: from,
          toAnswerId: answer.id,
          top: next.top,
        });
      }
    }
  }
  return flips;
}

/** Flips that change an answer the visitor gave, as opposed to answering a skipped question. */
export function changedAnswers(flips: readonly Flip[]): Flip[] {
  return flips.filter((f) => f.fromAnswerId !== NOT_SURE);
}

/** Robust: no single change to an answer the visitor gave would change who comes first. */
export function isRobust(flips: readonly Flip[]): boolean {
  return changedAnswers(flips).length === 0;
}

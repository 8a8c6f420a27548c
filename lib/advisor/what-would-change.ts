import { NOT_SURE } from "../model/constants";
import type { Importance } from "../model/schema";
import { answerTo } from "./answers";
import { LEVELS } from "./priorities";
import { rank, type AdvisorModel, type Choice, type Ranking } from "./rank";

/** One change of a single answer or priority that would change who comes first. */
export type Flip =
  | {
      kind: "priority";
      factorId: string;
      from: Importance;
      to: Importance;
      /** Levels moved: 1 for a neighbouring level. */
      steps: number;
      /** A one-level move among doesn't matter, nice to have and important. */
      minor: boolean;
      /** The options that would then come first: one, several for a tie, none if all are ruled out. */
      top: string[];
    }
  | {
      kind: "answer";
      questionId: string;
      /** The answer that counts now (`not-sure` when the question was skipped). */
      from: string;
      to: string;
      top: string[];
    };

const key = (top: readonly string[]) => [...top].sort().join(",");

/** Whether a priority move is minor: one step, never to or from a must-have. */
export function isMinorMove(from: Importance, to: Importance): boolean {
  return (
    Math.abs(LEVELS.indexOf(from) - LEVELS.indexOf(to)) === 1 && from !== "must" && to !== "must"
  );
}

/**
 * Every single change that would change who comes first: each factor's importance moved to
 * each other level, then each question's other answers (the priorities the visitor edited
 * kept). Smallest first: priority moves by how many levels they move, then answers. An empty
 * list means no one change alters the result.
 */
export function whatWouldChange(
  model: AdvisorModel,
  choice: Choice,
  current: Pick<Ranking, "top" | "priorities"> = rank(model, choice),
): Flip[] {
  const now = key(current.top);
  const flips: Flip[] = [];
  for (const p of current.priorities) {
    for (const to of LEVELS) {
      if (to === p.importance) continue;
      const next = rank(model, { ...choice, overrides: { ...choice.overrides, [p.factorId]: to } });
      if (key(next.top) === now) continue;
      const steps = Math.abs(LEVELS.indexOf(to) - LEVELS.indexOf(p.importance));
      flips.push({
        kind: "priority",
        factorId: p.factorId,
        from: p.importance,
        to,
        steps,
        minor: isMinorMove(p.importance, to),
        top: next.top,
      });
    }
  }
  flips.sort((a, b) => (a.kind === "priority" && b.kind === "priority" ? a.steps - b.steps : 0));
  for (const q of model.questions) {
    const from = answerTo(q, choice.answers)?.id ?? NOT_SURE;
    for (const answer of q.answers) {
      if (answer.id === from) continue;
      const answers: Record<string, string> = { ...choice.answers, [q.id]: answer.id };
      if (answer.id === NOT_SURE) delete answers[q.id];
      const next = rank(model, { ...choice, answers });
      if (key(next.top) !== now)
        flips.push({ kind: "answer", questionId: q.id, from, to: answer.id, top: next.top });
    }
  }
  return flips;
}

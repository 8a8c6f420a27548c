import type { Importance } from "@/lib/model/schema";

/** How each importance level reads, on its own and inside a sentence. */
export const IMPORTANCE_LABEL: Record<Importance, string> = {
  must: "Must have",
  important: "Important",
  nice: "Nice to have",
  none: "Doesn't matter",
};

export const IMPORTANCE_PHRASE: Record<Importance, string> = {
  must: "a must-have",
  important: "important",
  nice: "only nice to have",
  none: "of no concern",
};

/** Names for the ids a result is made of. */
export interface Names {
  option(id: string): string;
  factor(id: string): string;
  need(id: string): string;
  question(id: string): string;
  answer(questionId: string, answerId: string): string;
  attribute(id: string): string;
}

/** "Bare metal", "Bare metal or virtual machine", "no option": the options a change would put first. */
export function outcome(top: readonly string[], names: Names): string {
  if (top.length === 0) return "no option would fit";
  if (top.length === 1) return `${names.option(top[0]!)} would come first`;
  return `${top.map(names.option).join(" and ")} would tie`;
}

/** A whole number percentage. */
export function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

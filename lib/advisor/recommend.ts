import type { Evidence, Importance } from "../model/schema";

import { LEVELS, type Priority } from "./priorities";
import {
  contributions,
  rank,
  type AdvisorModel,
  type Choice,
  type Contribution,
  type Exclusion,
  type OptionScore,
} from "./rank";
import { whatWouldChange, type Flip } from "./what-would-change";

/**
 * What the answers lead to:
 * - `recommend`: one option comes first;
 * - `only`: the must-haves rule out every other option;
 * - `either`: two or more options share the best score;
 * - `none`: the must-haves rule out every option.
 */
export type Status = "recommend" | "only" | "either" | "none";

export type ConfidenceLevel = "high" | "medium" | "low";

/** One reason for the confidence level, as data; the page words it. */
export type ConfidenceReason =
  | { kind: "margin"; share: number }
  | { kind: "robust"; minorFlips: number; fragile: string | null }
  | { kind: "stated"; share: number }
  | { kind: "ruled-out"; exclusions: Exclusion[] }
  | { kind: "tie" };

/** A cell that moved the result but that its source does not state for that option. */
export interface VerifyItem {
  optionId: string;
  factorId: string;
  attributeId: string;
  evidence: Exclude<Evidence, "stated">;
  importance: Importance;
}

export interface Recommendation {
  status: Status;
  /** The option recommended (also the one left for `only`); null for `either` and `none`. */
  winner: string | null;
  /** Options sharing the best score among those in the running. */
  top: string[];
  /** The option the winner is compared with: the next in the running, else the best ruled out. */
  runnerUp: string | null;
  priorities: Priority[];
  /** Every option in column order, ruled out or not, with what it would win on against the winner. */
  options: (OptionScore & { winsOn: Contribution[] })[];
  /** Where the winner beats the runner-up, largest first. */
  reasons: Contribution[];
  /** Where the runner-up beats the winner, largest first: what choosing the winner gives up. */
  tradeOffs: Contribution[];
  /** The winner's lead over the runner-up, in points and as a share of the maximum (0-1). */
  lead: { points: number; share: number };
  /** Share of the lead that rests on cells both stated by their sources (0-1). */
  statedShare: number;
  confidence: { level: ConfidenceLevel; reasons: ConfidenceReason[] };
  flips: Flip[];
  verify: VerifyItem[];
}

/** Thresholds of the confidence level, as shares of the maximum score and of the lead. */
export const CONFIDENCE = { wideLead: 0.15, narrowLead: 0.05, stated: 0.6, weaklyStated: 0.3 };

/** The recommendation for a choice of answers and priorities. Pure: same input, same result. */
export function recommend(model: AdvisorModel, choice: Choice): Recommendation {
  const ranking = rank(model, choice);
  const { priorities, scores, ranked, top } = ranking;
  const status: Status =
    ranked.length === 0
      ? "none"
      : top.length > 1
        ? "either"
        : ranked.length === 1 && scores.length > 1
          ? "only"
          : "recommend";
  const winner = status === "recommend" || status === "only" ? top[0]! : null;
  const runnerUp =
    winner === null
      ? null
      : (ranked[1]?.optionId ??
        [...scores].filter((s) => s.optionId !== winner).sort((a, b) => b.points - a.points)[0]
          ?.optionId ??
        null);

  const reasons = winner && runnerUp ? contributions(model, priorities, winner, runnerUp) : [];
  const tradeOffs = winner && runnerUp ? contributions(model, priorities, runnerUp, winner) : [];
  const score = (id: string | null) => scores.find((s) => s.optionId === id);
  const max = score(winner)?.max ?? 0;
  const leadPoints = winner && runnerUp ? score(winner)!.points - score(runnerUp)!.points : 0;
  const gained = reasons.reduce((n, c) => n + c.points, 0);
  const statedShare =
    gained === 0 ? 0 : reasons.filter((c) => c.stated).reduce((n, c) => n + c.points, 0) / gained;
  const lead = { points: leadPoints, share: max > 0 ? leadPoints / max : 0 };

  const flips = whatWouldChange(model, choice, ranking);
  return {
    status,
    winner,
    top,
    runnerUp,
    priorities,
    options: scores.map((s) => ({
      ...s,
      winsOn:
        winner && s.optionId !== winner ? contributions(model, priorities, s.optionId, winner) : [],
    })),
    reasons,
    tradeOffs,
    lead,
    statedShare,
    confidence: confidenceOf(status, lead.share, statedShare, flips, scores, priorities),
    flips,
    verify: verifyList(model, priorities, [winner, runnerUp, ...(winner ? [] : top)]),
  };
}

/**
 * How far to trust the result. High needs a wide lead, mostly on stated facts, that no minor
 * priority move (one level among doesn't matter, nice to have and important) overturns: a
 * result a nice-to-have flips is never high. Low when the lead is narrow, when a low priority
 * (nice to have or doesn't matter) flips it, or when little of it is stated.
 */
function confidenceOf(
  status: Status,
  share: number,
  statedShare: number,
  flips: readonly Flip[],
  scores: readonly OptionScore[],
  priorities: readonly Priority[],
): Recommendation["confidence"] {
  if (status === "either") return { level: "low", reasons: [{ kind: "tie" }] };
  const exclusions = scores.flatMap((s) => s.excludedBy);
  if (status === "none" || status === "only")
    return { level: "high", reasons: [{ kind: "ruled-out", exclusions }] };
  const minor = flips.filter((f) => f.kind === "priority" && f.minor);
  const importanceOf = (id: string) => priorities.find((p) => p.factorId === id)?.importance;
  const lowFlip = minor.find(
    (f) => f.kind === "priority" && LEVELS.indexOf(importanceOf(f.factorId) ?? "none") >= 2,
  );
  const fragile = (lowFlip ?? minor[0]) as Extract<Flip, { kind: "priority" }> | undefined;
  const reasons: ConfidenceReason[] = [
    { kind: "margin", share },
    { kind: "robust", minorFlips: minor.length, fragile: fragile?.factorId ?? null },
    { kind: "stated", share: statedShare },
  ];
  const level: ConfidenceLevel =
    share >= CONFIDENCE.wideLead && minor.length === 0 && statedShare >= CONFIDENCE.stated
      ? "high"
      : share < CONFIDENCE.narrowLead || lowFlip || statedShare < CONFIDENCE.weaklyStated
        ? "low"
        : "medium";
  return { level, reasons };
}

/**
 * Cells to check with a provider: every derived or unstated row of a weighed factor, for the
 * options the result compares. Must-haves first, then by importance, then factor order.
 */
function verifyList(
  model: AdvisorModel,
  priorities: readonly Priority[],
  optionIds: readonly (string | null)[],
): VerifyItem[] {
  const options = [...new Set(optionIds.filter((o): o is string => o !== null))];
  const items: VerifyItem[] = [];
  for (const p of [...priorities].sort(
    (a, b) => LEVELS.indexOf(a.importance) - LEVELS.indexOf(b.importance),
  )) {
    if (p.importance === "none") continue;
    for (const optionId of options) {
      for (const { attributeId, cell } of model.cells.get(p.factorId)?.get(optionId)?.rows ?? []) {
        if (cell.evidence !== "stated")
          items.push({
            optionId,
            factorId: p.factorId,
            attributeId,
            evidence: cell.evidence,
            importance: p.importance,
          });
      }
    }
  }
  return items;
}

/** Share of the maximum an option's score reaches, as a whole percentage (0 when nothing is weighed). */
export function percent(s: Pick<OptionScore, "points" | "max">): number {
  return s.max === 0 ? 0 : Math.round((100 * s.points) / s.max);
}

"use client";

import { useQueryStates } from "nuqs";
import { useMemo } from "react";
import { toNuqs } from "@/components/comparison/use-compare-state";
import { STEP_KEY, type AdvisorParams, type AdvisorState } from "@/lib/url-state/advisor-params";
import type { AdvisorActions } from "./types";

/**
 * The advisor's state from the URL (through the parsers in lib/url-state) and the moves that
 * write it back: choosing an answer replaces the history entry, changing step pushes one, so
 * Back and Forward walk through the steps with the answers given so far.
 */
export function useAdvisorState(params: AdvisorParams): [AdvisorState, AdvisorActions] {
  const parsers = useMemo(
    () => ({
      ...Object.fromEntries([...params.answers].map(([id, p]) => [id, toNuqs(p)])),
      [STEP_KEY]: toNuqs(params.step),
    }),
    [params],
  );
  const [read, set] = useQueryStates(parsers);
  // Keys are the question ids from content plus `step`; every value came through our parsers.
  const values = read as Record<string, unknown>;
  const state = useMemo<AdvisorState>(() => {
    const answers: Record<string, string> = {};
    for (const id of params.answers.keys()) {
      const v = values[id];
      if (typeof v === "string") answers[id] = v;
    }
    const step = values[STEP_KEY];
    return { answers, step: typeof step === "string" ? step : null };
  }, [values, params]);
  const actions = useMemo<AdvisorActions>(
    () => ({
      answer: (questionId, answerId) =>
        void set({ [questionId]: answerId }, { history: "replace" }),
      go: (step, answers = {}) => void set({ ...answers, [STEP_KEY]: step }, { history: "push" }),
      reset: () =>
        void set(Object.fromEntries([...Object.keys(parsers)].map((k) => [k, null])), {
          history: "push",
        }),
    }),
    [set, parsers],
  );
  return [state, actions];
}

"use client";

import { useQueryStates } from "nuqs";
import { useMemo } from "react";
import { STEP_KEY, type AdvisorState, type AdvisorUrl } from "@/lib/url-state/advisor-params";
import type { AdvisorActions } from "./types";

/**
 * The advisor's state from the URL (through the parsers in lib/url-state) and the moves that
 * write it back: choosing an answer replaces the history entry, changing step pushes one, so
 * Back and Forward walk through the steps with the answers given so far.
 */
export function useAdvisorState(url: AdvisorUrl): [AdvisorState, AdvisorActions] {
  const [values, set] = useQueryStates(url.parsers);
  const state = useMemo(() => url.fromValues(values), [url, values]);
  const actions = useMemo<AdvisorActions>(
    () => ({
      answer: (questionId, answerId) =>
        void set({ [questionId]: answerId }, { history: "replace" }),
      go: (step, answers = {}) => void set({ ...answers, [STEP_KEY]: step }, { history: "push" }),
      reset: () => void set(null, { history: "push" }),
    }),
    [set],
  );
  return [state, actions];
}

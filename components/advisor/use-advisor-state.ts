"use client";

import { useQueryStates } from "nuqs";
import { useMemo } from "react";
import {
  NEED_KEY,
  STEP_KEY,
  type AdvisorState,
  type AdvisorUrl,
} from "@/lib/url-state/advisor-params";
import type { Importance } from "@/lib/model/schema";
import type { AdvisorActions } from "./types";

/**
 * The advisor's state from the URL (through the parsers in lib/url-state) and the moves that
 * write it back: choosing an answer or a priority replaces the history entry, changing step
 * pushes one, so Back and Forward walk through the steps with the choices made so far.
 */
export function useAdvisorState(
  url: AdvisorUrl,
  presets: (state: AdvisorState) => Readonly<Record<string, string>>,
): [AdvisorState, AdvisorActions] {
  const [values, set] = useQueryStates(url.parsers);
  const state = useMemo(() => url.fromValues(values), [url, values]);
  const actions = useMemo<AdvisorActions>(
    () => ({
      answer: (questionId, answerId) =>
        void set({ [questionId]: answerId }, { history: "replace" }),
      prioritise: (factorId, importance) =>
        void set(
          (current) => {
            const now = url.fromValues(current);
            const overrides: Record<string, Importance> = { ...now.overrides };
            // An importance equal to the preset is no edit: the URL keeps only real changes.
            if (importance === null || presets(now)[factorId] === importance)
              delete overrides[factorId];
            else overrides[factorId] = importance;
            return { [NEED_KEY]: overrides };
          },
          { history: "replace" },
        ),
      go: (step, answers = {}) => void set({ ...answers, [STEP_KEY]: step }, { history: "push" }),
      reset: () => void set(null, { history: "push" }),
    }),
    [set, url, presets],
  );
  return [state, actions];
}

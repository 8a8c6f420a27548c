"use client";

import { useQueryStates } from "nuqs";
import { useMemo } from "react";
import { prioritiesOf } from "@/lib/advisor/priorities";
import { RESULT } from "@/lib/advisor/steps";
import type { Importance } from "@/lib/model/schema";
import {
  cleanName,
  MAX_WORKLOADS,
  type PlanState,
  type PlanUrl,
  type Workload,
} from "@/lib/plan/plan-url";
import type { AdvisorActions, AdvisorData } from "@/components/advisor/types";

/** What a visitor does to a plan. Absent in the prerendered, inert fallback. */
export interface PlanActions {
  /** Adds a workload (its answers copied from another one, if given) and starts answering it. */
  add(name: string, copyFrom: number | null): void;
  remove(index: number): void;
  /** Opens a workload's questions. */
  edit(index: number): void;
  /** The advisor's moves, applied to the workload being answered. */
  advisor: AdvisorActions;
}

/**
 * The plan's state from the URL and the moves that write it back: a new step or workload adds
 * a history entry; an answer or a priority replaces it, as in the advisor.
 */
export function usePlanState(
  url: PlanUrl,
  data: AdvisorData,
  firstStep: string | null,
): [PlanState, PlanActions] {
  const [values, set] = useQueryStates(url.parsers);
  const state = useMemo(() => url.fromValues(values), [url, values]);
  const actions = useMemo<PlanActions>(() => {
    /** Applies `change` to the workload being answered. */
    const updateEdited = (change: (w: Workload) => Workload) =>
      void set(
        (current) => {
          const plan = url.fromValues(current);
          if (plan.edit === null) return {};
          return { w: plan.workloads.map((w, i) => (i === plan.edit ? change(w) : w)) };
        },
        { history: "replace" },
      );
    return {
      add: (name, copyFrom) =>
        void set(
          (current) => {
            const plan = url.fromValues(current);
            if (plan.workloads.length >= MAX_WORKLOADS) return {};
            const source = copyFrom === null ? undefined : plan.workloads[copyFrom];
            const workload: Workload = {
              name: cleanName(name) || `Workload ${plan.workloads.length + 1}`,
              answers: source ? { ...source.answers } : {},
              overrides: source ? { ...source.overrides } : {},
            };
            return {
              w: [...plan.workloads, workload],
              edit: plan.workloads.length + 1,
              step: firstStep,
            };
          },
          { history: "push" },
        ),
      remove: (index) =>
        void set(
          (current) => ({
            w: url.fromValues(current).workloads.filter((_, i) => i !== index),
            edit: null,
            step: null,
          }),
          { history: "push" },
        ),
      edit: (index) => void set({ edit: index + 1, step: firstStep }, { history: "push" }),
      advisor: {
        answer: (questionId, answerId) =>
          updateEdited((w) => ({ ...w, answers: { ...w.answers, [questionId]: answerId } })),
        prioritise: (factorId, importance) =>
          updateEdited((w) => {
            const overrides: Record<string, Importance> = { ...w.overrides };
            const preset = prioritiesOf(data.matrix.factors, data.matrix.questions, w.answers).find(
              (p) => p.factorId === factorId,
            )?.preset;
            if (importance === null || importance === preset) delete overrides[factorId];
            else overrides[factorId] = importance;
            return { ...w, overrides };
          }),
        go: (step, answers = {}) =>
          void set(
            (current) => {
              const plan = url.fromValues(current);
              const w = plan.edit === null ? undefined : plan.workloads[plan.edit];
              const recorded = Object.fromEntries(
                Object.entries(answers).filter((e): e is [string, string] => e[1] !== null),
              );
              const workloads = w
                ? plan.workloads.map((x, i) =>
                    i === plan.edit ? { ...x, answers: { ...x.answers, ...recorded } } : x,
                  )
                : plan.workloads;
              // The result of one workload is the plan: answering ends there.
              if (step === RESULT || step === null)
                return { w: [...workloads], edit: null, step: null };
              return { w: [...workloads], step };
            },
            { history: "push" },
          ),
        reset: () => updateEdited((w) => ({ ...w, answers: {}, overrides: {} })),
      },
    };
  }, [set, url, data.matrix, firstStep]);
  return [state, actions];
}

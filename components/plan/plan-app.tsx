"use client";

import { NuqsAdapter } from "nuqs/adapters/next/app";
import { Suspense, useEffect, useMemo, useRef } from "react";
import { advisorModel } from "@/lib/advisor/rank";
import { RESULT, advisorIds, flowSteps, type FlowStep } from "@/lib/advisor/steps";
import { planUrl, type PlanState, type PlanUrl } from "@/lib/plan/plan-url";
import { advisorUrl, type AdvisorUrl } from "@/lib/url-state/advisor-params";
import { AdvisorFlow } from "@/components/advisor/advisor-flow";
import type { AdvisorData } from "@/components/advisor/types";
import { BUTTON } from "@/components/advisor/styles";
import { useCanonicalUrl } from "@/components/url-state/use-canonical-url";
import { PlanOverview } from "./plan-overview";
import { usePlanState } from "./use-plan-state";

const EMPTY: PlanState = { workloads: [], edit: null, step: null };

/**
 * Several workloads side by side. The whole plan is in the URL; the prerendered fallback is an
 * empty, inert plan (which says what a plan is). Answering a workload reuses the advisor's steps.
 */
export function PlanApp({ data }: { data: AdvisorData }) {
  const steps = useMemo(() => flowSteps(data.matrix), [data.matrix]);
  const ids = useMemo(() => advisorIds(data.matrix, steps), [data.matrix, steps]);
  const plan = useMemo(() => planUrl(ids), [ids]);
  const advisor = useMemo(() => advisorUrl(ids), [ids]);
  const model = useMemo(() => advisorModel(data.matrix), [data.matrix]);
  return (
    <NuqsAdapter processUrlSearchParams={plan.order}>
      <Suspense
        fallback={
          <PlanOverview
            data={data}
            model={model}
            state={EMPTY}
            query=""
            advisorLink={() => "/advisor"}
          />
        }
      >
        <PlanFromUrl data={data} steps={steps} plan={plan} advisor={advisor} model={model} />
      </Suspense>
    </NuqsAdapter>
  );
}

function PlanFromUrl({
  data,
  steps,
  plan,
  advisor,
  model,
}: {
  data: AdvisorData;
  steps: readonly FlowStep[];
  plan: PlanUrl;
  advisor: AdvisorUrl;
  model: ReturnType<typeof advisorModel>;
}) {
  const [state, actions] = usePlanState(plan, data, steps[0]?.id ?? null);
  useCanonicalUrl(() => plan.serialize(state));
  // Back from answering a workload, focus lands on the plan, as it lands on each step's heading.
  const wasEditing = useRef(state.edit !== null);
  useEffect(() => {
    if (wasEditing.current && state.edit === null) document.getElementById("plan-summary")?.focus();
    wasEditing.current = state.edit !== null;
  }, [state.edit]);
  const edited = state.edit === null ? undefined : state.workloads[state.edit];
  const advisorLink = (i: number) => {
    const w = state.workloads[i]!;
    return `/advisor${advisor.serialize({ answers: w.answers, overrides: w.overrides, step: RESULT })}`;
  };
  return (
    <div data-plan-ready="">
      {edited ? (
        <section aria-labelledby="editing-heading" className="mx-auto max-w-3xl space-y-6">
          <div className="flex flex-wrap items-baseline justify-between gap-3">
            <p id="editing-heading" className="text-lg font-semibold">
              Workload: {edited.name}
            </p>
            <button type="button" className={BUTTON} onClick={() => actions.advisor.go(null)}>
              Back to the plan
            </button>
          </div>
          <AdvisorFlow
            data={data}
            url={advisor}
            steps={steps}
            state={{
              answers: edited.answers,
              overrides: edited.overrides,
              step: state.step ?? steps[0]?.id ?? null,
            }}
            actions={actions.advisor}
            focusFirst
          />
        </section>
      ) : (
        <PlanOverview
          data={data}
          model={model}
          state={state}
          query={plan.serialize(state)}
          advisorLink={advisorLink}
          actions={actions}
        />
      )}
    </div>
  );
}

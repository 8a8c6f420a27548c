"use client";

import { NuqsAdapter } from "nuqs/adapters/next/app";
import { Suspense, useCallback, useEffect, useMemo } from "react";
import { prioritiesOf } from "@/lib/advisor/priorities";
import { advisorIds, flowSteps, type FlowStep } from "@/lib/advisor/steps";
import { useCanonicalUrl } from "@/components/url-state/use-canonical-url";
import { advisorUrl, type AdvisorState, type AdvisorUrl } from "@/lib/url-state/advisor-params";
import { AdvisorFlow } from "./advisor-flow";
import { PendingNotice } from "./pending-notice";
import type { AdvisorData } from "./types";
import { useAdvisorState } from "./use-advisor-state";

const START: AdvisorState = { answers: {}, overrides: {}, step: null };

/**
 * The guided advisor. Its whole state is in the URL; the prerendered fallback is the start
 * page with inert controls (which lists what the advisor asks), or, for a link to a step, a
 * neutral "preparing" notice (see components/layout/pending-script.tsx).
 */
export function AdvisorApp({ data }: { data: AdvisorData }) {
  const steps = useMemo(() => flowSteps(data.matrix), [data.matrix]);
  const url = useMemo(() => advisorUrl(advisorIds(data.matrix, steps)), [data.matrix, steps]);
  return (
    <NuqsAdapter processUrlSearchParams={url.order}>
      <Suspense
        fallback={
          <>
            <PendingNotice />
            <div className="advisor-start">
              <AdvisorFlow data={data} url={url} steps={steps} state={START} />
            </div>
          </>
        }
      >
        <AdvisorFromUrl data={data} url={url} steps={steps} />
      </Suspense>
    </NuqsAdapter>
  );
}

function AdvisorFromUrl({
  data,
  url,
  steps,
}: {
  data: AdvisorData;
  url: AdvisorUrl;
  steps: readonly FlowStep[];
}) {
  const presets = useCallback(
    (state: AdvisorState) =>
      Object.fromEntries(
        prioritiesOf(data.matrix.factors, data.matrix.questions, state.answers).map((p) => [
          p.factorId,
          p.preset,
        ]),
      ),
    [data.matrix],
  );
  const [state, actions] = useAdvisorState(url, presets);
  useCanonicalUrl(() => url.serialize(state));
  useEffect(() => document.documentElement.removeAttribute("data-advisor-pending"), []);
  return (
    // The marker tells tests (and anyone curious) that the interactive flow has taken over.
    <div data-advisor-ready="">
      <AdvisorFlow data={data} url={url} steps={steps} state={state} actions={actions} />
    </div>
  );
}

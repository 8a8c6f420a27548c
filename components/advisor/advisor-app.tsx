"use client";

import { NuqsAdapter } from "nuqs/adapters/next/app";
import { Suspense, useMemo } from "react";
import { useCanonicalUrl } from "@/components/url-state/use-canonical-url";
import {
  advisorParams,
  serializeAdvisorState,
  type AdvisorParams,
} from "@/lib/url-state/advisor-params";
import { AdvisorFlow } from "./advisor-flow";
import type { AdvisorData } from "./types";
import { useAdvisorState } from "./use-advisor-state";

/**
 * The guided advisor. Its whole state is in the URL; the prerendered fallback is the start
 * page with inert controls, which lists what the advisor asks.
 */
export function AdvisorApp({ data }: { data: AdvisorData }) {
  const params = useMemo(
    () =>
      advisorParams(
        data.matrix.questions.map((q) => ({ id: q.id, answers: q.answers.map((a) => a.id) })),
      ),
    [data],
  );
  return (
    <NuqsAdapter>
      <Suspense
        fallback={<AdvisorFlow data={data} params={params} state={{ answers: {}, step: null }} />}
      >
        <AdvisorFromUrl data={data} params={params} />
      </Suspense>
    </NuqsAdapter>
  );
}

function AdvisorFromUrl({ data, params }: { data: AdvisorData; params: AdvisorParams }) {
  const [state, actions] = useAdvisorState(params);
  useCanonicalUrl(() => serializeAdvisorState(params, state));
  return (
    // The marker tells tests (and anyone curious) that the interactive flow has taken over.
    <div data-advisor-ready="">
      <AdvisorFlow data={data} params={params} state={state} actions={actions} />
    </div>
  );
}

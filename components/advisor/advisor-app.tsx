"use client";

import { NuqsAdapter } from "nuqs/adapters/next/app";
import { Suspense, useMemo } from "react";
import { useCanonicalUrl } from "@/components/url-state/use-canonical-url";
import { advisorUrl, type AdvisorUrl } from "@/lib/url-state/advisor-params";
import { AdvisorFlow } from "./advisor-flow";
import type { AdvisorData } from "./types";
import { useAdvisorState } from "./use-advisor-state";

/**
 * The guided advisor. Its whole state is in the URL; the prerendered fallback is the start
 * page with inert controls, which lists what the advisor asks.
 */
export function AdvisorApp({ data }: { data: AdvisorData }) {
  const url = useMemo(
    () =>
      advisorUrl(
        data.matrix.questions.map((q) => ({ id: q.id, answers: q.answers.map((a) => a.id) })),
      ),
    [data],
  );
  return (
    <NuqsAdapter>
      <Suspense
        fallback={<AdvisorFlow data={data} url={url} state={{ answers: {}, step: null }} />}
      >
        <AdvisorFromUrl data={data} url={url} />
      </Suspense>
    </NuqsAdapter>
  );
}

function AdvisorFromUrl({ data, url }: { data: AdvisorData; url: AdvisorUrl }) {
  const [state, actions] = useAdvisorState(url);
  useCanonicalUrl(() => url.serialize(state));
  return (
    // The marker tells tests (and anyone curious) that the interactive flow has taken over.
    <div data-advisor-ready="">
      <AdvisorFlow data={data} url={url} state={state} actions={actions} />
    </div>
  );
}

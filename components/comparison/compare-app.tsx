"use client";

import { NuqsAdapter } from "nuqs/adapters/next/app";
import { Suspense, useMemo } from "react";
import {
  compareParams,
  defaultCompareState,
  serializeCompareState,
  type CompareParams,
} from "@/lib/url-state/compare-params";
import { useCanonicalUrl } from "@/components/url-state/use-canonical-url";
import { CompareView } from "./compare-view";
import type { CompareData } from "./types";
import { useCompareState } from "./use-compare-state";

/**
 * The interactive comparison. The Suspense fallback is the same view in its default state,
 * so the prerendered HTML holds the full table (useful without JavaScript) and hydration of a
 * plain /compare link changes nothing on screen.
 */
export function CompareApp({ data }: { data: CompareData }) {
  const params = useMemo(
    () =>
      compareParams({
        options: data.options.map((o) => o.id),
        categories: data.categories.map((c) => c.id),
        attributes: data.rows.map((r) => r.id),
      }),
    [data],
  );
  return (
    <NuqsAdapter>
      <Suspense
        fallback={<CompareView data={data} params={params} state={defaultCompareState(params)} />}
      >
        <CompareFromUrl data={data} params={params} />
      </Suspense>
    </NuqsAdapter>
  );
}

function CompareFromUrl({ data, params }: { data: CompareData; params: CompareParams }) {
  const [state, update] = useCompareState(params);
  useCanonicalUrl(() => serializeCompareState(params, state));
  return <CompareView data={data} params={params} state={state} update={update} />;
}

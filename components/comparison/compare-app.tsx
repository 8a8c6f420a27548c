"use client";

import { NuqsAdapter } from "nuqs/adapters/next/app";
import { Suspense, useEffect, useMemo, useState } from "react";
import { compareUrl, type CompareUrl } from "@/lib/url-state/compare-params";
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
  const url = useMemo(
    () =>
      compareUrl({
        options: data.options.map((o) => o.id),
        categories: data.categories.map((c) => c.id),
        attributes: data.rows.map((r) => r.id),
      }),
    [data],
  );
  return (
    <NuqsAdapter>
      <Suspense
        fallback={
          <div className="compare-fallback">
            <p className="compare-pending" role="status">
              Applying the view in this link…
            </p>
            <CompareView data={data} url={url} state={url.defaults} />
          </div>
        }
      >
        <CompareFromUrl data={data} url={url} />
      </Suspense>
    </NuqsAdapter>
  );
}

/**
 * Rows a reader opened in the prerendered table before it became interactive (the native
 * disclosure works without JavaScript). Read while the prerendered view is still in the page:
 * the interactive view replaces it, closed, so without this the rows would shut under the reader.
 */
function rowsOpenedBeforeHydration(): string[] {
  if (typeof document === "undefined") return [];
  const opened = document.querySelectorAll(".compare-fallback details.row-details[open]");
  return [...opened].flatMap((d) => {
    const row = d.closest("tr[id], article[data-attribute]");
    const id = row?.id || row?.getAttribute("data-attribute");
    return id ? [id] : [];
  });
}

function CompareFromUrl({ data, url }: { data: CompareData; url: CompareUrl }) {
  const [state, update] = useCompareState(url.parsers);
  const [openedEarly] = useState(rowsOpenedBeforeHydration);
  useCanonicalUrl(() => url.serialize(state));
  useEffect(() => document.documentElement.removeAttribute("data-compare-pending"), []);
  useEffect(() => {
    if (openedEarly.length === 0) return;
    update((current) => ({ open: [...new Set([...current.open, ...openedEarly])] }));
  }, [openedEarly, update]);
  return <CompareView data={data} url={url} state={state} update={update} />;
}

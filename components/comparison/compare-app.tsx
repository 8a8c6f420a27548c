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
    <NuqsAdapter processUrlSearchParams={url.order}>
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
 * disclosure works without JavaScript). The interactive view replaces the prerendered one with
 * its rows closed, so without this they would shut under the reader. Two parts: the rows
 * already open when the interactive view first renders, read from the page, and the rows
 * toggled after that read and before the prerendered view is gone, recorded from their clicks
 * (a click on a summary flips its disclosure; the toggle event itself would come too late, on a
 * detached node).
 */
function rowsOpenedBeforeHydration(): string[] {
  if (typeof document === "undefined") return [];
  const opened = document.querySelectorAll(".compare-fallback details.row-details[open]");
  return [...opened].flatMap((d) => rowIdOf(d) ?? []);
}

const toggledInPrerender = new Map<string, boolean>();
if (typeof document !== "undefined") {
  document.addEventListener(
    "click",
    (e) => {
      const summary =
        e.target instanceof Element
          ? e.target.closest(".compare-fallback details.row-details > summary")
          : null;
      const details = summary?.parentElement;
      const id = details ? rowIdOf(details) : null;
      if (details instanceof HTMLDetailsElement && id) toggledInPrerender.set(id, !details.open);
    },
    true,
  );
}

function rowIdOf(el: Element): string | null {
  const row = el.closest("tr[id], article[data-attribute]");
  return row?.id || row?.getAttribute("data-attribute") || null;
}

function CompareFromUrl({ data, url }: { data: CompareData; url: CompareUrl }) {
  const [state, update] = useCompareState(url.parsers);
  const [openedEarly] = useState(rowsOpenedBeforeHydration);
  useCanonicalUrl(() => url.serialize(state));
  useEffect(() => document.documentElement.removeAttribute("data-compare-pending"), []);
  useEffect(() => {
    const opened = new Set(openedEarly);
    for (const [id, isOpen] of toggledInPrerender) {
      if (isOpen) opened.add(id);
      else opened.delete(id);
    }
    toggledInPrerender.clear();
    if (opened.size === 0) return;
    update((current) => ({ open: [...new Set([...current.open, ...opened])] }));
  }, [openedEarly, update]);
  return <CompareView data={data} url={url} state={state} update={update} />;
}

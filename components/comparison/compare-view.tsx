"use client";

import { memo, useDeferredValue, useMemo, useRef, useState } from "react";
import { indexRows } from "@/lib/compare/rows";
import { computeView } from "@/lib/compare/view";
import { searchTerms } from "@/lib/compare/search";
import { NO_FILTERS, type CompareState, type CompareUrl } from "@/lib/url-state/compare-params";
import { CompareCards } from "./compare-cards";
import { CompareTable } from "./compare-table";
import { FilterPanel } from "./filter-panel";
import { useSearchHighlights } from "./highlight";
import { COUNT_ID, type CompareData, type Update } from "./types";
import { useHashTarget } from "./use-hash-target";
import { useMediaQuery } from "./use-media-query";
import { ViewActions } from "./view-actions";

/**
 * Filters, result summary and the matrix for one state. Without `update` it is inert (prerender).
 * Memoised: a router render that leaves the state as it was (nuqs writing the URL) skips it.
 */
export const CompareView = memo(function CompareView({
  data,
  url,
  state,
  update,
}: {
  data: CompareData;
  url: CompareUrl;
  state: CompareState;
  update?: Update;
}) {
  const shape = useMemo(
    () => ({
      options: data.options.map((o) => o.id),
      categories: data.categories.map((c) => c.id),
    }),
    [data],
  );
  const rows = useMemo(() => {
    const names = new Map(data.categories.map((c) => [c.id, c.name]));
    return indexRows(data.rows, (id) => names.get(id) ?? id);
  }, [data.rows, data.categories]);
  // The controls follow `state` at once; the matrix, the counts and the result status follow
  // a deferred copy that React renders in the background. A keystroke so paints the search box
  // in its own frame, and the next keystroke interrupts a render that is already stale.
  const deferred = useDeferredValue(state);
  const view = useMemo(() => computeView(rows, deferred, shape), [rows, deferred, shape]);
  const terms = useMemo(() => searchTerms(deferred.q), [deferred.q]);
  const columns = useMemo(
    () => deferred.cols.flatMap((id) => data.options.filter((o) => o.id === id)),
    [deferred.cols, data.options],
  );
  const [filtersOpen, setFiltersOpen] = useState(false);
  const ids = useMemo(() => new Set(data.rows.map((r) => r.id)), [data.rows]);
  const target = useHashTarget(ids);
  // Both layouts are prerendered (CSS picks one); once the width is known only one is rendered.
  const wide = useMediaQuery("(min-width: 640px)");
  const shown = view.rows.length;
  const results = useRef<HTMLDivElement>(null);
  const rendered = useMemo(() => ({ state: deferred, wide }), [deferred, wide]);
  useSearchHighlights(results, terms, rendered);

  return (
    <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
      {/* On wide screens the filters stay in view beside the long table. The side padding keeps
          the controls' focus rings inside the scroll box, which would clip them. */}
      <div className="print:hidden lg:sticky lg:top-16 lg:max-h-[calc(100vh-5rem)] lg:self-start lg:overflow-y-auto lg:-mx-1.5 lg:px-1.5 lg:pb-4">
        <button
          type="button"
          className="mb-3 rounded-md border border-border px-3 py-1.5 text-sm font-semibold sm:hidden"
          aria-expanded={filtersOpen}
          aria-controls="compare-filters"
          onClick={() => setFiltersOpen((o) => !o)}
        >
          {filtersOpen ? "Hide filters" : "Show filters"}
        </button>
        <FilterPanel
          id="compare-filters"
          className={filtersOpen ? "" : "max-sm:hidden"}
          data={data}
          state={state}
          facets={view.facets}
          update={update}
        />
      </div>
      <div ref={results} className="compare-results min-w-0 space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p id={COUNT_ID} role="status" tabIndex={-1} className="text-sm font-semibold">
            {shown === view.total
              ? `Showing all ${view.total} attributes`
              : `${shown} of ${view.total} attribute${view.total === 1 ? "" : "s"} match`}
          </p>
          <ViewActions
            data={data}
            rows={view.rows}
            columns={columns}
            enabled={update !== undefined}
            query={url.serialize(state)}
          />
        </div>
        {shown === 0 ? (
          <div className="rounded-lg border border-dashed border-border p-8 text-center">
            <p className="font-semibold">No attribute matches these filters.</p>
            <p className="mt-1 text-sm text-muted">Try fewer filters or a shorter search.</p>
            <button
              type="button"
              className="mt-4 rounded-md bg-accent px-4 py-2 font-semibold text-bg"
              onClick={() => {
                update?.(NO_FILTERS);
                document.getElementById(COUNT_ID)?.focus();
              }}
            >
              Clear filters
            </button>
          </div>
        ) : (
          <>
            {wide !== false ? (
              <CompareTable {...{ data, view, columns, update, target }} state={deferred} />
            ) : null}
            {wide !== true ? (
              <CompareCards {...{ data, view, columns, update, target }} state={deferred} />
            ) : null}
          </>
        )}
      </div>
    </div>
  );
});

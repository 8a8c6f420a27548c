"use client";

import { useRef } from "react";
import type { FacetCounts } from "@/lib/compare/view";
import { NO_FILTERS, type CompareState } from "@/lib/url-state/compare-params";
import { FacetFilters } from "./facet-filters";
import type { CompareData, Update } from "./types";

/** Every filter of the comparison as labelled form controls, each with its live count. */
export function FilterPanel({
  id,
  className,
  data,
  state,
  facets,
  update,
}: {
  id: string;
  className: string;
  data: CompareData;
  state: CompareState;
  facets: FacetCounts;
  update?: Update;
}) {
  const disabled = update === undefined;
  const set = (patch: Partial<CompareState>) => update?.(patch);
  const search = useRef<HTMLInputElement>(null);
  const filtered =
    state.q !== "" ||
    state.cat.length > 0 ||
    state.diff ||
    state.adv !== null ||
    state.verdict.length > 0 ||
    state.stated ||
    state.only.length > 0;
  return (
    <form
      id={id}
      className={`space-y-4 ${className}`}
      aria-label="Filter the comparison"
      onSubmit={(e) => e.preventDefault()}
    >
      <div role="search" className="space-y-1">
        <label htmlFor="compare-search" className="text-sm font-semibold">
          Search attributes
        </label>
        <input
          id="compare-search"
          ref={search}
          type="search"
          value={state.q}
          disabled={disabled}
          maxLength={200}
          placeholder="e.g. NUMA, snapshot, boot"
          autoComplete="off"
          onChange={(e) => update?.({ q: e.target.value }, "typing")}
          className="w-full rounded-md border border-control bg-raised px-3 py-2 text-sm"
        />
      </div>

      <FacetFilters data={data} state={state} facets={facets} update={update} />

      <button
        type="button"
        disabled={disabled || !filtered}
        onClick={() => {
          set(NO_FILTERS);
          // This button is disabled once nothing is filtered: the search is where one starts again.
          search.current?.focus();
        }}
        className="w-full rounded-md border border-border px-3 py-2 text-sm font-semibold disabled:opacity-60"
      >
        Clear filters
      </button>
    </form>
  );
}

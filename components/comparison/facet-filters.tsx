"use client";

import { memo } from "react";
import type { FacetCounts } from "@/lib/compare/view";
import { toggleItem } from "@/lib/url-state/parsers";
import type { Verdict } from "@/lib/model/schema";
import { COMPARE_KEYS, VERDICTS, type CompareState } from "@/lib/url-state/compare-params";
import { VERDICT_LABELS } from "@/components/ui/verdict-badge";
import { ColumnChooser } from "./column-chooser";
import { COUNT_ID, type CompareData, type Update } from "./types";

const fieldset = "space-y-1.5 border-t border-border pt-3";
const legend = "mb-1 text-sm font-semibold";
const choice = "flex items-center gap-2 text-sm";

interface FacetFiltersProps {
  data: CompareData;
  state: CompareState;
  facets: FacetCounts;
  update?: Update;
}

/**
 * Every filter but the search, each with its live count, plus columns and sorting. Memoised
 * on what it shows: typing in the search box changes neither its choices nor (mostly) its
 * counts, and re-rendering thirty form controls per keystroke is time the frame does not have.
 */
export const FacetFilters = memo(function FacetFilters({
  data,
  state,
  facets,
  update,
}: FacetFiltersProps) {
  const disabled = update === undefined;
  const set = (patch: Partial<CompareState>) => update?.(patch);
  return (
    <>
      {state.only.length > 0 ? (
        <p className="rounded-md bg-accent-soft p-2 text-sm">
          Showing {state.only.length} selected attribute{state.only.length === 1 ? "" : "s"}.{" "}
          <button
            type="button"
            className="font-semibold text-accent underline"
            disabled={disabled}
            onClick={() => {
              set({ only: [] });
              document.getElementById(COUNT_ID)?.focus();
            }}
          >
            Show all
          </button>
        </p>
      ) : null}

      <fieldset className={fieldset} disabled={disabled}>
        <legend className={legend}>Categories</legend>
        {data.categories.map((c) => (
          <label key={c.id} className={choice}>
            <input
              type="checkbox"
              checked={state.cat.includes(c.id)}
              onChange={(e) => set({ cat: toggleItem(state.cat, c.id, e.target.checked) })}
            />
            <span className="flex-1">{c.name}</span>
            <span className="text-muted">{facets.cat[c.id] ?? 0}</span>
          </label>
        ))}
      </fieldset>

      <fieldset className={fieldset} disabled={disabled}>
        <legend className={legend}>Differences</legend>
        <label className={choice}>
          <input
            type="checkbox"
            checked={state.diff}
            onChange={(e) => set({ diff: e.target.checked })}
          />
          <span className="flex-1">Only where the options differ</span>
          <span className="text-muted">{facets.diff}</span>
        </label>
      </fieldset>

      <fieldset className={fieldset} disabled={disabled}>
        <legend className={legend}>Evidence</legend>
        <label className={choice}>
          <input
            type="checkbox"
            checked={state.stated}
            onChange={(e) => set({ stated: e.target.checked })}
          />
          <span className="flex-1">Stated only: every shown cell stated by its source</span>
          <span className="text-muted">{facets.stated}</span>
        </label>
      </fieldset>

      <fieldset className={fieldset} disabled={disabled}>
        <legend className={legend}>Where this option has the advantage</legend>
        <label className={choice}>
          <input
            type="radio"
            name="adv"
            checked={state.adv === null}
            onChange={() => set({ adv: null })}
          />
          <span className="flex-1">Any option</span>
        </label>
        {data.options.map((o) => (
          <label key={o.id} className={choice}>
            <input
              type="radio"
              name="adv"
              checked={state.adv === o.id}
              onChange={() => set({ adv: o.id })}
            />
            <span className="flex-1">{o.name}</span>
            <span className="text-muted">{facets.adv[o.id] ?? 0}</span>
          </label>
        ))}
      </fieldset>

      <fieldset className={fieldset} disabled={disabled}>
        <legend className={legend}>Verdict in a shown column</legend>
        {VERDICTS.map((v: Verdict) => (
          <label key={v} className={choice}>
            <input
              type="checkbox"
              checked={state.verdict.includes(v)}
              onChange={(e) =>
                set({
                  verdict: VERDICTS.filter((x) =>
                    x === v ? e.target.checked : state.verdict.includes(x),
                  ),
                })
              }
            />
            <span className="flex-1">{VERDICT_LABELS[v]}</span>
            <span className="text-muted">{facets.verdict[v]}</span>
          </label>
        ))}
      </fieldset>

      <ColumnChooser options={data.options} state={state} update={update} />

      <div className={`${fieldset} space-y-2`}>
        <label className="block text-sm">
          <span className="mb-1 block font-semibold">Sort by</span>
          <select
            className="w-full rounded-md border border-control bg-raised px-2 py-1.5"
            value={state.sort}
            disabled={disabled}
            onChange={(e) => set({ sort: e.target.value })}
          >
            <option value="category">Category order (grouped)</option>
            <option value="name">Name (whole table)</option>
            {data.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name} verdict (whole table)
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm">
          <span className="mb-1 block font-semibold">Direction</span>
          <select
            className="w-full rounded-md border border-control bg-raised px-2 py-1.5"
            value={state.dir}
            disabled={disabled}
            onChange={(e) => set({ dir: e.target.value === "desc" ? "desc" : "asc" })}
          >
            <option value="asc">Ascending</option>
            <option value="desc">Descending</option>
          </select>
        </label>
      </div>
    </>
  );
}, sameFacetFilters);

function sameFacetFilters(a: FacetFiltersProps, b: FacetFiltersProps): boolean {
  return (
    a.data === b.data &&
    a.update === b.update &&
    COMPARE_KEYS.every((k) => k === "q" || a.state[k] === b.state[k]) &&
    (a.facets === b.facets || JSON.stringify(a.facets) === JSON.stringify(b.facets))
  );
}

"use client";

import { useId, useState } from "react";
import type { AdvisorModel } from "@/lib/advisor/rank";
import { recommend } from "@/lib/advisor/recommend";
import { teamSentence } from "@/lib/decision-record/madr";
import { MAX_NAME, MAX_WORKLOADS, type PlanState } from "@/lib/plan/plan-url";
import { namesOf } from "@/components/advisor/names";
import { headline } from "@/components/advisor/result-summary";
import { ShareActions } from "@/components/advisor/share-actions";
import { BUTTON, PRIMARY } from "@/components/advisor/styles";
import type { AdvisorData } from "@/components/advisor/types";
import { IMPORTANCE_LABEL } from "@/components/advisor/words";
import type { PlanActions } from "./use-plan-state";

const CONFIDENCE = { high: "High", medium: "Medium", low: "Low" } as const;

/**
 * The plan: one column per workload with its recommendation, confidence, top reasons and what
 * to verify, one sentence for the whole team, and the form that adds a workload.
 */
export function PlanOverview({
  data,
  model,
  state,
  query,
  advisorLink,
  actions,
}: {
  data: AdvisorData;
  model: AdvisorModel;
  state: PlanState;
  /** The plan's canonical query string. */
  query: string;
  /** A workload's own advisor link, to open its full result. */
  advisorLink: (index: number) => string;
  actions?: PlanActions;
}) {
  const names = namesOf(data);
  const results = state.workloads.map((w) => ({ ...w, result: recommend(model, w) }));
  return (
    <div className="space-y-8">
      {results.length > 0 ? (
        <section aria-labelledby="plan-summary" className="space-y-4">
          <h2 id="plan-summary" tabIndex={-1} className="text-2xl font-semibold focus:outline-none">
            The plan
          </h2>
          <p className="text-lg font-semibold" data-plan-summary="">
            {teamSentence(results, names.option)}
          </p>
          <ol className="grid gap-4 md:grid-cols-2 xl:grid-cols-3" aria-label="Workloads">
            {results.map((w, i) => (
              <li
                key={`${i}-${w.name}`}
                className="space-y-3 rounded-lg border border-border bg-surface p-4"
              >
                <h3 className="text-xl font-semibold">{w.name}</h3>
                <p>
                  <strong>{headline(w.result, names)}</strong>
                  <br />
                  <span className="text-sm">
                    Confidence: {CONFIDENCE[w.result.confidence.level]}
                  </span>
                </p>
                {w.result.reasons.length > 0 ? (
                  <div>
                    <h4 className="text-sm font-semibold">Top reasons</h4>
                    <ul className="list-disc pl-5 text-sm">
                      {w.result.reasons.slice(0, 3).map((c) => (
                        <li key={c.factorId}>
                          {names.factor(c.factorId)} ({IMPORTANCE_LABEL[c.importance].toLowerCase()}
                          )
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                <div>
                  <h4 className="text-sm font-semibold">Verify with your provider</h4>
                  {w.result.verify.length === 0 ? (
                    <p className="text-sm">Nothing: every fact behind it is stated.</p>
                  ) : (
                    <ul className="list-disc pl-5 text-sm">
                      {w.result.verify.slice(0, 4).map((v) => (
                        <li key={`${v.optionId}-${v.attributeId}`}>
                          {names.option(v.optionId)}: {names.attribute(v.attributeId)}
                        </li>
                      ))}
                      {w.result.verify.length > 4 ? (
                        <li>and {w.result.verify.length - 4} more</li>
                      ) : null}
                    </ul>
                  )}
                </div>
                <p className="flex flex-wrap gap-2 print:hidden">
                  <button
                    type="button"
                    className={BUTTON}
                    disabled={!actions}
                    onClick={() => actions?.edit(i)}
                  >
                    Change answers<span className="sr-only"> for {w.name}</span>
                  </button>
                  <button
                    type="button"
                    className={BUTTON}
                    disabled={!actions}
                    onClick={() => {
                      actions?.remove(i);
                      // The card goes: focus the plan, or the form to add one if it was the last.
                      const next = results.length > 1 ? "plan-summary" : "new-workload-name";
                      document.getElementById(next)?.focus();
                    }}
                  >
                    Remove<span className="sr-only"> {w.name}</span>
                  </button>
                  <a href={advisorLink(i)} className="self-center text-sm">
                    Full result<span className="sr-only"> for {w.name}</span>
                  </a>
                </p>
              </li>
            ))}
          </ol>
          <ShareActions
            data={data}
            model={model}
            workloads={state.workloads}
            query={query}
            label="Copy link to this plan"
            disabled={!actions}
          />
        </section>
      ) : (
        <p>
          A team rarely has one workload. Name each one, answer the advisor for it, and see them
          side by side: one link holds the whole plan, and the decision record is ready to keep.
        </p>
      )}
      <AddWorkload state={state} actions={actions} />
    </div>
  );
}

/** Names a new workload and, optionally, copies another one's answers as a start. */
function AddWorkload({ state, actions }: { state: PlanState; actions?: PlanActions }) {
  const [name, setName] = useState("");
  const [copyFrom, setCopyFrom] = useState("");
  const id = useId();
  const full = state.workloads.length >= MAX_WORKLOADS;
  return (
    <form
      aria-labelledby={`${id}-heading`}
      className="space-y-3 rounded-lg border border-border p-4 print:hidden"
      onSubmit={(e) => {
        e.preventDefault();
        actions?.add(name, copyFrom === "" ? null : Number(copyFrom));
        setName("");
        setCopyFrom("");
      }}
    >
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        Add a workload
      </h2>
      {full ? <p>A plan holds {MAX_WORKLOADS} workloads at most.</p> : null}
      <fieldset className="flex min-w-0 flex-wrap items-end gap-3" disabled={!actions || full}>
        <label className="flex flex-col gap-1 text-sm font-semibold">
          Name
          <input
            id="new-workload-name"
            type="text"
            required
            maxLength={MAX_NAME}
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. Inference API"
            className="rounded-md border border-control bg-raised px-2 py-1.5 font-normal"
          />
        </label>
        {state.workloads.length > 0 ? (
          <label className="flex max-w-full flex-col gap-1 text-sm font-semibold">
            Start from the answers of
            <select
              value={copyFrom}
              onChange={(e) => setCopyFrom(e.target.value)}
              className="max-w-full rounded-md border border-control bg-raised px-2 py-1.5 font-normal"
            >
              <option value="">No other workload</option>
              {state.workloads.map((w, i) => (
                <option key={`${i}-${w.name}`} value={i}>
                  {w.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="submit" className={PRIMARY}>
          Add and answer
        </button>
      </fieldset>
    </form>
  );
}

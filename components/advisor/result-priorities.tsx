import { useState, type ReactNode } from "react";
import type { Priority } from "@/lib/advisor/priorities";
import { WEIGHT } from "@/lib/advisor/priorities";
import type { Category, Factor } from "@/lib/model/schema";
import { ImportancePickers } from "./importance-picker";
import type { AdvisorActions } from "./types";

/**
 * Every factor's importance, editable in place: a change re-scores at once and goes into the
 * URL. Says what importance means where the numbers are.
 */
export function ResultPriorities({
  outcome,
  factors,
  categories,
  priorities,
  presetFrom,
  actions,
}: {
  /** The result's headline, repeated here (and announced) as the priorities change it. */
  outcome: string;
  factors: readonly Factor[];
  categories: readonly Category[];
  priorities: ReadonlyMap<string, Priority>;
  presetFrom: (p: Priority) => string;
  actions?: AdvisorActions;
}) {
  return (
    <section aria-labelledby="priorities-heading" className="space-y-3 print:hidden">
      <h3 id="priorities-heading" className="text-xl font-semibold">
        Your priorities
      </h3>
      <p className="text-sm">
        Importance is how much a need counts: a must-have counts {WEIGHT.must} points of weight,
        important {WEIGHT.important}, nice to have {WEIGHT.nice}, doesn&rsquo;t matter {WEIGHT.none}
        . An option earns twice the weight where it has the advantage, once where it is neutral or
        its source is silent, and nothing where it has the disadvantage. A must-have also rules out
        an option whose source states it cannot meet it. Change any of them: the result follows at
        once.
      </p>
      <p role="status" className="font-semibold">
        Result: {outcome}
      </p>
      <div className="grid gap-3 lg:grid-cols-2 lg:items-start">
        {categories.map((c) => {
          const inCategory = factors.filter((f) => f.category === c.id);
          if (inCategory.length === 0) return null;
          return (
            <CategoryDetails
              key={c.id}
              name={c.name}
              open={inCategory.some((f) => priorities.get(f.id)?.importance !== "none")}
            >
              <ImportancePickers
                factors={inCategory}
                priorities={priorities}
                presetFrom={presetFrom}
                actions={actions}
                compact
              />
            </CategoryDetails>
          );
        })}
      </div>
    </section>
  );
}

/**
 * A category's pickers, open at first when any of its needs counts. Only at first: setting the
 * last one to "doesn't matter" must not shut the section around the control just used.
 */
function CategoryDetails({
  name,
  open,
  children,
}: {
  name: string;
  open: boolean;
  children: ReactNode;
}) {
  const [openAtFirst] = useState(open);
  return (
    <details className="rounded-lg border border-border bg-surface p-3" open={openAtFirst}>
      <summary className="cursor-pointer font-semibold">{name}</summary>
      <div className="mt-3 space-y-3">{children}</div>
    </details>
  );
}

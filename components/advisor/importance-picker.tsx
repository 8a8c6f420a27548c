import type { Priority } from "@/lib/advisor/priorities";
import { LEVELS } from "@/lib/advisor/priorities";
import type { Factor } from "@/lib/model/schema";
import { IMPORTANCE_LABEL } from "./words";
import type { AdvisorActions } from "./types";

/**
 * One need and its importance, as a radio group: must have, important, nice to have, doesn't
 * matter. Says when the level is the preset from the answers, so a visitor knows what they
 * changed. Used on the needs steps and, compact, on the result.
 */
export function ImportancePicker({
  factor,
  priority,
  presetFrom,
  actions,
  compact = false,
}: {
  factor: Factor;
  priority: Priority;
  /** Words for the answers that preset it, e.g. "Pre-training". */
  presetFrom: string;
  actions?: AdvisorActions;
  compact?: boolean;
}) {
  const name = `need-${factor.id}`;
  return (
    <fieldset
      className={compact ? "space-y-1" : "space-y-2 rounded-lg border border-border bg-surface p-3"}
      disabled={!actions}
    >
      <legend className="font-semibold">{factor.need}</legend>
      {compact ? null : <p className="text-sm text-muted">{factor.help}</p>}
      <div className="flex flex-wrap gap-1.5">
        {LEVELS.map((level) => (
          <label
            key={level}
            className="inline-flex cursor-pointer items-center gap-1.5 rounded-full border border-border px-2.5 py-1 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:checked]:font-semibold"
          >
            <input
              type="radio"
              name={name}
              value={level}
              checked={priority.importance === level}
              onChange={() => actions?.prioritise(factor.id, level)}
              className="size-3.5 accent-[var(--accent)]"
            />
            {IMPORTANCE_LABEL[level]}
          </label>
        ))}
      </div>
      <p className="text-xs text-muted">
        {priority.edited
          ? `Your choice; your answers preset ${IMPORTANCE_LABEL[priority.preset].toLowerCase()}.`
          : priority.preset !== "none"
            ? `Preset from your answer: ${presetFrom}.`
            : "Not preset by your answers."}
      </p>
    </fieldset>
  );
}

/** A picker for each of these factors that has a priority, in their order. */
export function ImportancePickers({
  factors,
  priorities,
  presetFrom,
  actions,
  compact = false,
}: {
  factors: readonly Factor[];
  priorities: ReadonlyMap<string, Priority>;
  presetFrom: (p: Priority) => string;
  actions?: AdvisorActions;
  compact?: boolean;
}) {
  return factors.map((f) => {
    const p = priorities.get(f.id);
    return p ? (
      <ImportancePicker
        key={f.id}
        factor={f}
        priority={p}
        presetFrom={presetFrom(p)}
        actions={actions}
        compact={compact}
      />
    ) : null;
  });
}

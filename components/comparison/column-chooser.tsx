"use client";

import type { CompareState } from "@/lib/url-state/compare-params";
import type { Update } from "./types";

/** Which options are shown as columns, and in what order (at least one stays shown). */
export function ColumnChooser({
  options,
  state,
  update,
}: {
  options: { id: string; name: string }[];
  state: CompareState;
  update?: Update;
}) {
  const disabled = update === undefined;
  const shown = state.cols;
  const hidden = options.filter((o) => !shown.includes(o.id));
  const name = (id: string) => options.find((o) => o.id === id)?.name ?? id;
  const move = (index: number, by: -1 | 1) => {
    const next = [...shown];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    next.splice(index + by, 0, item);
    update?.({ cols: next });
  };
  return (
    <fieldset className="space-y-1.5 border-t border-border pt-3" disabled={disabled}>
      <legend className="mb-1 text-sm font-semibold">Columns</legend>
      <ol className="space-y-1">
        {shown.map((id, i) => (
          <li key={id} className="flex items-center gap-2 text-sm">
            <label className="flex flex-1 items-center gap-2">
              <input
                type="checkbox"
                checked
                disabled={disabled || shown.length === 1}
                onChange={() => update?.({ cols: shown.filter((x) => x !== id) })}
              />
              {name(id)}
            </label>
            <button
              type="button"
              className="rounded border border-border px-1.5 disabled:opacity-40"
              disabled={disabled || i === 0}
              aria-label={`Move ${name(id)} left`}
              onClick={() => move(i, -1)}
            >
              ←
            </button>
            <button
              type="button"
              className="rounded border border-border px-1.5 disabled:opacity-40"
              disabled={disabled || i === shown.length - 1}
              aria-label={`Move ${name(id)} right`}
              onClick={() => move(i, 1)}
            >
              →
            </button>
          </li>
        ))}
        {hidden.map((o) => (
          <li key={o.id} className="text-sm">
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={false}
                onChange={() => update?.({ cols: [...shown, o.id] })}
              />
              {o.name}
            </label>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}

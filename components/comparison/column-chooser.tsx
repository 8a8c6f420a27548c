"use client";

import { useEffect, useId, useRef } from "react";
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
  const uid = useId();
  const control = (id: string, which: "box" | "left" | "right") => `${uid}-${id}-${which}`;
  // A change moves the item it was made on (between the lists, or along one), which takes the
  // focus from its control; once the new order is rendered, focus goes back to the first of
  // `ids` still enabled (a move button is disabled at the end of the list).
  const refocus = useRef<{ cols: string; ids: string[] } | null>(null);
  useEffect(() => {
    if (refocus.current?.cols !== shown.join()) return;
    const target = refocus.current.ids
      .map((id) => document.getElementById(id))
      .find(
        (el) => el instanceof HTMLInputElement || (el instanceof HTMLButtonElement && !el.disabled),
      );
    refocus.current = null;
    target?.focus();
  });
  const change = (cols: string[], ...ids: string[]) => {
    refocus.current = { cols: cols.join(), ids };
    update?.({ cols });
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...shown];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    next.splice(index + by, 0, item);
    const [same, other] = by === -1 ? (["left", "right"] as const) : (["right", "left"] as const);
    change(next, control(item, same), control(item, other));
  };
  return (
    <fieldset className="space-y-1.5 border-t border-border pt-3" disabled={disabled}>
      <legend className="mb-1 text-sm font-semibold">Columns</legend>
      <ol className="space-y-1">
        {shown.map((id, i) => (
          <li key={id} className="flex items-center gap-2 text-sm">
            <label className="flex flex-1 items-center gap-2">
              <input
                id={control(id, "box")}
                type="checkbox"
                checked
                disabled={disabled || shown.length === 1}
                onChange={() =>
                  change(
                    shown.filter((x) => x !== id),
                    control(id, "box"),
                  )
                }
              />
              {name(id)}
            </label>
            <button
              type="button"
              className="rounded border border-border px-1.5 disabled:opacity-40"
              id={control(id, "left")}
              disabled={disabled || i === 0}
              aria-label={`Move ${name(id)} left`}
              onClick={() => move(i, -1)}
            >
              ←
            </button>
            <button
              type="button"
              className="rounded border border-border px-1.5 disabled:opacity-40"
              id={control(id, "right")}
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
                id={control(o.id, "box")}
                type="checkbox"
                checked={false}
                onChange={() => change([...shown, o.id], control(o.id, "box"))}
              />
              {o.name}
            </label>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}

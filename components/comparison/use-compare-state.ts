"use client";

import { useQueryStates, type Options } from "nuqs";
import { useMemo } from "react";
import type { CompareParsers } from "@/lib/url-state/compare-params";
import type { StatePatch } from "./types";

/**
 * Typing replaces the history entry once the typist pauses; every other change pushes one, so
 * Back steps through views. Each address change makes Next's router re-render from the root,
 * which at a few hundred rows costs more than the filtering itself, so it waits for a pause
 * rather than following every keystroke.
 */
export type UpdateKind = "typing" | "choice";

/** The comparison's state from the URL, and a setter that writes it back (through nuqs). */
export function useCompareState(parsers: CompareParsers) {
  const [state, set] = useQueryStates(parsers);
  const update = useMemo(
    () =>
      (patch: StatePatch, kind: UpdateKind = "choice") => {
        const options: Options =
          kind === "typing"
            ? { history: "replace", limitUrlUpdates: { method: "debounce", timeMs: 300 } }
            : { history: "push" };
        void set(patch, options);
      },
    [set],
  );
  return [state, update] as const;
}

"use client";

import { useQueryStates, type Options } from "nuqs";
import { useEffect, useMemo, useRef } from "react";
import type { CompareParsers } from "@/lib/url-state/compare-params";
import type { StatePatch } from "./types";

/**
 * A run of keystrokes makes one history entry: the first pushes it, so Back returns to the view
 * before the typing, and the rest replace it once the typist pauses. Every other change pushes
 * one, so Back steps through views. Each address change makes Next's router re-render from the
 * root, which at a few hundred rows costs more than the filtering itself, so typing waits for a
 * pause rather than following every keystroke.
 */
export type UpdateKind = "typing" | "choice";

/** The comparison's state from the URL, and a setter that writes it back (through nuqs). */
export function useCompareState(parsers: CompareParsers) {
  const [state, set] = useQueryStates(parsers);
  // Whether the entry in view is the one the current run of keystrokes pushed. Back or Forward
  // leaves it, so typing after them starts a new entry instead of overwriting the one in view.
  const typing = useRef(false);
  useEffect(() => {
    const leave = () => void (typing.current = false);
    window.addEventListener("popstate", leave);
    return () => window.removeEventListener("popstate", leave);
  }, []);
  const update = useMemo(
    () =>
      (patch: StatePatch, kind: UpdateKind = "choice") => {
        // The first keystroke is not debounced: a debounced update keeps only the options of
        // the last call, which would turn the run's push into a replace.
        const options: Options =
          kind === "typing" && typing.current
            ? { history: "replace", limitUrlUpdates: { method: "debounce", timeMs: 300 } }
            : { history: "push" };
        typing.current = kind === "typing";
        void set(patch, options);
      },
    [set],
  );
  return [state, update] as const;
}

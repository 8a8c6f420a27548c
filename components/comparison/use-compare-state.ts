"use client";

import { useQueryStates, type Options } from "nuqs";
import { useMemo } from "react";
import type { CompareParsers } from "@/lib/url-state/compare-params";
import type { StatePatch } from "./types";

/** Typing replaces the history entry (and is throttled); every other change pushes one, so Back steps through views. */
export type UpdateKind = "typing" | "choice";

/** The comparison's state from the URL, and a setter that writes it back (through nuqs). */
export function useCompareState(parsers: CompareParsers) {
  const [state, set] = useQueryStates(parsers, { scroll: false });
  const update = useMemo(
    () =>
      (patch: StatePatch, kind: UpdateKind = "choice") => {
        const options: Options =
          kind === "typing"
            ? { history: "replace", limitUrlUpdates: { method: "throttle", timeMs: 100 } }
            : { history: "push" };
        void set(patch, options);
      },
    [set],
  );
  return [state, update] as const;
}

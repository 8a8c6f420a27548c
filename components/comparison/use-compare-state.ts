"use client";

import { createParser, useQueryStates, type Options } from "nuqs";
import { useMemo } from "react";
import type { Param } from "@/lib/url-state/param";
import type { StatePatch } from "./types";
import {
  COMPARE_KEYS,
  type CompareParams,
  type CompareState,
} from "@/lib/url-state/compare-params";

/** Typing replaces the history entry (and is throttled); every other change pushes one, so Back steps through views. */
export type UpdateKind = "typing" | "choice";

/** Adapts one of our pure parameters to nuqs; defaults are dropped from the URL. */
export function toNuqs<T>(param: Param<T>) {
  const parser = createParser<NonNullable<T>>({
    parse: (raw) => param.parse(raw) ?? null,
    serialize: (v) => param.serialize(v),
    eq: (a, b) => param.eq(a, b),
  }).withOptions({ clearOnDefault: true, scroll: false });
  return param.default === null ? parser : parser.withDefault(param.default as NonNullable<T>);
}

/** The comparison's state from the URL, and a setter that writes it back (via nuqs). */
export function useCompareState(params: CompareParams) {
  const parsers = useMemo(
    () => Object.fromEntries(COMPARE_KEYS.map((k) => [k, toNuqs(params[k] as Param<unknown>)])),
    [params],
  );
  const [values, set] = useQueryStates(parsers);
  // Every value came through our parsers (or is their default), so it has the state's type.
  const state = values as unknown as CompareState;
  const update = useMemo(
    () =>
      (patch: StatePatch, kind: UpdateKind = "choice") => {
        const options: Options =
          kind === "typing"
            ? { history: "replace", limitUrlUpdates: { method: "throttle", timeMs: 100 } }
            : { history: "push" };
        void set(
          typeof patch === "function" ? (current) => patch(current as CompareState) : patch,
          options,
        );
      },
    [set],
  );
  return [state, update] as const;
}

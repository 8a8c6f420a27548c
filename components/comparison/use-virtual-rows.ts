"use client";

import {
  useEffect,
  useLayoutEffect,
  useReducer,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import type { WindowVirtualizer } from "./window-virtualizer";

/**
 * Above this many rows the comparison renders only what is on screen. The real content is far
 * below it, so it never virtualises (and never downloads the virtualizer); generated matrices
 * (1,000 attributes) do, which keeps a keystroke in the search box from re-rendering thousands
 * of rows.
 */
export const VIRTUALIZE_ABOVE = 150;

const noop = () => () => {};

/** False during prerender and hydration, true afterwards: the prerender always has every row. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}

/**
 * Window-scrolled virtualisation for `count` items whose heights vary (they are measured).
 * Returns null when not virtualising, so callers render everything; that includes the moment
 * between a layout first needing it and its module arriving.
 */
export function useVirtualRows<E extends HTMLElement>(count: number, estimate: number) {
  const hydrated = useHydrated();
  const wanted = hydrated && count > VIRTUALIZE_ABOVE;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [virtualizer, setVirtualizer] = useState<WindowVirtualizer | null>(null);
  useEffect(() => {
    if (!wanted || virtualizer) return;
    let live = true;
    void import("./window-virtualizer").then((m) => {
      if (live) setVirtualizer(m.createWindowVirtualizer(rerender));
    });
    return () => {
      live = false;
    };
  }, [wanted, virtualizer]);
  const enabled = wanted && virtualizer !== null;
  const anchor = useRef<E | null>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    if (enabled && anchor.current)
      setScrollMargin(anchor.current.getBoundingClientRect().top + window.scrollY);
  }, [enabled]);
  virtualizer?.update({ count: enabled ? count : 0, estimate, scrollMargin, enabled });
  useLayoutEffect(() => virtualizer?._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer?._willUpdate());
  if (!enabled) return { anchor, virtual: null };
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  return {
    anchor,
    virtual: {
      items,
      paddingTop: first ? first.start - scrollMargin : 0,
      paddingBottom: last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0,
      measure: virtualizer.measureElement,
    },
  };
}

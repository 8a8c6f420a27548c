"use client";

import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useLayoutEffect, useRef, useState, useSyncExternalStore } from "react";

/**
 * Above this many rows the comparison renders only what is on screen. The real content is far
 * below it, so it never virtualises; generated matrices (1,000 attributes) do, which keeps a
 * keystroke in the search box from re-rendering thousands of rows.
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
 * Returns null when not virtualising, so callers render everything.
 */
export function useVirtualRows<E extends HTMLElement>(count: number, estimate: number) {
  const hydrated = useHydrated();
  const enabled = hydrated && count > VIRTUALIZE_ABOVE;
  const anchor = useRef<E | null>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    if (enabled && anchor.current)
      setScrollMargin(anchor.current.getBoundingClientRect().top + window.scrollY);
  }, [enabled]);
  const virtualizer = useWindowVirtualizer({
    count: enabled ? count : 0,
    estimateSize: () => estimate,
    overscan: 3,
    scrollMargin,
  });
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

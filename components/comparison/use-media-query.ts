"use client";

import { useCallback, useSyncExternalStore } from "react";

// One MediaQueryList per query: React reads the snapshot on every render of the comparison
// (every keystroke), and matchMedia builds and evaluates a new list each time it is called.
const lists = new Map<string, MediaQueryList>();

function mediaQueryList(query: string): MediaQueryList {
  let mql = lists.get(query);
  if (!mql) lists.set(query, (mql = window.matchMedia(query)));
  return mql;
}

/** Whether a media query matches; null while prerendering and hydrating (when both layouts render). */
export function useMediaQuery(query: string): boolean | null {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const mql = mediaQueryList(query);
      mql.addEventListener("change", onChange);
      return () => mql.removeEventListener("change", onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => mediaQueryList(query).matches,
    () => null,
  );
}

"use client";

import { useEffect, useRef } from "react";

/**
 * Once, after the page has read its state from the URL, rewrites the address to `canonical()`
 * (the canonical query string of that state) when they differ: unknown keys, refused values and
 * repeated keys leave the address bar, so what the visitor sees and copies is what applies.
 * Replaces the history entry, so Back is unaffected. Keys out of order count as a difference
 * too: one view has one address (the adapter keeps later updates in order; see inKeyOrder).
 * Takes a function so later renders (every keystroke) do not serialise the state for nothing.
 */
export function useCanonicalUrl(canonical: () => string): void {
  const first = useRef(canonical);
  useEffect(() => {
    const query = first.current();
    const { pathname, search, hash } = window.location;
    if (search !== query) {
      window.history.replaceState(window.history.state, "", `${pathname}${query}${hash}`);
    }
  }, []);
}

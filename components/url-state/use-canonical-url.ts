"use client";

import { useEffect, useRef } from "react";
import { sameParams } from "@/lib/url-state/parsers";

/**
 * Once, after the page has read its state from the URL, rewrites the address to `canonical()`
 * (the canonical query string of that state) when they differ: unknown keys, refused values and
 * repeated keys leave the address bar, so what the visitor sees and copies is what applies.
 * Replaces the history entry, so Back is unaffected. Order alone is not a difference: nuqs
 * writes keys in the order they were set, and a reload should not reshuffle the address.
 * Takes a function so later renders (every keystroke) do not serialise the state for nothing.
 */
export function useCanonicalUrl(canonical: () => string): void {
  const first = useRef(canonical);
  useEffect(() => {
    const query = first.current();
    const { pathname, search, hash } = window.location;
    if (!sameParams(search, query)) {
      window.history.replaceState(window.history.state, "", `${pathname}${query}${hash}`);
    }
  }, []);
}

"use client";

import { useEffect, useState } from "react";

/**
 * The attribute named by the URL fragment (`/compare#local-nvme`), kept as state. CSS
 * `:target` cannot be relied on here: it points at the node the browser found on load, and
 * hydration replaces the prerendered table with new nodes.
 */
export function useHashTarget(ids: ReadonlySet<string>): string | null {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    const read = (event?: HashChangeEvent) => {
      let id: string;
      try {
        id = decodeURIComponent(window.location.hash.slice(1));
      } catch {
        id = "";
      }
      const next = ids.has(id) ? id : null;
      setTarget(next);
      if (next) {
        // The table row on wide screens, the card on narrow ones: whichever is displayed.
        const el = [
          document.getElementById(next),
          document.querySelector(`[data-attribute="${CSS.escape(next)}"]`),
        ].find((e): e is HTMLElement => e instanceof HTMLElement && e.offsetParent !== null);
        if (el) el.scrollIntoView({ block: "start" });
        // On load the browser scrolled to the row in the prerendered table, which shows every
        // row; if the URL's filters hide it, that spot is gone, so start from the top, where
        // the filters and the count are, rather than wherever the page's end now is.
        else if (!event) window.scrollTo(0, 0);
      }
    };
    read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, [ids]);
  return target;
}

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
    const read = () => {
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
        el?.scrollIntoView({ block: "start" });
      }
    };
    read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, [ids]);
  return target;
}

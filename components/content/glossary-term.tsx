"use client";

import { useId, useState, type ReactNode } from "react";

/**
 * A glossary term in prose: a link to its entry, with the definition shown on hover and on
 * keyboard focus (pure CSS, so it works before hydration), dismissible with Escape.
 */
export function GlossaryTerm({
  href,
  definition,
  children,
}: {
  href: string;
  definition: string;
  children: ReactNode;
}) {
  const id = useId();
  const [dismissed, setDismissed] = useState(false);
  return (
    <span
      className="term-wrap"
      onMouseEnter={() => setDismissed(false)}
      onFocus={() => setDismissed(false)}
    >
      <a
        href={href}
        className="term"
        aria-describedby={id}
        onKeyDown={(e) => {
          if (e.key === "Escape") setDismissed(true);
        }}
      >
        {children}
      </a>
      <span role="tooltip" id={id} className="term-tip" data-dismissed={dismissed ? "" : undefined}>
        {definition}
      </span>
    </span>
  );
}

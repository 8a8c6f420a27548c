"use client";

import { useEffect, useId, useRef, useState, useSyncExternalStore, type ReactNode } from "react";

/** Gap between the term and its tooltip, and the least distance kept from the viewport's edges. */
const GAP = 6;
const MARGIN = 8;

/**
 * A glossary term in prose: a link to its entry, with the definition shown on hover and on
 * keyboard focus, dismissible with Escape. Before hydration a CSS rule shows the definition
 * next to the term (Escape needs the script, so it works once hydrated); once hydrated it opens as a popover in the top layer, placed by script,
 * so no scrolling table or card can clip it. The pointer can move onto the tooltip without
 * it closing.
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
  const anchor = useRef<HTMLAnchorElement>(null);
  const tip = useRef<HTMLSpanElement>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // False in the prerendered HTML and during hydration, then true where popovers exist.
  const live = useSyncExternalStore(noSubscription, canPopover, () => false);
  const [dismissed, setDismissed] = useState(false);

  function show() {
    clearTimeout(hideTimer.current);
    setDismissed(false);
    if (live && anchor.current && tip.current) openTip(anchor.current, tip.current);
  }
  function hide(now = false) {
    clearTimeout(hideTimer.current);
    const close = () => {
      if (tip.current?.matches(":popover-open")) tip.current.hidePopover();
    };
    if (now) close();
    else hideTimer.current = setTimeout(close, 120);
  }
  useEffect(() => () => clearTimeout(hideTimer.current), []);
  // A term focused or hovered before hydration showed its definition by CSS; the popover that
  // replaces it starts closed, so open it, or the definition would vanish under the user.
  useEffect(() => {
    const a = anchor.current;
    const t = tip.current;
    if (!live || !a || !t) return;
    if (a === document.activeElement || a.parentElement?.matches(":hover")) openTip(a, t);
  }, [live]);

  return (
    <span
      className="term-wrap"
      onMouseEnter={show}
      onMouseLeave={() => hide()}
      onFocus={show}
      onBlur={() => hide(true)}
    >
      <a
        ref={anchor}
        href={href}
        className="term"
        aria-describedby={id}
        onKeyDown={(e) => {
          if (e.key !== "Escape") return;
          setDismissed(true);
          hide(true);
        }}
      >
        {children}
      </a>
      <span
        ref={tip}
        role="tooltip"
        id={id}
        popover={live ? "manual" : undefined}
        className={live ? "term-tip term-tip-live" : "term-tip"}
        data-dismissed={dismissed ? "" : undefined}
        onMouseEnter={show}
        onMouseLeave={() => hide()}
      >
        {definition}
      </span>
    </span>
  );
}

/** Opens the popover and places it above the term (below when there is no room), in view. */
function openTip(a: HTMLElement, t: HTMLElement) {
  if (!t.matches(":popover-open")) t.showPopover();
  const r = a.getBoundingClientRect();
  const { width, height } = t.getBoundingClientRect();
  const left = Math.max(MARGIN, Math.min(r.left, window.innerWidth - width - MARGIN));
  const above = r.top - GAP - height;
  t.style.left = `${left}px`;
  t.style.top = `${above >= MARGIN ? above : r.bottom + GAP}px`;
}

const noSubscription = () => () => {};
const canPopover = () => typeof HTMLElement.prototype.showPopover === "function";

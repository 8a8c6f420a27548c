"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The phone menu: a native disclosure (it opens without JavaScript too) that, once hydrated,
 * closes as a menu should: on Escape (focus back on its summary), when focus moves past it
 * (an open panel would cover what is focused next), and on a press outside it.
 */
export function MenuDisclosure({
  className,
  children,
}: {
  className: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const menu = ref.current;
    if (!menu) return;
    const outside = (node: EventTarget | null) => node instanceof Node && !menu.contains(node);
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || !menu.open) return;
      menu.open = false;
      menu.querySelector("summary")?.focus();
    };
    const onFocusOut = (e: FocusEvent) => {
      if (outside(e.relatedTarget)) menu.open = false;
    };
    const onPress = (e: PointerEvent) => {
      if (outside(e.target)) menu.open = false;
    };
    menu.addEventListener("keydown", onKey);
    menu.addEventListener("focusout", onFocusOut);
    document.addEventListener("pointerdown", onPress);
    return () => {
      menu.removeEventListener("keydown", onKey);
      menu.removeEventListener("focusout", onFocusOut);
      document.removeEventListener("pointerdown", onPress);
    };
  }, []);
  return (
    <details ref={ref} className={className}>
      {children}
    </details>
  );
}

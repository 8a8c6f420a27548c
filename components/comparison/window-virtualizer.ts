import {
  Virtualizer,
  observeWindowOffset,
  observeWindowRect,
  windowScroll,
} from "@tanstack/virtual-core";
import { flushSync } from "react-dom";

/** What a virtualised layout needs per render; the rest of the options are fixed. */
export interface WindowRowsOptions {
  count: number;
  estimate: number;
  scrollMargin: number;
  enabled: boolean;
}

export type WindowVirtualizer = Virtualizer<Window, Element> & {
  update(options: WindowRowsOptions): void;
};

/**
 * A window-scrolled virtualizer that re-renders its owner through `rerender`. Loaded only when
 * a layout has more rows than it renders in full (use-virtual-rows.ts), so the real content,
 * far below that, never downloads virtual-core. It does what @tanstack/react-virtual's
 * useWindowVirtualizer does for us (no direct DOM updates), without being a hook: a hook
 * cannot start being called once a module has arrived.
 */
export function createWindowVirtualizer(rerender: () => void): WindowVirtualizer {
  // `measureElement` is a ref callback, so it runs while React commits, where flushSync cannot
  // flush (React warns and skips it); a sync notify from there re-renders at commit priority.
  let measuring = false;
  const optionsFor = ({ count, estimate, scrollMargin, enabled }: WindowRowsOptions) => ({
    count,
    enabled,
    scrollMargin,
    overscan: 3,
    estimateSize: () => estimate,
    getScrollElement: () => window,
    observeElementRect: observeWindowRect,
    observeElementOffset: observeWindowOffset,
    scrollToFn: windowScroll,
    initialOffset: () => window.scrollY,
    onChange: (_: unknown, sync: boolean) => {
      if (sync && !measuring) flushSync(rerender);
      else rerender();
    },
  });
  const v = new Virtualizer<Window, Element>(
    optionsFor({ count: 0, estimate: 0, scrollMargin: 0, enabled: false }),
  );
  const measure = v.measureElement;
  return Object.assign(v, {
    measureElement: (node: Element | null) => {
      measuring = true;
      try {
        measure(node);
      } finally {
        measuring = false;
      }
    },
    update: (options: WindowRowsOptions) => v.setOptions(optionsFor(options)),
  });
}

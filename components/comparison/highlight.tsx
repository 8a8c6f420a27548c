import { useEffect, type RefObject } from "react";
import { highlightParts } from "@/lib/compare/search";

const NAME = "search";

/**
 * A text the comparison's search marks (a row's name and why, a cell's value). Its matches are
 * painted by useSearchHighlights, not wrapped in elements: a keystroke then changes no markup
 * in the rows, which is most of what a search over a few hundred rows would otherwise cost.
 */
export function Searchable({ text }: { text: string }) {
  return <span data-searchable="">{text}</span>;
}

/**
 * Paints the matches of `terms` in every Searchable under `root` as the `search` highlight
 * (CSS Custom Highlight API; styled by `::highlight(search)` in globals.css), again whenever
 * `shown` (what the rows show) changes. Where the API is missing, nothing is marked.
 */
export function useSearchHighlights(
  root: RefObject<HTMLElement | null>,
  terms: readonly string[],
  shown: unknown,
) {
  useEffect(() => {
    if (typeof CSS === "undefined" || !("highlights" in CSS) || terms.length === 0) return;
    const ranges: Range[] = [];
    for (const el of root.current?.querySelectorAll("[data-searchable]") ?? []) {
      const text = el.firstChild;
      if (!(text instanceof Text)) continue;
      let offset = 0;
      for (const part of highlightParts(text.data, terms)) {
        if (part.match) {
          const range = new Range();
          range.setStart(text, offset);
          range.setEnd(text, offset + part.text.length);
          ranges.push(range);
        }
        offset += part.text.length;
      }
    }
    CSS.highlights.set(NAME, new Highlight(...ranges));
    return () => void CSS.highlights.delete(NAME);
  }, [root, terms, shown]);
}

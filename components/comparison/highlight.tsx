import { memo } from "react";
import { highlightParts, type TextPart } from "@/lib/compare/search";

// Parts per terms array (one array per search, kept stable by the caller's useMemo), so the
// comparison below and the render that follows it split each text once.
const partsCache = new WeakMap<readonly string[], Map<string, TextPart[]>>();

function partsOf(text: string, terms: readonly string[]): TextPart[] {
  let byText = partsCache.get(terms);
  if (!byText) partsCache.set(terms, (byText = new Map()));
  let parts = byText.get(text);
  if (!parts) byText.set(text, (parts = highlightParts(text, terms)));
  return parts;
}

/** True when `text` is marked the same way for both searches, so its markup would not change. */
export function sameMarks(text: string, a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  const pa = partsOf(text, a);
  const pb = partsOf(text, b);
  return (
    pa.length === pb.length &&
    pa.every((p, i) => p.text === pb[i]!.text && p.match === pb[i]!.match)
  );
}

/**
 * Text with search matches wrapped in <mark>. Memoised on the marks, not the terms: a
 * keystroke re-renders only the texts whose highlighting it changes.
 */
export const Highlight = memo(
  function Highlight({ text, terms }: { text: string; terms: readonly string[] }) {
    if (terms.length === 0) return <>{text}</>;
    return (
      <>
        {partsOf(text, terms).map((part, i) =>
          part.match ? (
            <mark key={i} className="rounded-sm bg-accent-soft text-fg">
              {part.text}
            </mark>
          ) : (
            part.text
          ),
        )}
      </>
    );
  },
  (prev, next) => prev.text === next.text && sameMarks(next.text, prev.terms, next.terms),
);

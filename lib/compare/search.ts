/** Longest query we act on; a longer one is treated as no query (see url-state). */
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 12;

/** Lower-case, accents folded, so "numa" finds "NUMA" and "resume" finds "résumé". */
export function normalizeText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The search terms of a query: every term must occur for a row to match. */
export function searchTerms(query: string): string[] {
  return [...new Set(normalizeText(query).split(/\s+/).filter(Boolean))].slice(0, MAX_TERMS);
}

export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  return terms.every((t) => haystack.includes(t));
}

/** A piece of text, marked where it matches a search term. */
export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits text into matching and non-matching parts for highlighting. Matching is done on the
 * normalised text; parts are cut from the original, which works because NFKD folding of the
 * characters we meet keeps one output letter per input letter once marks are removed.
 */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  if (terms.length === 0 || text.length === 0) return [{ text, match: false }];
  const folded = normalizeText(text);
  if (folded.length !== text.length)
    return [{ text, match: terms.some((t) => folded.includes(t)) }];
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    for (let i = folded.indexOf(term); i !== -1; i = folded.indexOf(term, i + 1)) {
      marked.fill(true, i, i + term.length);
    }
  }
  const parts: TextPart[] = [];
  for (let i = 0; i < text.length;) {
    let j = i;
    while (j < text.length && marked[j] === marked[i]) j++;
    parts.push({ text: text.slice(i, j), match: marked[i] ?? false });
    i = j;
  }
  return parts;
}

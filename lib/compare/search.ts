/** Longest query we act on; a longer one is treated as no query (see url-state). */
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 12;

/** Lower-case, accents folded, so "numa" finds "NUMA" and "resume" finds "résumé". */
export function normalizeText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The search terms of a query: every term must occur for a row to match. */
export function searchTerms(query: string): string[] {
  // Control and format characters (zero-width spaces, bidi marks, soft hyphens) are invisible
  // in the box, so they are not part of what the visitor searches for.
  const visible = normalizeText(query).replace(/[\p{Cc}\p{Cf}]/gu, (c) =>
    /\s/.test(c) ? " " : "",
  );
  return [...new Set(visible.split(/\s+/).filter(Boolean))].slice(0, MAX_TERMS);
}

export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  return terms.every((t) => haystack.includes(t));
}

/** Plain ASCII folds to itself, lower-cased, one character for one. */
const ASCII = /^[\x00-\x7f]*$/;

/** The folded text, and for each folded index the index of the original character it came from. */
function foldWithOrigin(text: string): { folded: string; origin: (k: number) => number } {
  if (ASCII.test(text)) {
    // The common case, and the one a keystroke repeats for every visible cell: skip the
    // per-character normalisation below.
    return { folded: text.toLowerCase(), origin: (k) => k };
  }
  let folded = "";
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = normalizeText(ch);
    folded += f;
    for (let k = 0; k < f.length; k++) origin.push(i);
    i += ch.length;
  }
  return { folded, origin: (k) => origin[k] ?? 0 };
}

/** A piece of text, marked where it matches a search term. */
export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits text into matching and non-matching parts for highlighting. Each original character
 * is folded on its own and mapped back, so characters that fold to several letters (ﬁ, …) or
 * lose combining marks still mark exactly the characters that matched.
 */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const wanted = terms.filter((t) => t.length > 0);
  if (wanted.length === 0 || text.length === 0) return [{ text, match: false }];
  const { folded, origin } = foldWithOrigin(text);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of wanted) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      const start = origin(at);
      const lastOrigin = origin(at + term.length - 1);
      const end = lastOrigin + (text.codePointAt(lastOrigin)! > 0xffff ? 2 : 1);
      marked.fill(true, start, end);
    }
  }
  const parts: TextPart[] = [];
  for (let j = 0; j < text.length;) {
    let k = j;
    while (k < text.length && marked[k] === marked[j]) k++;
    parts.push({ text: text.slice(j, k), match: marked[j] ?? false });
    j = k;
  }
  return parts;
}

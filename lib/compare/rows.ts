import type { Evidence, Verdict } from "../model/schema";
import { normalizeText } from "./search";

/*
 * Shared by the server and the browser, so nothing here may import the Markdown stack: the
 * server-side reshaping lives in to-rows.ts.
 */

/** One option's cell as the interactive comparison needs it: plain, serialisable data. */
export interface CompareCell {
  /** The short value; "Not stated: ask your provider" where the source is silent. */
  value: string;
  /** Null where the source is silent: such a cell favours no option. */
  verdict: Verdict | null;
  evidence: Evidence;
  reviewed: string;
  source: string;
  /** Plain text of the note, for search and export. */
  note: string;
}

/** An attribute row as the server sends it to the browser. */
export interface CompareRowData {
  id: string;
  name: string;
  why: string;
  category: string;
  cells: Record<string, CompareCell>;
}

/** A row ready for filtering. */
export interface CompareRow extends CompareRowData {
  /**
   * Everything a search looks through, normalised once so each keystroke does no text work.
   * Built in the browser (indexRows) rather than shipped, since it repeats the row's text.
   */
  haystack: string;
}

/** Adds each row's search text: name, explanation, category name, cell values and notes. */
export function indexRows(
  rows: readonly CompareRowData[],
  categoryName: (id: string) => string,
): CompareRow[] {
  return rows.map((r) => {
    const parts = [
      r.name,
      r.why,
      categoryName(r.category),
      ...Object.values(r.cells).flatMap((c) => [c.value, c.note]),
    ];
    return { ...r, haystack: normalizeText(parts.join("\n")) };
  });
}

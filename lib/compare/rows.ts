import type { FeatureMatrix, Verdict } from "../model/schema";
import { markdownToText } from "../markdown/to-hast";
import { normalizeText } from "./search";

/** One option's cell as the interactive comparison needs it: plain, serialisable data. */
export interface CompareCell {
  value: string;
  verdict: Verdict;
  inferred: boolean;
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

/** Reshapes the matrix into rows for the comparison (server side, once per build). */
export function toCompareRows(matrix: FeatureMatrix): CompareRowData[] {
  return matrix.attributes.map((a) => {
    const cells: Record<string, CompareCell> = {};
    for (const option of matrix.options) {
      const cell = a.cells[option.id];
      if (!cell) continue;
      cells[option.id] = {
        value: cell.value,
        verdict: cell.verdict,
        inferred: cell.inferred,
        reviewed: cell.reviewed,
        source: cell.source,
        note: cell.note ? markdownToText(cell.note) : "",
      };
    }
    return { id: a.id, name: a.name, why: a.why, category: a.category, cells };
  });
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

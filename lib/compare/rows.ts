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

/** An attribute row of the interactive comparison. */
export interface CompareRow {
  id: string;
  name: string;
  why: string;
  category: string;
  cells: Record<string, CompareCell>;
  /** Everything a search looks through, normalised once so each keystroke does no text work. */
  haystack: string;
}

/** Reshapes the matrix into rows for the comparison (server side, once per build). */
export function toCompareRows(matrix: FeatureMatrix): CompareRow[] {
  const categoryName = new Map(matrix.categories.map((c) => [c.id, c.name]));
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
    const parts = [
      a.name,
      a.why,
      categoryName.get(a.category) ?? "",
      ...Object.values(cells).flatMap((c) => [c.value, c.note]),
    ];
    return {
      id: a.id,
      name: a.name,
      why: a.why,
      category: a.category,
      cells,
      haystack: normalizeText(parts.join("\n")),
    };
  });
}

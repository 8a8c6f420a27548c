import type { Cell, FeatureMatrix } from "../model/schema";
import { UNSTATED_VALUE } from "../model/constants";
import { markdownToText } from "../markdown/to-hast";
import type { CompareCell, CompareRowData } from "./rows";

/** One cell as the comparison shows it: unstated cells read "Not stated" and have no verdict. */
export function toCompareCell(cell: Cell): CompareCell {
  return {
    value: cell.evidence === "unstated" ? UNSTATED_VALUE : cell.value,
    verdict: cell.evidence === "unstated" ? null : cell.verdict,
    evidence: cell.evidence,
    reviewed: cell.reviewed,
    source: cell.source,
    note: cell.note ? markdownToText(cell.note) : "",
  };
}

/**
 * Reshapes the matrix into rows for the comparison (server side, once per build), in the order
 * the grouped table shows them (category order, then the attributes' own), so that a sort
 * across the whole table breaks ties the way a reader sees the rows by default.
 */
export function toCompareRows(matrix: FeatureMatrix): CompareRowData[] {
  const place = new Map(matrix.categories.map((c, i) => [c.id, i]));
  const ordered = [...matrix.attributes].sort(
    (a, b) => (place.get(a.category) ?? 0) - (place.get(b.category) ?? 0),
  );
  return ordered.map((a) => {
    const cells: Record<string, CompareCell> = {};
    for (const option of matrix.options) {
      const cell = a.cells[option.id];
      if (!cell) continue;
      cells[option.id] = toCompareCell(cell);
    }
    return { id: a.id, name: a.name, why: a.why, category: a.category, cells };
  });
}

import type { FeatureMatrix } from "../model/schema";
import { markdownToText } from "../markdown/to-hast";
import type { CompareCell, CompareRowData } from "./rows";

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

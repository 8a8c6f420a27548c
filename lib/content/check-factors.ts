import type { Attribute, Factor, Verdict } from "../model/schema";
import type { Placed } from "./parse-lists";
import type { FileReport, Place } from "./problems";

interface PlacedAttribute {
  attribute: Attribute;
  verdictPlaces: Record<string, Place>;
  report: FileReport;
}

/**
 * A factor is one underlying fact shown by one or more rows, so where its rows give a verdict
 * for an option they must give the same one: the factor's verdict is then theirs (see
 * lib/advisor/factor-cells.ts). A factor with no rows weighs nothing and is flagged, unless
 * an attribute file that failed its own checks names it (`named`: every factor any attribute
 * file names), since that file's errors already say what to fix.
 */
export function checkFactorRows(
  factors: readonly (Placed<Factor> & { report: FileReport })[],
  attributes: readonly PlacedAttribute[],
  named: ReadonlySet<string>,
): void {
  for (const { value: factor, idPlace, report } of factors) {
    const rows = attributes.filter((a) => a.attribute.factor === factor.id);
    if (rows.length === 0 && named.has(factor.id)) continue;
    if (rows.length === 0) {
      report.warn(
        idPlace,
        `the factor "${factor.id}" has no attributes`,
        "give an attribute `factor: " + factor.id + "` or remove the factor",
      );
      continue;
    }
    const first = new Map<string, { verdict: Verdict; row: PlacedAttribute }>();
    for (const row of rows) {
      for (const [optionId, cell] of Object.entries(row.attribute.cells)) {
        if (cell.evidence === "unstated") continue;
        const seen = first.get(optionId);
        if (!seen) first.set(optionId, { verdict: cell.verdict, row });
        else if (seen.verdict !== cell.verdict) {
          row.report.error(
            row.verdictPlaces[optionId] ?? idPlace,
            `the verdict for "${optionId}" (${cell.verdict}) disagrees with ${seen.row.attribute.id}'s (${seen.verdict}), another row of the factor "${factor.id}"`,
            "rows of one factor show one fact and must agree; correct the verdict, or move this row to a factor of its own in factors.md",
          );
        }
      }
    }
  }
}

import type { Attribute, Cell, Evidence, FeatureMatrix, Verdict } from "../model/schema";

/** What a factor says of one option, put together from the factor's rows. */
export interface FactorCell {
  /** The verdict its rows give (they agree; content:check refuses rows that do not); null if no row states one. */
  verdict: Verdict | null;
  /** The best evidence behind the verdict: stated if any row with it is stated, then derived. */
  evidence: Evidence;
  /** A stated row says the option does not offer this at all: a must-have rules it out. */
  unavailable: { attributeId: string } | null;
  /** The factor's rows, each with this option's cell. */
  rows: { attributeId: string; cell: Cell }[];
}

export type FactorCells = ReadonlyMap<string, ReadonlyMap<string, FactorCell>>;

const RANK: Record<Evidence, number> = { stated: 0, derived: 1, unstated: 2 };

/**
 * One cell per factor and option. How a factor's verdict follows from its rows (also in
 * content/README.md): rows that give a verdict agree on it, so it is theirs; the factor's
 * evidence is the best evidence among those rows; a factor whose rows are all unstated has no
 * verdict. A row marks an option unavailable only where its cell is stated: the check is made
 * here again, so no unchecked cell can rule an option out.
 */
export function factorCellsOf(
  matrix: Pick<FeatureMatrix, "factors" | "attributes" | "options">,
): FactorCells {
  const rowsOf = new Map<string, Attribute[]>();
  for (const a of matrix.attributes) {
    const list = rowsOf.get(a.factor) ?? [];
    list.push(a);
    rowsOf.set(a.factor, list);
  }
  return new Map(
    matrix.factors.map((f) => [
      f.id,
      new Map(matrix.options.map((o) => [o.id, cellOf(rowsOf.get(f.id) ?? [], o.id)])),
    ]),
  );
}

function cellOf(attributes: readonly Attribute[], optionId: string): FactorCell {
  const rows = attributes.flatMap((a) =>
    Object.hasOwn(a.cells, optionId) ? [{ attributeId: a.id, cell: a.cells[optionId]! }] : [],
  );
  let verdict: Verdict | null = null;
  let evidence: Evidence = "unstated";
  let unavailable: FactorCell["unavailable"] = null;
  for (const { attributeId, cell } of rows) {
    if (cell.evidence === "unstated") continue;
    if (verdict === null || RANK[cell.evidence] < RANK[evidence]) {
      verdict = cell.verdict;
      evidence = cell.evidence;
    }
    if (cell.evidence === "stated" && cell.unavailable === true && !unavailable)
      unavailable = { attributeId };
  }
  return { verdict, evidence, unavailable, rows };
}

/** Points a factor cell earns per unit of weight: an unstated cell counts for no option. */
export function pointsOf(cell: FactorCell | undefined): number {
  if (!cell || cell.verdict === null) return 1;
  return cell.verdict === "advantage" ? 2 : cell.verdict === "neutral" ? 1 : 0;
}

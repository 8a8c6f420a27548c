import type { Verdict } from "../model/schema";
import type { CompareState } from "../url-state/compare-params";
import type { CompareRow } from "./rows";
import { matchesTerms, searchTerms } from "./search";

/** What filtering needs to know about the matrix besides its rows. */
export interface MatrixShape {
  /** Option ids in content order. */
  options: readonly string[];
  /** Category ids in display order. */
  categories: readonly string[];
}

/** The filters, as a facet count needs to leave one of them out. */
export type Facet = "cat" | "diff" | "adv" | "verdict";

/** True when the verdicts of the shown options are not all the same. */
export function differs(row: CompareRow, optionIds: readonly string[]): boolean {
  const verdicts = new Set(optionIds.map((id) => row.cells[id]?.verdict));
  return verdicts.size > 1;
}

/** Rows that pass every filter in `state`, except the facet named in `except`. */
export function filterRows(
  rows: readonly CompareRow[],
  state: CompareState,
  except?: Facet,
): CompareRow[] {
  const terms = searchTerms(state.q);
  const only = state.only.length > 0 ? new Set(state.only) : null;
  const cats = state.cat.length > 0 && except !== "cat" ? new Set(state.cat) : null;
  const verdicts =
    state.verdict.length > 0 && except !== "verdict" ? new Set<Verdict>(state.verdict) : null;
  const adv = except === "adv" ? null : state.adv;
  const diff = state.diff && except !== "diff";
  return rows.filter(
    (row) =>
      (!only || only.has(row.id)) &&
      (!cats || cats.has(row.category)) &&
      (!adv || row.cells[adv]?.verdict === "advantage") &&
      (!diff || differs(row, state.cols)) &&
      (!verdicts || state.cols.some((id) => verdicts.has(row.cells[id]?.verdict as Verdict))) &&
      (terms.length === 0 || matchesTerms(row.haystack, terms)),
  );
}

const VERDICT_RANK: Record<Verdict, number> = { advantage: 0, neutral: 1, disadvantage: 2 };

/**
 * Sorts rows inside their category groups. "category" keeps the authored order (and `desc`
 * reverses the groups); "name" sorts by name; an option id sorts by that option's verdict,
 * advantage first, ties in authored order.
 */
export function sortRows(rows: readonly CompareRow[], state: CompareState): CompareRow[] {
  const sign = state.dir === "desc" ? -1 : 1;
  const authored = new Map(rows.map((r, i) => [r.id, i]));
  const byAuthored = (a: CompareRow, b: CompareRow) =>
    (authored.get(a.id) ?? 0) - (authored.get(b.id) ?? 0);
  if (state.sort === "category") return [...rows];
  if (state.sort === "name") {
    return [...rows].sort((a, b) => sign * a.name.localeCompare(b.name, "en") || byAuthored(a, b));
  }
  const option = state.sort;
  const rank = (r: CompareRow) => {
    const v = r.cells[option]?.verdict;
    return v ? VERDICT_RANK[v] : 3;
  };
  return [...rows].sort((a, b) => sign * (rank(a) - rank(b)) || byAuthored(a, b));
}

export interface RowGroup {
  category: string;
  rows: CompareRow[];
}

/** Groups sorted rows by category, in category order (reversed for a descending category sort). */
export function groupRows(
  rows: readonly CompareRow[],
  state: CompareState,
  shape: MatrixShape,
): RowGroup[] {
  const order =
    state.sort === "category" && state.dir === "desc"
      ? [...shape.categories].reverse()
      : shape.categories;
  return order
    .map((category) => ({ category, rows: rows.filter((r) => r.category === category) }))
    .filter((g) => g.rows.length > 0);
}

export interface FacetCounts {
  cat: Record<string, number>;
  verdict: Record<Verdict, number>;
  adv: Record<string, number>;
  diff: number;
}

/**
 * How many rows each facet value would give, with the other filters applied: the standard
 * faceted-search count, so a number never promises rows that another filter hides.
 */
export function countFacets(
  rows: readonly CompareRow[],
  state: CompareState,
  shape: MatrixShape,
): FacetCounts {
  const withoutCat = filterRows(rows, state, "cat");
  const withoutVerdict = filterRows(rows, state, "verdict");
  const withoutAdv = filterRows(rows, state, "adv");
  const withoutDiff = filterRows(rows, state, "diff");
  const cat = Object.fromEntries(
    shape.categories.map((c) => [c, withoutCat.filter((r) => r.category === c).length]),
  );
  const verdict = {
    advantage: 0,
    neutral: 0,
    disadvantage: 0,
  } satisfies Record<Verdict, number>;
  for (const v of Object.keys(verdict) as Verdict[]) {
    verdict[v] = withoutVerdict.filter((r) =>
      state.cols.some((id) => r.cells[id]?.verdict === v),
    ).length;
  }
  const adv = Object.fromEntries(
    shape.options.map((o) => [
      o,
      withoutAdv.filter((r) => r.cells[o]?.verdict === "advantage").length,
    ]),
  );
  return { cat, verdict, adv, diff: withoutDiff.filter((r) => differs(r, state.cols)).length };
}

export interface CompareView {
  groups: RowGroup[];
  /** Rows shown, in display order. */
  rows: CompareRow[];
  total: number;
  facets: FacetCounts;
}

/** Everything the comparison renders for a state: one pure function of rows and URL state. */
export function computeView(
  rows: readonly CompareRow[],
  state: CompareState,
  shape: MatrixShape,
): CompareView {
  const groups = groupRows(sortRows(filterRows(rows, state), state), state, shape);
  return {
    groups,
    rows: groups.flatMap((g) => g.rows),
    total: rows.length,
    facets: countFacets(rows, state, shape),
  };
}

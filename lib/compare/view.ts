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
export type Facet = "cat" | "diff" | "adv" | "verdict" | "stated";

/** True when the verdicts of the shown options are not all the same ("not stated" is one of them). */
export function differs(row: CompareRow, optionIds: readonly string[]): boolean {
  const first = optionIds.length > 0 ? row.cells[optionIds[0]!]?.verdict : undefined;
  return optionIds.some((id) => row.cells[id]?.verdict !== first);
}

/** True when the source states every shown option's cell. */
export function allStated(row: CompareRow, optionIds: readonly string[]): boolean {
  return optionIds.every((id) => row.cells[id]?.evidence === "stated");
}

// Which facet filters a row fails, as bits: facet counts need "passes all but one" for each
// facet, and one pass that tests every filter once is what keeps a keystroke cheap at scale.
const FAILS_OTHER = 1; // search or `only`: never left out of a count
const FAILS: Record<Facet, number> = { cat: 2, diff: 4, adv: 8, verdict: 16, stated: 32 };

/** For each row, the bit set of filters in `state` that it fails (0: the row is shown). */
function failedFilters(rows: readonly CompareRow[], state: CompareState): Uint8Array {
  const terms = searchTerms(state.q);
  const only = state.only.length > 0 ? new Set(state.only) : null;
  const cats = state.cat.length > 0 ? new Set(state.cat) : null;
  const verdicts = state.verdict.length > 0 ? new Set<Verdict>(state.verdict) : null;
  const { adv, diff, cols, stated } = state;
  const fails = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    let f = 0;
    if ((only && !only.has(row.id)) || (terms.length > 0 && !matchesTerms(row.haystack, terms)))
      f |= FAILS_OTHER;
    if (cats && !cats.has(row.category)) f |= FAILS.cat;
    if (adv && row.cells[adv]?.verdict !== "advantage") f |= FAILS.adv;
    if (diff && !differs(row, cols)) f |= FAILS.diff;
    if (verdicts && !cols.some((id) => verdicts.has(row.cells[id]?.verdict as Verdict)))
      f |= FAILS.verdict;
    if (stated && !allStated(row, cols)) f |= FAILS.stated;
    fails[i] = f;
  }
  return fails;
}

/** Rows that pass every filter in `state`, except the facet named in `except`. */
export function filterRows(
  rows: readonly CompareRow[],
  state: CompareState,
  except?: Facet,
): CompareRow[] {
  const fails = failedFilters(rows, state);
  const ignored = except ? FAILS[except] : 0;
  return rows.filter((_, i) => (fails[i]! & ~ignored) === 0);
}

const VERDICT_RANK: Record<Verdict, number> = { advantage: 0, neutral: 1, disadvantage: 2 };
const VERDICT_KEYS = Object.keys(VERDICT_RANK) as Verdict[];

/**
 * Sorts rows. "category" keeps the authored order (and `desc` reverses the groups); "name" sorts
 * by name; an option id sorts by that option's verdict, advantage first, with cells whose source
 * is silent last in either direction; ties keep the authored order.
 */
export function sortRows(rows: readonly CompareRow[], state: CompareState): CompareRow[] {
  if (state.sort === "category") return [...rows];
  const sign = state.dir === "desc" ? -1 : 1;
  const authored = new Map(rows.map((r, i) => [r.id, i]));
  const byAuthored = (a: CompareRow, b: CompareRow) =>
    (authored.get(a.id) ?? 0) - (authored.get(b.id) ?? 0);
  if (state.sort === "name") {
    return [...rows].sort((a, b) => sign * a.name.localeCompare(b.name, "en") || byAuthored(a, b));
  }
  const option = state.sort;
  const rank = (r: CompareRow) => {
    const v = r.cells[option]?.verdict;
    return v ? VERDICT_RANK[v] : null;
  };
  return [...rows].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    if (ra === null || rb === null)
      return (ra === null ? 1 : 0) - (rb === null ? 1 : 0) || byAuthored(a, b);
    return sign * (ra - rb) || byAuthored(a, b);
  });
}

export interface RowGroup {
  /** The category of the group; null for the one ungrouped list a name or verdict sort gives. */
  category: string | null;
  rows: CompareRow[];
}

/**
 * Groups sorted rows by category, in category order (reversed for a descending category
 * sort). A sort by name or by an option's verdict sorts the whole table, so its rows stay one
 * list, in sorted order.
 */
export function groupRows(
  rows: readonly CompareRow[],
  state: CompareState,
  shape: MatrixShape,
): RowGroup[] {
  if (state.sort !== "category")
    return rows.length > 0 ? [{ category: null, rows: [...rows] }] : [];
  const order =
    state.sort === "category" && state.dir === "desc"
      ? [...shape.categories].reverse()
      : shape.categories;
  const byCategory = new Map<string, CompareRow[]>();
  for (const r of rows) {
    const bucket = byCategory.get(r.category);
    if (bucket) bucket.push(r);
    else byCategory.set(r.category, [r]);
  }
  return order.flatMap((category) => {
    const inGroup = byCategory.get(category);
    return inGroup ? [{ category, rows: inGroup }] : [];
  });
}

export interface FacetCounts {
  cat: Record<string, number>;
  verdict: Record<Verdict, number>;
  adv: Record<string, number>;
  diff: number;
  stated: number;
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
  return tallyFacets(rows, failedFilters(rows, state), state, shape);
}

function tallyFacets(
  rows: readonly CompareRow[],
  fails: Uint8Array,
  state: CompareState,
  shape: MatrixShape,
): FacetCounts {
  const cat: Record<string, number> = Object.fromEntries(shape.categories.map((c) => [c, 0]));
  const verdict = { advantage: 0, neutral: 0, disadvantage: 0 } satisfies Record<Verdict, number>;
  const adv: Record<string, number> = Object.fromEntries(shape.options.map((o) => [o, 0]));
  let diff = 0;
  let stated = 0;
  // A row counts towards a facet's values when it passes every other filter. Plain loops and
  // bit sets: this runs over every row on every keystroke.
  const { cols } = state;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const f = fails[i]!;
    if (f & FAILS_OTHER) continue;
    if ((f & ~FAILS.cat) === 0 && Object.hasOwn(cat, r.category)) cat[r.category]!++;
    if ((f & ~FAILS.verdict) === 0) {
      let seen = 0;
      for (const id of cols) {
        const v = r.cells[id]?.verdict;
        if (v) seen |= 1 << VERDICT_RANK[v];
      }
      for (const v of VERDICT_KEYS) if (seen & (1 << VERDICT_RANK[v])) verdict[v]++;
    }
    if ((f & ~FAILS.adv) === 0) {
      for (const o of shape.options) if (r.cells[o]?.verdict === "advantage") adv[o]!++;
    }
    if ((f & ~FAILS.diff) === 0 && differs(r, cols)) diff++;
    if ((f & ~FAILS.stated) === 0 && allStated(r, cols)) stated++;
  }
  return { cat, verdict, adv, diff, stated };
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
  const fails = failedFilters(rows, state);
  const shown = rows.filter((_, i) => fails[i] === 0);
  const groups = groupRows(sortRows(shown, state), state, shape);
  return {
    groups,
    rows: groups.flatMap((g) => g.rows),
    total: rows.length,
    facets: tallyFacets(rows, fails, state, shape),
  };
}

/**
 * How a cell stands out in its row: `better` (it has the advantage where the shown options
 * differ), `worse`, `even` (neutral beside others that differ), `unknown` (its source is silent),
 * or `same` (every shown option has the same verdict, so the row says nothing to choose by).
 * One word per cell, so the display carries information with any number of options.
 */
export type CellTone = "better" | "worse" | "even" | "unknown" | "same";

export function cellTones(row: CompareRow, optionIds: readonly string[]): Record<string, CellTone> {
  const same = !differs(row, optionIds);
  return Object.fromEntries(
    optionIds.map((id) => {
      const v = row.cells[id]?.verdict;
      const tone: CellTone =
        v === null || v === undefined
          ? "unknown"
          : same
            ? "same"
            : v === "advantage"
              ? "better"
              : v === "disadvantage"
                ? "worse"
                : "even";
      return [id, tone];
    }),
  );
}

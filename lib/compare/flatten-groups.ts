import type { CompareRow } from "./rows";
import type { CompareView } from "./view";

export type ListItem =
  { kind: "group"; category: string; size: number } | { kind: "row"; row: CompareRow };

/** Group headers and (unfolded) rows as one list, the unit a virtualiser counts in. */
export function flattenGroups(view: CompareView, folded: ReadonlySet<string>): ListItem[] {
  return view.groups.flatMap((g): ListItem[] => [
    { kind: "group", category: g.category, size: g.rows.length },
    ...(folded.has(g.category) ? [] : g.rows.map((row): ListItem => ({ kind: "row", row }))),
  ]);
}

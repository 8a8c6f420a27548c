import { checkContent } from "@/lib/content/load-matrix";
import {
  indexRows,
  type CompareCell,
  type CompareRow,
  type CompareRowData,
} from "@/lib/compare/rows";
import { toCompareRows } from "@/lib/compare/to-rows";
import type { MatrixShape } from "@/lib/compare/view";
import type { FeatureMatrix, Verdict } from "@/lib/model/schema";
import {
  compareUrl,
  type CompareIds,
  type CompareState,
  type CompareUrl,
} from "@/lib/url-state/compare-params";

/** The date fixture content is validated against, so results do not depend on the clock. */
export const TODAY = "2026-11-25";

/**
 * A cell as written in a test table: verdict, value, and optionally a plain-text note and how the
 * value is known (stated unless said).
 */
export type CellSpec = readonly [
  verdict: Verdict,
  value: string,
  note?: string,
  evidence?: "stated" | "derived",
];

export function cell([verdict, value, note = "", evidence = "stated"]: CellSpec): CompareCell {
  return { verdict, value, note, evidence, reviewed: "2026-11-01", source: "faq-table" };
}

/** One hand-built row; `cells` maps option ids to `[verdict, value, note?]`. */
export function row(
  id: string,
  name: string,
  category: string,
  why: string,
  cells: Record<string, CellSpec>,
): CompareRowData {
  return {
    id,
    name,
    why,
    category,
    cells: Object.fromEntries(Object.entries(cells).map(([o, spec]) => [o, cell(spec)])),
  };
}

/*
 * The hand-built matrix most compare tests use. Verdicts at a glance
 * (a = advantage, n = neutral, d = disadvantage):
 *
 *   id            category     metal vm  box
 *   overhead      performance  a     d   a
 *   boot-time     performance  d     a   a
 *   numa          performance  a     n~  n~
 *   isolation     security     a     n   d
 *   privacy       security     n     n   n
 *   snapshots     operations   d     a   n~
 *   self-service  operations   n     n   a
 *
 * Every cell is stated by its source except those marked ~ (derived).
 *
 * Words chosen so that each search term below hits exactly the rows a test expects.
 */
export const OPTIONS = [
  { id: "metal", name: "Bare metal" },
  { id: "vm", name: "Virtual machine" },
  { id: "box", name: "Container" },
] as const;

export const CATEGORIES = [
  { id: "performance", name: "Performance" },
  { id: "security", name: "Security" },
  { id: "operations", name: "Operations" },
] as const;

export const ROW_DATA: readonly CompareRowData[] = [
  row(
    "overhead",
    "Hypervisor overhead",
    "performance",
    "Every core the host reserves is one your job cannot use.",
    {
      metal: ["advantage", "None"],
      vm: ["disadvantage", "Takes host CPU", "The hypervisor keeps 5–10 % of cores."],
      box: ["advantage", "Very small"],
    },
  ),
  row("boot-time", "Boot time", "performance", "Fast launches let you scale quickly.", {
    metal: ["disadvantage", "Minutes"],
    vm: ["advantage", "1-5 minutes"],
    box: ["advantage", "Seconds", "Containers skip the OS boot."],
  }),
  row("numa", "BIOS, SMT and NUMA", "performance", "Tuning the firmware can matter for latency.", {
    metal: ["advantage", "Full control"],
    vm: ["neutral", "Fixed by the provider", "", "derived"],
    box: ["neutral", "Fixed by the machine", "", "derived"],
  }),
  row(
    "isolation",
    "Tenant isolation",
    "security",
    "Neighbours on the same machine can affect you.",
    {
      metal: ["advantage", "One tenant per host", "Résumé: no shared hardware."],
      vm: ["neutral", "Shared host"],
      box: ["disadvantage", "Shared kernel"],
    },
  ),
  row("privacy", "Data privacy", "security", "Who can read your data at rest.", {
    metal: ["neutral", "Your disks only"],
    vm: ["neutral", "Provider-managed disks"],
    box: ["neutral", "Provider-managed disks"],
  }),
  row("snapshots", "Snapshots", "operations", "Rolling back a bad change.", {
    metal: ["disadvantage", "Not available"],
    vm: ["advantage", "Built in"],
    box: ["neutral", "Image layers", "", "derived"],
  }),
  row("self-service", "Self-service", "operations", "How quickly you can change things yourself.", {
    metal: ["neutral", "Ticket"],
    vm: ["neutral", "Ticket"],
    box: ["advantage", "API"],
  }),
];

export function categoryName(id: string): string {
  return CATEGORIES.find((c) => c.id === id)?.name ?? id;
}

export const ROWS: readonly CompareRow[] = indexRows(ROW_DATA, categoryName);

export const IDS: CompareIds = {
  options: OPTIONS.map((o) => o.id),
  categories: CATEGORIES.map((c) => c.id),
  attributes: ROW_DATA.map((r) => r.id),
};

export const SHAPE: MatrixShape = { options: IDS.options, categories: IDS.categories };

export const URL_STATE: CompareUrl = compareUrl(IDS);

/** The default state with some values replaced. */
export function state(
  overrides: Partial<CompareState> = {},
  url: CompareUrl = URL_STATE,
): CompareState {
  return { ...url.defaults, ...overrides };
}

export function idsOf(rows: readonly { id: string }[]): string[] {
  return rows.map((r) => r.id);
}

/** A validated content folder, reshaped the way /compare receives it. */
export interface LoadedMatrix {
  matrix: FeatureMatrix;
  rows: CompareRow[];
  ids: CompareIds;
  shape: MatrixShape;
  url: CompareUrl;
  categoryName: (id: string) => string;
}

export async function loadCompare(dir: string, date: string = TODAY): Promise<LoadedMatrix> {
  const result = await checkContent(dir, date);
  if (!result.ok) throw new Error(`${dir} did not validate`);
  const { matrix } = result;
  const names = new Map(matrix.categories.map((c) => [c.id, c.name]));
  const name = (id: string) => names.get(id) ?? id;
  const ids: CompareIds = {
    options: matrix.options.map((o) => o.id),
    categories: matrix.categories.map((c) => c.id),
    attributes: matrix.attributes.map((a) => a.id),
  };
  return {
    matrix,
    rows: indexRows(toCompareRows(matrix), name),
    ids,
    shape: { options: ids.options, categories: ids.categories },
    url: compareUrl(ids),
    categoryName: name,
  };
}

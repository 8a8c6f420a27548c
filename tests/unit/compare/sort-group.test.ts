import { describe, expect, it } from "vitest";
import { indexRows } from "@/lib/compare/rows";
import { computeView, filterRows, groupRows, sortRows } from "@/lib/compare/view";
import type { CompareState } from "@/lib/url-state/compare-params";
import { ROWS, SHAPE, categoryName, idsOf, row, state } from "./test-data";

const AUTHORED = [
  "overhead",
  "boot-time",
  "numa",
  "isolation",
  "privacy",
  "snapshots",
  "self-service",
];

describe("sortRows", () => {
  it("puts cells whose source is silent last, in both directions", () => {
    const rows = indexRows(
      [
        row("silent", "Silent", "performance", "x", { metal: ["neutral", "?"] }),
        row("good", "Good", "performance", "x", { metal: ["advantage", "1"] }),
        row("bad", "Bad", "performance", "x", { metal: ["disadvantage", "2"] }),
      ].map((r) =>
        r.id === "silent"
          ? {
              ...r,
              cells: { metal: { ...r.cells.metal!, verdict: null, evidence: "unstated" as const } },
            }
          : r,
      ),
      categoryName,
    );
    expect(idsOf(sortRows(rows, state({ sort: "metal", dir: "asc" })))).toEqual([
      "good",
      "bad",
      "silent",
    ]);
    expect(idsOf(sortRows(rows, state({ sort: "metal", dir: "desc" })))).toEqual([
      "bad",
      "good",
      "silent",
    ]);
  });

  it.each<[CompareState["sort"], CompareState["dir"], string[]]>([
    // "category" keeps the authored order; the direction only reverses the groups (see groupRows).
    ["category", "asc", AUTHORED],
    ["category", "desc", AUTHORED],
    // Names: "BIOS, SMT and NUMA" < "Boot time" < "Data privacy" < "Hypervisor overhead" < ...
    [
      "name",
      "asc",
      ["numa", "boot-time", "privacy", "overhead", "self-service", "snapshots", "isolation"],
    ],
    [
      "name",
      "desc",
      ["isolation", "snapshots", "self-service", "overhead", "privacy", "boot-time", "numa"],
    ],
    // An option's verdict, advantage first; ties keep the authored order in both directions.
    [
      "metal",
      "asc",
      ["overhead", "numa", "isolation", "privacy", "self-service", "boot-time", "snapshots"],
    ],
    [
      "metal",
      "desc",
      ["boot-time", "snapshots", "privacy", "self-service", "overhead", "numa", "isolation"],
    ],
    [
      "vm",
      "asc",
      ["boot-time", "snapshots", "numa", "isolation", "privacy", "self-service", "overhead"],
    ],
    [
      "vm",
      "desc",
      ["overhead", "numa", "isolation", "privacy", "self-service", "boot-time", "snapshots"],
    ],
    [
      "box",
      "asc",
      ["overhead", "boot-time", "self-service", "numa", "privacy", "snapshots", "isolation"],
    ],
  ])("sort=%s dir=%s", (sort, dir, expected) => {
    expect(idsOf(sortRows(ROWS, state({ sort, dir })))).toEqual(expected);
  });

  it("does not change the array it is given", () => {
    const input = [...ROWS];
    sortRows(input, state({ sort: "name", dir: "desc" }));
    expect(idsOf(input)).toEqual(AUTHORED);
  });

  const TIES = indexRows(
    [
      row("b", "Same", "performance", "x", { metal: ["neutral", "1"] }),
      row("a", "Same", "performance", "x", { metal: ["neutral", "2"] }),
      row("c", "Other", "performance", "x", { metal: ["advantage", "3"] }),
      row("d", "same", "performance", "x", { metal: ["neutral", "4"] }),
    ],
    categoryName,
  );

  it.each<[CompareState["sort"], CompareState["dir"], string[]]>([
    ["name", "asc", ["c", "d", "b", "a"]],
    ["name", "desc", ["b", "a", "d", "c"]],
    ["metal", "asc", ["c", "b", "a", "d"]],
    ["metal", "desc", ["b", "a", "d", "c"]],
  ])("ties keep the authored order: sort=%s dir=%s", (sort, dir, expected) => {
    expect(idsOf(sortRows(TIES, state({ sort, dir })))).toEqual(expected);
  });
});

describe("groupRows", () => {
  const groupIds = (overrides: Partial<CompareState>) => {
    const s = state(overrides);
    return groupRows(sortRows(filterRows(ROWS, s), s), s, SHAPE).map((g) => [
      g.category,
      idsOf(g.rows),
    ]);
  };

  it.each<[string, Partial<CompareState>, [string | null, string[]][]]>([
    [
      "category order",
      {},
      [
        ["performance", ["overhead", "boot-time", "numa"]],
        ["security", ["isolation", "privacy"]],
        ["operations", ["snapshots", "self-service"]],
      ],
    ],
    [
      "reversed groups for a descending category sort, rows inside in authored order",
      { dir: "desc" },
      [
        ["operations", ["snapshots", "self-service"]],
        ["security", ["isolation", "privacy"]],
        ["performance", ["overhead", "boot-time", "numa"]],
      ],
    ],
    [
      "one list across the whole table for a name sort",
      { sort: "name", dir: "desc" },
      [
        [
          null,
          ["isolation", "snapshots", "self-service", "overhead", "privacy", "boot-time", "numa"],
        ],
      ],
    ],
    [
      "one list across the whole table, sorted by an option's verdict",
      { sort: "metal" },
      [
        [
          null,
          ["overhead", "numa", "isolation", "privacy", "self-service", "boot-time", "snapshots"],
        ],
      ],
    ],
    ["no list when a sorted search matches nothing", { sort: "name", q: "zzz" }, []],
    [
      "empty groups dropped",
      { cat: ["performance", "operations"] },
      [
        ["performance", ["overhead", "boot-time", "numa"]],
        ["operations", ["snapshots", "self-service"]],
      ],
    ],
    ["empty groups dropped after a search", { q: "shared" }, [["security", ["isolation"]]]],
    ["no groups when nothing matches", { q: "zzz" }, []],
  ])("%s", (_label, overrides, expected) => {
    expect(groupIds(overrides)).toEqual(expected);
  });

  it("follows the shape's category order, not the order rows arrive in", () => {
    const shuffled = [...ROWS].reverse();
    const groups = groupRows(shuffled, state(), SHAPE);
    expect(groups.map((g) => g.category)).toEqual(["performance", "security", "operations"]);
  });
});

describe("computeView", () => {
  it("returns the groups, the rows in display order and the total", () => {
    const view = computeView(
      ROWS,
      state({ sort: "metal", dir: "desc", cat: ["performance", "operations"] }),
      SHAPE,
    );
    // One list: disadvantages first (descending), then neutral, then advantages.
    expect(view.groups.map((g) => g.category)).toEqual([null]);
    expect(idsOf(view.rows)).toEqual([
      "boot-time",
      "snapshots",
      "self-service",
      "overhead",
      "numa",
    ]);
    expect(view.total).toBe(7);
    expect(view.facets.cat).toEqual({ performance: 3, security: 2, operations: 2 });
  });
});

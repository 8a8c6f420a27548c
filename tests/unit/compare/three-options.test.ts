import { beforeAll, describe, expect, it } from "vitest";
import { toCsv, toJson, toMarkdown } from "@/lib/compare/export";
import { toCompareRows } from "@/lib/compare/to-rows";
import { computeView, filterRows, sortRows } from "@/lib/compare/view";
import { type CompareState } from "@/lib/url-state/compare-params";
import { idsOf, loadCompare, type LoadedMatrix } from "./test-data";

/*
 * tests/fixtures/three-options, in column order virtual-machine, bare-metal, gpu-container:
 *
 *   id                category     vm  bm  gc
 *   overhead          performance  d   a   a
 *   boot-time         performance  a   d   a~
 *   tenant-isolation  security     n~  a   d
 *
 * Every cell is stated except those marked ~ (derived, with a note).
 */
describe("the comparison with three options (tests/fixtures/three-options)", () => {
  let m: LoadedMatrix;
  const at = (query: string): CompareState => m.url.parse(query);

  beforeAll(async () => {
    m = await loadCompare("tests/fixtures/three-options");
  });

  it("toCompareRows gives one row per attribute with a cell for each of the three options", () => {
    const rows = toCompareRows(m.matrix);
    expect(idsOf(rows)).toEqual(["overhead", "boot-time", "tenant-isolation"]);
    for (const r of rows) {
      expect(Object.keys(r.cells).sort(), r.id).toEqual([
        "bare-metal",
        "gpu-container",
        "virtual-machine",
      ]);
    }
    const boot = rows.find((r) => r.id === "boot-time");
    expect(boot?.cells["gpu-container"]).toMatchObject({
      value: "Seconds",
      verdict: "advantage",
      evidence: "derived",
    });
    // Notes are plain text, citations removed.
    expect(boot?.cells["gpu-container"]?.note).toContain("containers skip the OS boot");
    expect(boot?.cells["gpu-container"]?.note).not.toContain(":cite");
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
    // Rows come in the grouped table's order, whatever order the matrix lists attributes in.
    const reversed = { ...m.matrix, attributes: [...m.matrix.attributes].reverse() };
    const place = (c: string) => m.matrix.categories.findIndex((x) => x.id === c);
    const places = toCompareRows(reversed).map((r) => place(r.category));
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });

  it("defaults to all three columns in content order", () => {
    expect(m.url.defaults.cols).toEqual(["virtual-machine", "bare-metal", "gpu-container"]);
  });

  it.each<[string, string[]]>([
    ["", ["overhead", "boot-time", "tenant-isolation"]],
    ["?diff=1", ["overhead", "boot-time", "tenant-isolation"]],
    ["?diff=1&cols=virtual-machine,gpu-container", ["overhead", "tenant-isolation"]],
    ["?diff=1&cols=bare-metal,gpu-container", ["boot-time", "tenant-isolation"]],
    ["?diff=1&cols=gpu-container", []],
    ["?verdict=neutral", ["tenant-isolation"]],
    ["?verdict=neutral&cols=bare-metal,gpu-container", []],
    ["?adv=gpu-container", ["overhead", "boot-time"]],
    ["?q=seconds", ["boot-time"]],
    ["?q=kernel", ["tenant-isolation"]],
  ])("filters %j -> %j", (query, expected) => {
    expect(idsOf(filterRows(m.rows, at(query)))).toEqual(expected);
  });

  it("keeps the column order from the URL and sorts by the third option", () => {
    const s = at("?cols=gpu-container,bare-metal&sort=gpu-container&dir=desc");
    expect(s.cols).toEqual(["gpu-container", "bare-metal"]);
    expect(idsOf(sortRows(m.rows, s))).toEqual(["tenant-isolation", "overhead", "boot-time"]);
    const view = computeView(m.rows, s, m.shape);
    // Sorted by a verdict: one list across the table, in that order.
    expect(view.groups.map((g) => [g.category, idsOf(g.rows)])).toEqual([
      [null, ["tenant-isolation", "overhead", "boot-time"]],
    ]);
    expect(view.facets.adv).toEqual({ "virtual-machine": 1, "bare-metal": 2, "gpu-container": 2 });
    expect(view.facets.diff).toBe(2);
    expect(m.url.serialize(s)).toBe("?cols=gpu-container,bare-metal&sort=gpu-container&dir=desc");
  });

  it("exports the shown columns in URL order", () => {
    const s = at("?cols=gpu-container,virtual-machine&diff=1");
    const view = computeView(m.rows, s, m.shape);
    const names = new Map(m.matrix.options.map((o) => [o.id, o.name]));
    const options = s.cols.map((id) => ({ id, name: names.get(id) ?? id }));
    const exportInput = { rows: view.rows, options, categoryName: m.categoryName };

    const json = JSON.parse(toJson(exportInput)) as {
      options: { id: string }[];
      attributes: { id: string; cells: Record<string, { verdict: string }> }[];
    };
    expect(json.options.map((o) => o.id)).toEqual(["gpu-container", "virtual-machine"]);
    expect(idsOf(json.attributes)).toEqual(["overhead", "tenant-isolation"]);
    expect(json.attributes.map((a) => Object.keys(a.cells))).toEqual([
      ["gpu-container", "virtual-machine"],
      ["gpu-container", "virtual-machine"],
    ]);

    const csv = toCsv(exportInput).split("\r\n");
    expect(csv[0]).toBe(
      "Category,Attribute,GPU container,GPU container verdict,GPU container evidence,Virtual machine,Virtual machine verdict,Virtual machine evidence",
    );
    // Tenant isolation: the container's cell is stated, the virtual machine's derived.
    expect(csv[2]).toBe(
      "Security,Tenant isolation,Kernel shared with other tenants,disadvantage,stated,Several tenants may share a host,neutral,derived",
    );
    expect(toMarkdown(exportInput).split("\n")[0]).toBe(
      "| Category | Attribute | GPU container | Virtual machine |",
    );
    expect(toMarkdown(exportInput)).not.toContain("Bare metal");
  });
});

describe("the real content/ folder through the comparison", () => {
  let m: LoadedMatrix;

  beforeAll(async () => {
    m = await loadCompare("content", new Date().toISOString().slice(0, 10));
  });

  it("shows every attribute in the default view, grouped in category order", () => {
    const view = computeView(m.rows, m.url.defaults, m.shape);
    expect(view.total).toBe(m.matrix.attributes.length);
    expect(idsOf(view.rows).sort()).toEqual(m.matrix.attributes.map((a) => a.id).sort());
    const order = view.groups.map((g) => m.shape.categories.indexOf(g.category ?? ""));
    expect(order).not.toContain(-1);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("round-trips a link that opens and selects every attribute", () => {
    const s: CompareState = {
      ...m.url.defaults,
      open: [...m.ids.attributes],
      only: [...m.ids.attributes],
      cat: [...m.ids.categories],
    };
    const query = m.url.serialize(s);
    expect(m.url.parse(query)).toEqual(s);
  });
});

import { readFile } from "node:fs/promises";
import { expect, gotoCompare, loadMatrix, tableRowIds, test, type MatrixData } from "./fixtures";
import type { Page } from "@playwright/test";
import { parseCsv } from "../csv";

/*
 * Exports hold exactly what the view shows: its rows, in display order, and its columns, in
 * column order.
 */

let matrix: MatrixData;
test.beforeAll(async ({ request }) => {
  matrix = await loadMatrix(request);
});

async function exportAs(page: Page, format: "CSV" | "Markdown" | "JSON") {
  const button = page.getByRole("button", { name: new RegExp(`as ${format}$`) });
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, "utf8") };
}

const security = () => matrix.attributes.filter((a) => a.category === "security");
const securityName = () => matrix.categories.find((c) => c.id === "security")!.name;
/** A cell as exports write it: an unstated cell reads "Not stated: ask your provider". */
const exported = (cell: MatrixData["attributes"][number]["cells"][string]) => ({
  value: cell.value ?? "Not stated: ask your provider",
  verdict: cell.verdict ?? "",
  evidence: cell.evidence,
});

test("CSV export has only the visible rows and columns", async ({ page }) => {
  await gotoCompare(page, "?cat=security&cols=virtual-machine");
  const shown = await tableRowIds(page);
  expect(shown).toEqual(security().map((a) => a.id));
  await expect(page.getByRole("button", { name: /as CSV$/ })).toHaveAccessibleName(
    `Export the ${shown.length} visible attributes as CSV`,
  );

  const { name, text } = await exportAs(page, "CSV");
  expect(name).toBe("comparison.csv");
  const [header, ...rows] = parseCsv(text);
  expect(header).toEqual([
    "Category",
    "Attribute",
    "Virtual machine",
    "Virtual machine verdict",
    "Virtual machine evidence",
  ]);
  expect(text).not.toContain("Bare metal");
  expect(rows).toHaveLength(security().length);
  expect(rows).toEqual(
    security().map((a) => {
      const cell = exported(a.cells["virtual-machine"]!);
      return [securityName(), a.name, cell.value, cell.verdict, cell.evidence];
    }),
  );
});

test("CSV export follows column order, sorting and the search", async ({ page }) => {
  await gotoCompare(page, "?q=hypervisor&cols=virtual-machine,bare-metal&sort=name&dir=desc");
  const shown = await tableRowIds(page);
  expect(shown.length).toBeGreaterThan(1);
  const { text } = await exportAs(page, "CSV");
  const [header, ...rows] = parseCsv(text);
  expect(header).toEqual([
    "Category",
    "Attribute",
    "Virtual machine",
    "Virtual machine verdict",
    "Virtual machine evidence",
    "Bare metal",
    "Bare metal verdict",
    "Bare metal evidence",
  ]);
  const byId = new Map(matrix.attributes.map((a) => [a.id, a]));
  expect(rows.map((r) => r[1])).toEqual(shown.map((id) => byId.get(id)!.name));
});

test("Markdown export has only the visible rows and columns", async ({ page }) => {
  await gotoCompare(page, "?cat=security&cols=virtual-machine");
  const { name, text } = await exportAs(page, "Markdown");
  expect(name).toBe("comparison.md");
  const lines = text.trimEnd().split("\n");
  expect(lines[0]).toBe("| Category | Attribute | Virtual machine |");
  expect(lines[1]).toBe("| --- | --- | --- |");
  const body = lines.slice(2);
  expect(body).toHaveLength(security().length);
  security().forEach((a, i) => {
    expect(body[i]).toContain(`| ${securityName()} | ${a.name} |`);
  });
  expect(text).not.toContain("Bare metal");
});

test("JSON export has only the visible rows and columns", async ({ page }) => {
  await gotoCompare(page, "?cat=security&cols=virtual-machine");
  const { name, text } = await exportAs(page, "JSON");
  expect(name).toBe("comparison.json");
  const data = JSON.parse(text) as {
    options: { id: string }[];
    attributes: { id: string; category: string; cells: Record<string, { verdict: string }> }[];
  };
  expect(data.options.map((o) => o.id)).toEqual(["virtual-machine"]);
  expect(data.attributes.map((a) => a.id)).toEqual(security().map((a) => a.id));
  for (const a of data.attributes) {
    expect(a.category).toBe(securityName());
    expect(Object.keys(a.cells)).toEqual(["virtual-machine"]);
  }
});

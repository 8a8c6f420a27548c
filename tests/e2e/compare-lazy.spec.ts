import { expect, gotoCompare, loadMatrix, tableRowIds, test } from "./fixtures";

/*
 * What /compare keeps off its first load: the virtualizer (only a matrix of more than 150
 * attributes needs it; the real one has far fewer) and the exporters (loaded on the first
 * export). A lazily loaded module is recognised by its name in a chunk's export list, which is
 * how Turbopack registers it; the exporters, loaded on click, prove the check sees such modules.
 */

test("the real matrix renders every row without the virtualizer; exporters load on click", async ({
  page,
  request,
}) => {
  const matrix = await loadMatrix(request);
  const scripts: Promise<string>[] = [];
  page.on("response", (r) => {
    if (r.url().includes("/_next/static/") && r.url().endsWith(".js")) scripts.push(r.text());
  });
  const loaded = async (exportName: string) =>
    (await Promise.all(scripts)).some((js) => js.includes(`"${exportName}"`));

  await gotoCompare(page);
  // Scrolled to the end, every row is still in the table: nothing was virtualised away.
  await page.keyboard.press("End");
  await expect.poll(() => tableRowIds(page)).toHaveLength(matrix.attributes.length);
  await page.waitForLoadState("networkidle");
  expect(await loaded("createWindowVirtualizer")).toBe(false);
  expect(await loaded("toCsv")).toBe(false);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /as CSV$/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("comparison.csv");
  expect(await loaded("toCsv")).toBe(true);
  expect(await loaded("createWindowVirtualizer")).toBe(false);
});

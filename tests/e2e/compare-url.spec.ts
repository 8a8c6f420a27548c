import {
  columnHeaderNames,
  expect,
  gotoCompare,
  loadMatrix,
  searchBox,
  tableRowIds,
  test,
  urlParams,
  watchPage,
} from "./fixtures";
import type { Page } from "@playwright/test";

/*
 * The whole view lives in the URL: a reload, Back/Forward and a shared link all give the
 * same view.
 */

const filters = (page: Page) => page.getByRole("form", { name: "Filter the comparison" });
const categoryBox = (page: Page, name: string) =>
  filters(page)
    .getByRole("group", { name: "Categories" })
    .getByRole("checkbox", { name: new RegExp(`^${name}`) });

/** Everything visible about the view: rows, columns, search text and URL. */
async function snapshot(page: Page) {
  return {
    rows: await tableRowIds(page),
    columns: await columnHeaderNames(page),
    q: await searchBox(page).inputValue(),
    status: await page
      .getByRole("status")
      .filter({ hasText: /attribute/ })
      .textContent(),
  };
}

test("a deep link sets every control", async ({ page, request }) => {
  const matrix = await loadMatrix(request);
  await gotoCompare(
    page,
    "?q=hypervisor&cat=security,performance&diff=1&adv=bare-metal&verdict=advantage" +
      "&cols=virtual-machine,bare-metal&sort=name&dir=desc&open=overhead",
  );
  const form = filters(page);
  await expect(searchBox(page)).toHaveValue("hypervisor");
  await expect(categoryBox(page, "Security")).toBeChecked();
  await expect(categoryBox(page, "Performance")).toBeChecked();
  await expect(categoryBox(page, "Operations")).not.toBeChecked();
  await expect(
    form.getByRole("checkbox", { name: /^Only where the options differ/ }),
  ).toBeChecked();
  await expect(form.getByRole("radio", { name: /^Bare metal/ })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: /^Advantage/ })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: /^Neutral/ })).not.toBeChecked();
  await expect(form.getByRole("combobox", { name: "Sort by" })).toHaveValue("name");
  await expect(form.getByRole("combobox", { name: "Direction" })).toHaveValue("desc");
  expect(await columnHeaderNames(page)).toEqual(["Attribute", "Virtual machine", "Bare metal"]);
  // A sort by name is one list across both categories: every row passes every filter, sorted
  // by name, descending.
  const rows = await tableRowIds(page);
  expect(rows).toContain("overhead");
  const shown = rows.map((id) => matrix.attributes.find((a) => a.id === id)!);
  for (const a of shown) {
    expect(["security", "performance"]).toContain(a.category);
    expect(a.cells["bare-metal"]?.verdict).toBe("advantage");
    expect(a.cells["virtual-machine"]?.verdict).not.toBe("advantage");
    // The search looks through names, explanations, values and notes.
    expect(JSON.stringify(a).toLowerCase()).toContain("hypervisor");
  }
  const names = shown.map((a) => a.name);
  expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, "en")));
  await expect(page.locator("tr#overhead time").first()).toBeVisible();
});

test("a deep link folds a category", async ({ page, request }) => {
  const matrix = await loadMatrix(request);
  await gotoCompare(page, "?cat=security,performance&fold=security");
  await expect(page.getByRole("table").getByRole("button", { name: /^Security/ })).toHaveAttribute(
    "aria-expanded",
    "false",
  );
  // Security is folded, so the table shows only the performance rows.
  await expect
    .poll(() => tableRowIds(page))
    .toEqual(matrix.attributes.filter((a) => a.category === "performance").map((a) => a.id));
});

test("a reload keeps the view", async ({ page }) => {
  await gotoCompare(page);
  await categoryBox(page, "Operations").check();
  await filters(page)
    .getByRole("checkbox", { name: /^Only where the options differ/ })
    .check();
  await filters(page).getByRole("combobox", { name: "Sort by" }).selectOption("name");
  await filters(page).getByRole("combobox", { name: "Direction" }).selectOption("desc");
  await filters(page)
    .getByRole("group", { name: "Columns" })
    .getByRole("button", { name: "Move Virtual machine left" })
    .click();
  await searchBox(page).fill("time");
  await expect.poll(() => urlParams(page).get("q")).toBe("time");
  await expect.poll(() => urlParams(page).get("cols")).toBe("virtual-machine,bare-metal");
  const before = await snapshot(page);
  const url = page.url();
  expect(before.rows.length).toBeGreaterThan(0);

  await page.reload();
  await expect(searchBox(page)).toBeEnabled();
  expect(page.url()).toBe(url);
  await expect.poll(() => snapshot(page)).toEqual(before);
  await expect(categoryBox(page, "Operations")).toBeChecked();
  await expect(filters(page).getByRole("combobox", { name: "Direction" })).toHaveValue("desc");
});

test("Back and Forward step through discrete changes", async ({ page, request }) => {
  const matrix = await loadMatrix(request);
  const rowsOf = (...cats: string[]) =>
    matrix.attributes
      .filter((a) => cats.includes(a.category))
      .map((a) => a.id)
      .sort();
  const sortedRows = async () => (await tableRowIds(page)).sort();
  const cats = () => urlParams(page).get("cat")?.split(",").sort() ?? [];

  await gotoCompare(page);
  await categoryBox(page, "Security").check();
  await expect.poll(cats).toEqual(["security"]);
  await categoryBox(page, "Operations").check();
  await expect.poll(cats).toEqual(["operations", "security"]);
  await expect.poll(sortedRows).toEqual(rowsOf("security", "operations"));

  await page.goBack();
  await expect.poll(cats).toEqual(["security"]);
  await expect.poll(sortedRows).toEqual(rowsOf("security"));
  await expect(categoryBox(page, "Security")).toBeChecked();
  await expect(categoryBox(page, "Operations")).not.toBeChecked();

  await page.goBack();
  await expect.poll(cats).toEqual([]);
  await expect.poll(async () => (await tableRowIds(page)).length).toBe(matrix.attributes.length);
  await expect(categoryBox(page, "Security")).not.toBeChecked();

  await page.goForward();
  await expect.poll(cats).toEqual(["security"]);
  await expect.poll(sortedRows).toEqual(rowsOf("security"));

  await page.goForward();
  await expect.poll(cats).toEqual(["operations", "security"]);
  await expect.poll(sortedRows).toEqual(rowsOf("security", "operations"));
  await expect(categoryBox(page, "Operations")).toBeChecked();
});

test("a run of keystrokes in the search box adds one history entry", async ({ page }) => {
  await gotoCompare(page);
  await categoryBox(page, "Operations").check();
  await expect.poll(() => urlParams(page).get("cat")).toBe("operations");
  const length = await page.evaluate(() => history.length);

  await searchBox(page).pressSequentially("snapshot boot", { delay: 60 });
  await expect.poll(() => urlParams(page).get("q")).toBe("snapshot boot");
  expect(await page.evaluate(() => history.length)).toBe(length + 1);

  // Back returns to the view before the typing, then to the one before the category.
  await page.goBack();
  await expect.poll(() => urlParams(page).toString()).toBe("cat=operations");
  await expect(searchBox(page)).toHaveValue("");
  await expect(categoryBox(page, "Operations")).toBeChecked();
  // Typing after Back starts a new entry rather than overwriting the one in view.
  await searchBox(page).pressSequentially("gpu", { delay: 60 });
  await expect.poll(() => urlParams(page).get("q")).toBe("gpu");
  await page.goBack();
  await expect.poll(() => urlParams(page).toString()).toBe("cat=operations");
  await page.goBack();
  await expect.poll(() => urlParams(page).toString()).toBe("");
  await expect(categoryBox(page, "Operations")).not.toBeChecked();
});

test.describe("Copy link", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("copies a link that opens the same view in a new browser context", async ({
    page,
    browser,
    baseURL,
  }) => {
    await gotoCompare(page);
    await categoryBox(page, "Security").check();
    await categoryBox(page, "Operations").check();
    await filters(page)
      .getByRole("group", { name: "Columns" })
      .getByRole("button", { name: "Move Virtual machine left" })
      .click();
    await filters(page).getByRole("combobox", { name: "Sort by" }).selectOption("bare-metal");
    await searchBox(page).fill("host");
    await expect.poll(() => urlParams(page).get("q")).toBe("host");
    await expect.poll(() => urlParams(page).get("sort")).toBe("bare-metal");
    const original = await snapshot(page);
    expect(original.rows.length).toBeGreaterThan(0);

    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The same state; the copied link writes parameters in canonical order.
    expect(new URL(copied).pathname).toBe(new URL(page.url()).pathname);
    expect(Object.fromEntries(new URL(copied).searchParams)).toEqual(
      Object.fromEntries(urlParams(page)),
    );

    const context = await browser.newContext({ baseURL });
    try {
      const other = await context.newPage();
      const check = await watchPage(other);
      const response = await other.goto(copied);
      expect(response?.status()).toBe(200);
      await expect(searchBox(other)).toBeEnabled();
      await expect.poll(() => snapshot(other)).toEqual(original);
      await expect(searchBox(other)).toHaveValue("host");
      await check();
    } finally {
      await context.close();
    }
  });
});

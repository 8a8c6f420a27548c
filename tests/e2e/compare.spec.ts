import { expect, test } from "./fixtures";

type Matrix = {
  options: { id: string; name: string }[];
  attributes: { id: string; name: string }[];
  categories: unknown[];
};

test("the comparison is a semantic table of the whole matrix", async ({ page, request }) => {
  const matrix = (await (await request.get("/matrix.json")).json()) as Matrix;
  await page.goto("/compare");
  const table = page.getByRole("table");
  await expect(table.locator("caption")).toContainText(
    `${matrix.attributes.length} attributes grouped by category`,
  );
  await expect(table.locator('thead th[scope="col"]')).toHaveCount(matrix.options.length + 1);
  await expect(table.locator('th[scope="row"]')).toHaveCount(matrix.attributes.length);
  await expect(table.locator('th[scope="rowgroup"]')).toHaveCount(matrix.categories.length);
  for (const option of matrix.options) {
    await expect(table.getByRole("columnheader", { name: option.name })).toBeVisible();
  }
  // Verdicts are given in words, not only by colour or icon.
  const firstRow = table.locator(`tr#${matrix.attributes[0]!.id}`);
  await expect(firstRow.getByText(/^(Advantage|Neutral|Disadvantage)$/)).toHaveCount(
    matrix.options.length,
  );
});

test("a cell's note, source and review date open from its disclosure", async ({ page }) => {
  await page.goto("/compare");
  const row = page.locator("tr#overhead");
  const details = row.getByText("Details", { exact: false }).first();
  const reviewed = row.locator("time").first();
  await expect(reviewed).toBeHidden();
  await details.focus();
  await page.keyboard.press("Enter");
  await expect(reviewed).toBeVisible();
  await expect(reviewed).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
  await expect(row.getByRole("link", { name: /feature comparison table/ }).first()).toBeVisible();
});

test("a row opened before the page is interactive stays open once it is", async ({ page }) => {
  // Hold the scripts back until the row is open, as on a slow phone.
  let release!: () => void;
  const scriptsMayLoad = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname.startsWith("/_next/static/") && url.pathname.endsWith(".js"),
    async (route) => {
      await scriptsMayLoad;
      await route.continue();
    },
  );
  await page.goto("/compare", { waitUntil: "commit" });
  const row = page.locator("tr#overhead");
  await row.locator("summary").click();
  await expect(row.locator("time").first()).toBeVisible();
  release();
  await expect(page.getByRole("searchbox", { name: "Search attributes" })).toBeEnabled();
  await expect.poll(() => new URL(page.url()).searchParams.get("open")).toBe("overhead");
  await expect(row.locator("time").first()).toBeVisible();
});

test("/compare#<attribute> lands on that row", async ({ page }) => {
  await page.goto("/compare#local-nvme");
  const row = page.locator("tr#local-nvme");
  await expect(row).toBeInViewport();
  await expect(row).toHaveAttribute("data-highlighted", "");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the prerendered comparison has every row and working disclosures", async ({
    page,
    request,
  }) => {
    const matrix = (await (await request.get("/matrix.json")).json()) as Matrix;
    await page.goto("/compare");
    await expect(page.locator('th[scope="row"]')).toHaveCount(matrix.attributes.length);
    const row = page.locator("tr#overhead");
    await row.locator("summary").first().click();
    await expect(row.locator("time").first()).toBeVisible();
  });

  test("pages say what needs JavaScript, and offer no theme switch that cannot work", async ({
    page,
  }) => {
    await page.goto("/compare?q=numa");
    await expect(
      page.getByText(/search, filters, sorting and the view a shared link holds need JavaScript/),
    ).toBeVisible();
    const themes = page.getByRole("group", { name: "Colour theme", includeHidden: true });
    await expect(themes).toHaveCount(2);
    for (const t of await themes.all()) await expect(t).toBeHidden();
    await page.goto("/plan?w=Training");
    await expect(page.getByText(/A plan needs JavaScript/)).toBeVisible();
  });
});

test.describe("at 320 px wide", () => {
  test.use({ viewport: { width: 320, height: 720 } });

  for (const route of ["/", "/compare", "/options/bare-metal", "/glossary", "/sources"]) {
    test(`${route} does not scroll sideways`, async ({ page }) => {
      await page.goto(route);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test("the caption says how a table sorted as one list is ordered", async ({ page }) => {
  await page.goto("/compare?sort=name");
  const caption = page.getByRole("table").locator("caption");
  await expect(caption).toContainText("sorted by name");
  await expect(caption).not.toContainText("grouped");
});

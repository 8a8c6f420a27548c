import { expect, gotoCompare, loadMatrix, test } from "./fixtures";
import { test as baseTest } from "@playwright/test";

/* Look and feel that is also behaviour: navigation, sticky headers, one disclosure per row. */

test("the header marks the current page", async ({ page }) => {
  for (const [path, name] of [
    ["/compare", "Compare"],
    ["/advisor", "Advisor"],
    ["/plan", "Plan"],
    ["/glossary", "Glossary"],
    ["/sources", "Sources"],
  ] as const) {
    await page.goto(path);
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name })).toHaveAttribute("aria-current", "page");
    await expect(nav.locator("[aria-current]")).toHaveCount(1);
  }
  await page.goto("/");
  await expect(
    page.getByRole("navigation", { name: "Main" }).locator("[aria-current]"),
  ).toHaveCount(0);
});

test.describe("on a 375 x 812 phone", () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test("the header is at most 64 px high and its menu opens the navigation", async ({ page }) => {
    await page.goto("/");
    const header = page.locator("body > header");
    const box = await header.boundingBox();
    expect(box?.height).toBeLessThanOrEqual(64);
    await page.getByText("Menu", { exact: true }).click();
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Compare" })).toBeVisible();
    await nav.getByRole("link", { name: "Compare" }).click();
    await expect(page).toHaveURL(/\/compare$/);
    // The menu is closed once a page is chosen (a plain link loads the new page).
    await expect(nav).toBeHidden();
  });

  test("the menu closes on Escape, when focus moves past it, and on a press outside", async ({
    page,
  }) => {
    // /compare is ready once its search box is enabled, and the header hydrates with it.
    await gotoCompare(page);
    const menu = page.locator("details.site-menu");
    const summary = menu.locator("summary");
    const nav = menu.getByRole("navigation", { name: "Main" });

    await summary.click();
    await expect(nav).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(nav).toBeHidden();
    await expect(summary).toBeFocused();

    await page.keyboard.press("Enter");
    await expect(nav).toBeVisible();
    const inMenu = () =>
      page.evaluate(() => !!document.activeElement?.closest("details.site-menu"));
    for (let i = 0; i < 20 && (await inMenu()); i++) await page.keyboard.press("Tab");
    expect(await inMenu()).toBe(false);
    await expect(nav).toBeHidden();

    await summary.click();
    await expect(nav).toBeVisible();
    // A press low on the page, where the open panel does not reach.
    await page.mouse.click(10, 780);
    await expect(nav).toBeHidden();
  });

  test("the home page's main action is visible without scrolling", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("link", { name: /^Get a recommendation/ })).toBeInViewport({
      ratio: 1,
    });
  });
});

test("the comparison's column headers stay in view on a long table", async ({ page }) => {
  await gotoCompare(page);
  const header = page.getByRole("columnheader", { name: /^Bare metal/ });
  // A row halfway down: at the very end the rail's own box ends with the table, as sticky does.
  const rows = page.locator("tbody tr[id]");
  const middle = rows.nth(Math.floor((await rows.count()) / 2));
  await middle.scrollIntoViewIfNeeded();
  await expect(middle).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  await expect(header).toBeInViewport();
  // Right under the site header, not behind it.
  const siteHeader = await page.locator("body > header").boundingBox();
  const box = await header.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(siteHeader!.y + siteHeader!.height - 1);
  // The filters stay beside the table too.
  await expect(page.getByRole("searchbox", { name: "Search attributes" })).toBeInViewport();
});

test("each row has one disclosure, and it opens every cell's details", async ({
  page,
  request,
}) => {
  const matrix = await loadMatrix(request);
  await gotoCompare(page);
  for (const a of matrix.attributes) {
    await expect(page.locator(`tr#${a.id} summary`)).toHaveCount(1);
  }
  const row = page.locator("tr#overhead");
  await row.getByText("Details").click();
  await expect(row.locator(".cell-note")).toHaveCount(matrix.options.length);
  for (const note of await row.locator(".cell-note").all()) await expect(note).toBeVisible();
});

test("sorting by a verdict sorts the whole table as one list, each row naming its category", async ({
  page,
  request,
}) => {
  const matrix = await loadMatrix(request);
  await gotoCompare(page, "?sort=bare-metal");
  await expect(page.locator("th[scope='rowgroup']")).toHaveCount(0);
  const first = page.locator("tbody tr").first();
  await expect(first.locator("td").first().getByText("Advantage")).toBeVisible();
  const categories = matrix.categories.map((c) => c.name);
  const label = await first.locator("th span.rounded").first().innerText();
  expect(categories).toContain(label);
});

test("a link with filters never shows the unfiltered table first", async ({ page, request }) => {
  const matrix = await loadMatrix(request);
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/compare?q=numa&diff=1", { waitUntil: "commit" });
  await expect(page.getByText("Applying the view in this link…")).toBeVisible();
  await expect(page.locator(`tr#${matrix.attributes[0]!.id}`)).toBeHidden();
  release();
  await expect(page.getByRole("searchbox", { name: "Search attributes" })).toBeEnabled();
  await expect(page.getByText("Applying the view in this link…")).toHaveCount(0);
  const rows = await page.locator("table tbody tr[id]").count();
  expect(rows).toBeLessThan(matrix.attributes.length);
});

// The plain Playwright test: this one makes the page's scripts fail on purpose, which the
// project's fixture would rightly report as errors.
baseTest(
  "a link with filters still shows the table when the scripts never load",
  async ({ page }) => {
    // Scripts only: the stylesheet (in the same folder) must load for the pending state to show.
    await page.route(
      (url) => url.pathname.startsWith("/_next/static/") && url.pathname.endsWith(".js"),
      (route) => route.abort(),
    );
    await page.goto("/compare?q=numa");
    const results = page.locator(".compare-results").first();
    // Hidden while the view in the link is pending, then shown as prerendered rather than never.
    await expect(results).toBeHidden();
    await expect(results).toBeVisible({ timeout: 15_000 });
    await expect(page.locator("tbody tr[id]").first()).toBeVisible();
  },
);

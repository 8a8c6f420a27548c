import {
  expect,
  gotoCompare,
  loadMatrix,
  searchBox,
  searchHighlights,
  test,
  urlParams,
  type MatrixData,
} from "./fixtures";
import type { Page } from "@playwright/test";

/* /compare on a 360 px wide phone: cards instead of the table, filters behind a button. */

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

let matrix: MatrixData;
test.beforeAll(async ({ request }) => {
  matrix = await loadMatrix(request);
});

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const cardIds = (page: Page) =>
  page
    .getByRole("article")
    .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-attribute")));

test("attributes are cards and nothing scrolls sideways", async ({ page }) => {
  await gotoCompare(page);
  await expect(page.getByRole("article")).toHaveCount(matrix.attributes.length);
  await expect(page.getByRole("table")).toHaveCount(0);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  // Each card is named by its attribute and lists every option.
  const first = matrix.attributes[0]!;
  const card = page.getByRole("article", { name: first.name, exact: true });
  await expect(card).toBeVisible();
  for (const option of matrix.options)
    await expect(card.getByText(option.name, { exact: true })).toBeVisible();

  // Opened details and long notes still fit.
  await card.locator("summary").first().click();
  await expect.poll(() => urlParams(page).get("open")).toBe(first.id);
  await expect(card.locator("time").first()).toBeVisible();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
});

test("“Show filters” reveals the filter panel, and filtering works there", async ({ page }) => {
  await gotoCompare(page);
  const toggle = page.getByRole("button", { name: "Show filters" });
  const form = page.getByRole("form", { name: "Filter the comparison" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(form).toBeHidden();

  await toggle.click();
  const hide = page.getByRole("button", { name: "Hide filters" });
  await expect(hide).toHaveAttribute("aria-expanded", "true");
  await expect(form).toBeVisible();
  expect(await overflow(page)).toBeLessThanOrEqual(0);

  await form
    .getByRole("group", { name: "Categories" })
    .getByRole("checkbox", { name: /^Security/ })
    .check();
  await expect.poll(() => urlParams(page).get("cat")).toBe("security");
  const security = matrix.attributes.filter((a) => a.category === "security").map((a) => a.id);
  await expect.poll(() => cardIds(page)).toEqual(security);

  await searchBox(page).fill("hypervisor");
  await expect.poll(() => urlParams(page).get("q")).toBe("hypervisor");
  // Matches in names, explanations and values are marked (notes are searched but not marked).
  await expect.poll(() => searchHighlights(page, "article")).not.toEqual([]);
  const shown = await cardIds(page);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.every((id) => security.includes(id!))).toBe(true);

  await hide.click();
  await expect(form).toBeHidden();
  await expect(page.getByRole("button", { name: "Show filters" })).toHaveAttribute(
    "aria-expanded",
    "false",
  );
  expect(await overflow(page)).toBeLessThanOrEqual(0);
});

test("cards sorted into one list head it at level 2, as grouped cards are under their group", async ({
  page,
}) => {
  const levels = () =>
    page
      .locator("main :is(h1, h2, h3, h4)")
      .evaluateAll((hs) => hs.filter((h) => h.checkVisibility()).map((h) => h.tagName));
  await gotoCompare(page);
  expect((await levels()).slice(0, 3)).toEqual(["H1", "H2", "H3"]);
  await gotoCompare(page, "?sort=name");
  const sorted = await levels();
  expect(sorted[0]).toBe("H1");
  expect(sorted.slice(1)).toEqual(Array(matrix.attributes.length).fill("H2"));
});

test("a card group folds from its heading", async ({ page }) => {
  await gotoCompare(page);
  const heading = page
    .getByRole("heading", { level: 2 })
    .getByRole("button", { name: /^Security/ });
  await heading.click();
  await expect.poll(() => urlParams(page).get("fold")).toBe("security");
  await expect(heading).toHaveAttribute("aria-expanded", "false");
  const security = new Set(
    matrix.attributes.filter((a) => a.category === "security").map((a) => a.id),
  );
  await expect
    .poll(async () => (await cardIds(page)).filter((id) => security.has(id!)))
    .toEqual([]);
});

test("/compare#local-nvme scrolls to and highlights that card", async ({ page }) => {
  await gotoCompare(page, "#local-nvme");
  const card = page.locator('article[data-attribute="local-nvme"]');
  await expect(card).toHaveAttribute("data-highlighted", "");
  await expect(card).toBeInViewport();
  await expect(page.locator("[data-highlighted]")).toHaveCount(1);
});

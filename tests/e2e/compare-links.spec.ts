import { expect, gotoCompare, test, urlParams } from "./fixtures";

test("the same selection makes the same URL, whatever the click order", async ({ page }) => {
  await gotoCompare(page);
  await page.getByRole("checkbox", { name: /^Security/ }).check();
  await page.getByRole("checkbox", { name: /^Performance/ }).check();
  await expect.poll(() => urlParams(page).get("cat")).toBe("performance,security");
});

test("the address bar keeps the parameters' own order, whatever the order of changes", async ({
  page,
}) => {
  // A link written out of order is rewritten in order once read.
  await gotoCompare(page, "?sort=name&q=boot");
  await expect.poll(() => new URL(page.url()).search).toBe("?q=boot&sort=name");
  // A change adds its key in its place, not at the end.
  await page.getByRole("checkbox", { name: /^Security/ }).check();
  await expect.poll(() => new URL(page.url()).search).toBe("?q=boot&cat=security&sort=name");
});

test("Copy link copies the current state even while the address bar catches up", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await gotoCompare(page);
  await page
    .getByRole("searchbox", { name: "Search attributes" })
    .pressSequentially("snapshot", { delay: 10 });
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).searchParams.get("q")).toBe("snapshot");
});

test("a glossary term shows its definition on keyboard focus and Escape dismisses it", async ({
  page,
}) => {
  await page.goto("/options/bare-metal");
  const term = page.locator("a.term", { hasText: "NUMA" }).first();
  await term.focus();
  const tip = page.getByRole("tooltip").filter({ visible: true });
  await expect(tip).toHaveCount(1);
  await expect(term).toHaveAccessibleDescription(/memory/i);
  // Focused before or after hydration, the term keeps its definition once the popover takes
  // over from the CSS fallback; Escape is then handled (it needs the script).
  await expect(page.locator(".term-tip-live:popover-open")).toHaveCount(1);
  await expect(term).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("tooltip").filter({ visible: true })).toHaveCount(0);
});

test("a glossary term's tooltip inside the scrolling table is not clipped", async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 800 });
  await gotoCompare(page, "?open=bios-smt-numa#bios-smt-numa");
  const term = page.locator("#bios-smt-numa a.term").first();
  await term.scrollIntoViewIfNeeded();
  await term.hover();
  const tip = page.getByRole("tooltip").filter({ visible: true });
  await expect(tip).toHaveCount(1);
  const placement = await tip.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return {
      topLayer: el.matches(":popover-open"),
      inViewport: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
      onTop: hit === el || el.contains(hit),
    };
  });
  expect(placement).toEqual({ topLayer: true, inViewport: true, onTop: true });
  // The pointer can move onto the tooltip without it closing.
  await tip.hover();
  await expect(tip).toBeVisible();
});

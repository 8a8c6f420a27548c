import { expect, ROUTES, test } from "./fixtures";

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    for (const route of [...ROUTES, "/no-such-page"]) {
      test(`${route} loads cleanly in the ${scheme} scheme`, async ({ page }) => {
        const response = await page.goto(route);
        expect(response?.status()).toBe(route === "/no-such-page" ? 404 : 200);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expect(page).toHaveTitle(/Deployment Advisor/);
        const background = await page.evaluate(
          () => getComputedStyle(document.documentElement).backgroundColor,
        );
        expect(background).toBe(scheme === "dark" ? "rgb(13, 17, 23)" : "rgb(255, 255, 255)");
      });
    }
  });
}

test("every page has its own title and a description", async ({ page }) => {
  const titles = new Set<string>();
  for (const route of ROUTES) {
    await page.goto(route);
    titles.add(await page.title());
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{40,}/);
  }
  expect(titles.size).toBe(ROUTES.length);
});

test("the 404 page offers a way back", async ({ page }) => {
  await page.goto("/options/not-an-option");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "The full comparison" }).click();
  await expect(page).toHaveURL(/\/compare$/);
});

test("the home page introduces the options and links to the comparison and each option", async ({
  page,
}) => {
  await page.goto("/");
  const cards = page.getByRole("article");
  await expect(cards).toHaveCount(2);
  await expect(cards.first().getByRole("heading", { name: "Bare metal" })).toBeVisible();
  await page.getByRole("link", { name: /All about virtual machine/ }).click();
  await expect(page).toHaveURL(/\/options\/virtual-machine$/);
  await expect(page.getByRole("heading", { level: 2, name: "What you take on" })).toBeVisible();
  await page.goto("/");
  await page.getByRole("link", { name: /Compare all \d+ attributes/ }).click();
  await expect(page).toHaveURL(/\/compare$/);
});

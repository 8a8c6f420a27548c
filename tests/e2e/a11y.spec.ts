import { MISSING_ROUTE } from "../built-site";
import { expect, expectNoAxeViolations, ROUTES, test } from "./fixtures";

/*
 * axe on every page the build produced (and the 404), hydrated, in the light and the dark
 * scheme: WCAG 2.0/2.1/2.2 A and AA, best practices, and axe's experimental rules
 * (see expectNoAxeViolations). The states of /compare are covered in compare-a11y.spec.ts.
 */

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const route of [...ROUTES, MISSING_ROUTE]) {
      test(`${route} has no axe violations`, async ({ page }) => {
        const response = await page.goto(route);
        expect(response?.status()).toBe(route === MISSING_ROUTE ? 404 : 200);
        await page.waitForLoadState("networkidle");
        expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(
          colorScheme === "dark",
        );
        await expectNoAxeViolations(page);
      });
    }
  });
}

test("the experimental table rules are on: a headerless data table fails", async ({ page }) => {
  await page.goto("/glossary");
  await page.waitForLoadState("networkidle");
  // Built node by node: the page's CSP requires Trusted Types, so an HTML string is refused.
  await page.evaluate(() => {
    const row = (...cells: string[]) => {
      const tr = document.createElement("tr");
      for (const text of cells)
        tr.append(Object.assign(document.createElement("td"), { textContent: text }));
      return tr;
    };
    const table = document.createElement("table");
    // A caption makes it a data table; no cell is a header, and the first row fakes a caption.
    table.createCaption().textContent = "Numbers";
    const fake = row("Fake caption");
    fake.cells[0]?.setAttribute("colspan", "4");
    table.createTBody().append(fake, ...[1, 2, 3, 4].map(() => row("1", "2", "3", "4")));
    // In <body>, not in <main>: React 19 skips unexpected tags in <body> (as a browser
    // extension adds them) while hydrating, but a node added inside its tree before hydration
    // ends is a mismatch that re-renders the page, so inside <main> this raced hydration.
    document.body.append(table);
  });
  await expect(expectNoAxeViolations(page)).rejects.toThrow(
    /td-has-header[\s\S]*table-fake-caption|table-fake-caption[\s\S]*td-has-header/,
  );
});

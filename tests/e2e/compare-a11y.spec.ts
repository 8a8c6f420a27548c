import {
  expect,
  expectNoAxeViolations,
  gotoCompare,
  searchBox,
  tableRowIds,
  test,
  urlParams,
} from "./fixtures";
import type { Locator, Page } from "@playwright/test";

/* Accessibility of /compare: keyboard use, visible focus, axe in each state, hash targets, print. */

/** Presses Tab until `target` has focus (at most `max` times) and checks it shows focus. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(target).toBeFocused();
  await expectFocusVisible(target);
}

async function expectFocusVisible(target: Locator) {
  const focus = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      matches: el.matches(":focus-visible"),
      outline: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
    };
  });
  expect(focus.matches).toBe(true);
  expect(focus.outline).not.toBe("none");
  expect(focus.width).toBeGreaterThan(0);
}

test("the keyboard reaches search, category checkboxes and sortable headers", async ({ page }) => {
  await gotoCompare(page);
  const form = page.getByRole("form", { name: "Filter the comparison" });

  await tabTo(page, searchBox(page));
  await page.keyboard.type("boot");
  await expect.poll(() => urlParams(page).get("q")).toBe("boot");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Backspace");
  await expect.poll(() => urlParams(page).get("q")).toBeNull();

  const categories = form.getByRole("group", { name: "Categories" }).getByRole("checkbox");
  const first = categories.first();
  await tabTo(page, first);
  await page.keyboard.press("Space");
  await expect(first).toBeChecked();
  await expect.poll(() => urlParams(page).get("cat")).toBe("performance");
  const second = categories.nth(1);
  await page.keyboard.press("Tab");
  await expect(second).toBeFocused();
  await expectFocusVisible(second);
  await page.keyboard.press("Space");
  await expect(second).toBeChecked();
  await expect.poll(() => urlParams(page).get("cat")).toBe("performance,hardware-control");
  await page.keyboard.press("Space");
  await expect(second).not.toBeChecked();
  await expect.poll(() => urlParams(page).get("cat")).toBe("performance");

  const header = page.getByRole("columnheader", { name: /^Attribute/ });
  const sortButton = header.getByRole("button");
  await tabTo(page, sortButton);
  await page.keyboard.press("Enter");
  await expect.poll(() => urlParams(page).get("sort")).toBe("name");
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await expect(sortButton).toBeFocused();
  await page.keyboard.press("Enter");
  await expect.poll(() => urlParams(page).get("dir")).toBe("desc");
  await expect(header).toHaveAttribute("aria-sort", "descending");

  const optionHeader = page.getByRole("columnheader", { name: /^Bare metal/ });
  await page.keyboard.press("Tab");
  await expect(optionHeader.getByRole("button")).toBeFocused();
  await expectFocusVisible(optionHeader.getByRole("button"));
  await page.keyboard.press("Enter");
  await expect.poll(() => urlParams(page).get("sort")).toBe("bare-metal");
  await expect(optionHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(header).not.toHaveAttribute("aria-sort");
});

test("/compare#local-nvme scrolls to and highlights that row after hydration", async ({ page }) => {
  await gotoCompare(page, "#local-nvme");
  const row = page.locator("tr#local-nvme");
  await expect(row).toHaveAttribute("data-highlighted", "");
  await expect(row).toBeInViewport();
  await expect(page.locator("[data-highlighted]")).toHaveCount(1);

  // A later fragment change moves the highlight.
  await page.evaluate(() => {
    location.hash = "#snapshots";
  });
  await expect(page.locator("tr#snapshots")).toHaveAttribute("data-highlighted", "");
  await expect(page.locator("tr#snapshots")).toBeInViewport();
  await expect(row).not.toHaveAttribute("data-highlighted");
});

test.describe("a control that goes away hands focus on", () => {
  const count = (page: Page) => page.locator("#compare-count");
  const press = async (control: Locator, key = "Enter") => {
    await control.focus();
    await control.press(key);
  };

  test("clearing from the empty result focuses the count", async ({ page }) => {
    await gotoCompare(page, "?q=zzzz");
    await press(page.locator(".compare-results").getByRole("button", { name: "Clear filters" }));
    await expect.poll(() => urlParams(page).get("q")).toBeNull();
    await expect(count(page)).toBeFocused();
  });

  test("clearing from the filters focuses the search box", async ({ page }) => {
    await gotoCompare(page, "?diff=1");
    const clear = page
      .getByRole("form", { name: "Filter the comparison" })
      .getByRole("button", { name: "Clear filters" });
    await press(clear);
    await expect.poll(() => urlParams(page).get("diff")).toBeNull();
    await expect(clear).toBeDisabled();
    await expect(searchBox(page)).toBeFocused();
  });

  test("Show all focuses the count", async ({ page }) => {
    await gotoCompare(page, "?only=overhead");
    await press(page.getByRole("button", { name: "Show all" }));
    await expect.poll(() => urlParams(page).get("only")).toBeNull();
    await expect(count(page)).toBeFocused();
  });

  test("moving and hiding a column keep focus on that column's controls", async ({ page }) => {
    await gotoCompare(page);
    const columns = page.getByRole("group", { name: "Columns" });
    const second = (await columns.locator("li").nth(1).locator("label").innerText()).trim();
    expect(second).not.toBe("");
    // Moved to the front, its "left" button is disabled: focus goes to its "right" one.
    await press(columns.getByRole("button", { name: `Move ${second} left` }));
    await expect(columns.getByRole("button", { name: `Move ${second} right` })).toBeFocused();
    await expect(columns.getByRole("button", { name: `Move ${second} left` })).toBeDisabled();
    // Hidden, its checkbox moves to the list of hidden columns, and keeps focus.
    const box = columns.getByRole("checkbox", { name: second });
    await press(box, "Space");
    await expect(box).not.toBeChecked();
    await expect(box).toBeFocused();
  });
});

test("a fragment naming a row the URL's filters hide leaves the page at its top", async ({
  page,
}) => {
  await gotoCompare(page, "?q=boot#local-nvme");
  await expect.poll(() => urlParams(page).get("q")).toBe("boot");
  await expect(page.locator("tr#local-nvme")).toHaveCount(0);
  expect(await tableRowIds(page)).not.toEqual([]);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(searchBox(page)).toBeInViewport();
});

test("a fragment that is not an attribute highlights nothing", async ({ page }) => {
  await gotoCompare(page, "#no-such-row");
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.locator("[data-highlighted]")).toHaveCount(0);
});

test.describe("axe finds no violations", () => {
  const states: [string, string][] = [
    ["default", ""],
    ["filtered", "?cat=security&diff=1"],
    ["empty", "?q=zzzz"],
    ["expanded", "?open=overhead,local-nvme"],
    ["searched", "?q=hypervisor&sort=bare-metal&dir=desc&fold=operations"],
  ];
  for (const [name, search] of states) {
    test(`${name} (/compare${search})`, async ({ page }) => {
      await gotoCompare(page, search);
      if (name === "empty")
        await expect(page.getByText("No attribute matches these filters.")).toBeVisible();
      else await expect(page.getByRole("table")).toBeVisible();
      if (name === "expanded")
        await expect(page.locator("tr#local-nvme time").first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test.describe("dark", () => {
    test.use({ colorScheme: "dark" });
    for (const [name, search] of states) {
      test(`${name} in dark mode (/compare${search})`, async ({ page }) => {
        await gotoCompare(page, search);
        expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(
          true,
        );
        await expectNoAxeViolations(page);
      });
    }
  });

  test.describe("mobile", () => {
    test.use({ viewport: { width: 360, height: 740 } });
    test("360 px wide", async ({ page }) => {
      await gotoCompare(page, "?cat=security&open=tenant-isolation");
      await expect(page.getByRole("article").first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
    test("360 px wide, filters open", async ({ page }) => {
      await gotoCompare(page, "?cat=security&open=tenant-isolation");
      await expect(page.getByRole("article").first()).toBeVisible();
      await page.getByRole("button", { name: "Show filters" }).click();
      await expect(page.getByRole("form", { name: "Filter the comparison" })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
});

test("print hides the filters and the action buttons", async ({ page }) => {
  await gotoCompare(page, "?cat=security");
  const rows = await tableRowIds(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("form", { name: "Filter the comparison" })).toBeHidden();
  await expect(searchBox(page)).toBeHidden();
  for (const name of ["Copy link", "Print", "Show filters"])
    await expect(page.getByRole("button", { name, exact: true })).toBeHidden();
  for (const format of ["CSV", "Markdown", "JSON"])
    await expect(page.getByRole("button", { name: new RegExp(`as ${format}$`) })).toBeHidden();
  // The table itself prints, headers as plain text instead of sort buttons.
  await expect(page.getByRole("table")).toBeVisible();
  expect(await tableRowIds(page)).toEqual(rows);
  await expect(
    page.getByRole("columnheader", { name: /^Attribute/ }).getByRole("button"),
  ).toBeHidden();
  await expect(
    page.getByRole("columnheader").getByText("Bare metal", { exact: true }).last(),
  ).toBeVisible();

  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("form", { name: "Filter the comparison" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`the search box's edge has at least 3:1 contrast with what is around it (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await gotoCompare(page);
    const ratio = await searchBox(page).evaluate((input) => {
      // Computed colours come back as rgb() or, from light-dark(), as color(srgb …).
      const rgb = (css: string) => {
        const n = css.match(/[\d.]+/g)!.map(Number);
        return css.startsWith("color(") ? n.slice(0, 3).map((v) => v * 255) : n.slice(0, 3);
      };
      const lum = ([r, g, b]: number[]) => {
        const c = [r!, g!, b!].map((v) => {
          const s = v / 255;
          return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
      };
      let around: Element | null = input.parentElement;
      while (around && getComputedStyle(around).backgroundColor === "rgba(0, 0, 0, 0)")
        around = around.parentElement;
      const edge = lum(rgb(getComputedStyle(input).borderTopColor));
      const back = lum(rgb(getComputedStyle(around ?? document.body).backgroundColor));
      return (Math.max(edge, back) + 0.05) / (Math.min(edge, back) + 0.05);
    });
    expect(ratio).toBeGreaterThanOrEqual(3);
  });
}

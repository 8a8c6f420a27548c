import {
  expect,
  gotoCompare,
  loadMatrix,
  searchBox,
  tableRowIds,
  test,
  urlParams,
} from "./fixtures";
import type { Page } from "@playwright/test";

/*
 * Hostile or broken URLs degrade to the default for the parameter they break, never to an
 * error, a dialog or injected markup. The `page` fixture already fails a test on any console
 * error, page error or CSP violation; each test here also fails on any dialog.
 */

function failOnDialog(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

const categoryBox = (page: Page, name: string) =>
  page
    .getByRole("form", { name: "Filter the comparison" })
    .getByRole("group", { name: "Categories" })
    .getByRole("checkbox", { name: new RegExp(`^${name}`) });

let total: number;
let categoryOf: Map<string, string>;

test.beforeAll(async ({ request }) => {
  const matrix = await loadMatrix(request);
  total = matrix.attributes.length;
  categoryOf = new Map(matrix.attributes.map((a) => [a.id, a.category]));
});

/**
 * Opens the URL and checks it loaded and rendered the comparison: the table, or for a search
 * that matches nothing, the empty state.
 */
async function openHostile(page: Page, search: string) {
  const dialogs = failOnDialog(page);
  const response = await gotoCompare(page, search);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const empty = page.getByText("No attribute matches these filters.");
  await expect(page.getByRole("table").or(empty)).toBeVisible();
  return {
    dialogs,
    rows: () => tableRowIds(page),
    status: page.getByRole("status").filter({ hasText: /attribute/ }),
  };
}

const cases: {
  name: string;
  search: string;
  check: (page: Page, view: Awaited<ReturnType<typeof openHostile>>) => Promise<void>;
}[] = [
  {
    name: "malformed percent-encoding in q",
    search: "?q=%E0%A4%A",
    check: async (page) => {
      // Read as URLSearchParams decodes it (a replacement character), as plain text.
      await expect(searchBox(page)).toHaveValue(new URLSearchParams("q=%E0%A4%A").get("q")!);
      await expect(page.getByText("No attribute matches these filters.")).toBeVisible();
    },
  },
  {
    name: "an unknown category beside a valid one",
    search: "?cat=nope,performance",
    check: async (page, view) => {
      await expect(categoryBox(page, "Performance")).toBeChecked();
      const rows = await view.rows();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((id) => categoryOf.get(id) === "performance")).toBe(true);
    },
  },
  {
    name: "cols=__proto__",
    search: "?cols=__proto__",
    check: async (page, view) => {
      await expect(page.getByRole("columnheader")).toHaveCount(3);
      await expect(view.status).toHaveText(`Showing all ${total} attributes`);
    },
  },
  {
    name: "sort=constructor",
    search: "?sort=constructor",
    check: async (page, view) => {
      await expect(
        page.getByRole("form", { name: "Filter the comparison" }).getByRole("combobox", {
          name: "Sort by",
        }),
      ).toHaveValue("category");
      await expect(page.locator("th[aria-sort]")).toHaveCount(0);
      expect(await view.rows()).toHaveLength(total);
    },
  },
  {
    name: "a 10 KB query",
    search: `?q=${"a".repeat(10_240)}`,
    check: async (page, view) => {
      // Longer than any query the app acts on: treated as no query.
      await expect(searchBox(page)).toHaveValue("");
      await expect(view.status).toHaveText(`Showing all ${total} attributes`);
    },
  },
  {
    name: "a script tag in q",
    search: `?q=${encodeURIComponent("<script>alert(1)</script>")}`,
    check: async (page) => {
      // Shown as text in the box, never parsed as markup.
      await expect(searchBox(page)).toHaveValue("<script>alert(1)</script>");
      expect(
        await page.evaluate(() =>
          [...document.scripts].some((s) => s.textContent?.includes("alert(1)")),
        ),
      ).toBe(false);
      await expect(page.getByText("No attribute matches these filters.")).toBeVisible();
    },
  },
  {
    name: "a javascript: URL in q",
    search: "?q=javascript:alert(1)",
    check: async (page) => {
      await expect(searchBox(page)).toHaveValue("javascript:alert(1)");
      await expect(page.locator('[href^="javascript:" i], [src^="javascript:" i]')).toHaveCount(0);
    },
  },
  {
    name: "a repeated key",
    search: "?cat=security&cat=performance",
    check: async (page, view) => {
      // Read as URLSearchParams.get reads it: the first value wins.
      await expect(categoryBox(page, "Security")).toBeChecked();
      await expect(categoryBox(page, "Performance")).not.toBeChecked();
      const rows = await view.rows();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((id) => categoryOf.get(id) === "security")).toBe(true);
    },
  },
  {
    name: "prototype names in open and fold",
    search: "?open=__proto__&fold=toString",
    check: async (page, view) => {
      expect(await view.rows()).toHaveLength(total);
      await expect(page.locator("details[open]")).toHaveCount(0);
      await expect(page.getByRole("table").locator('[aria-expanded="false"]')).toHaveCount(0);
    },
  },
  {
    name: "empty and unknown verdicts beside a valid one",
    search: "?verdict=advantage,,,evil",
    check: async (page) => {
      const verdicts = page
        .getByRole("form", { name: "Filter the comparison" })
        .getByRole("group", { name: "Verdict in a shown column" });
      await expect(verdicts.getByRole("checkbox", { name: /^Advantage/ })).toBeChecked();
      await expect(verdicts.getByRole("checkbox", { name: /^Neutral/ })).not.toBeChecked();
      await expect(verdicts.getByRole("checkbox", { name: /^Disadvantage/ })).not.toBeChecked();
    },
  },
];

for (const { name, search, check } of cases) {
  test(`hostile URL: ${name} (${search.slice(0, 60)}) loads cleanly`, async ({ page }) => {
    const view = await openHostile(page, search);
    await check(page, view);
    // A search that matches nothing shows the empty state, whose button brings the table back.
    const empty = page.getByText("No attribute matches these filters.");
    if (await empty.isVisible()) {
      await empty.locator("..").getByRole("button", { name: "Clear filters" }).click();
      await expect(page.getByRole("table")).toBeVisible();
      await expect.poll(() => urlParams(page).has("q")).toBe(false);
    }
    // Still interactive after the hostile load.
    await categoryBox(page, "Operations").check();
    await expect.poll(() => urlParams(page).get("cat") ?? "").toContain("operations");
    expect(view.dialogs).toEqual([]);
  });
}

// One test per address: eleven heavy page loads in one test came close to its time limit on a
// busy 2-core machine.
const PAYLOAD = "<img src=x onerror=alert(1)>";
const HOSTILE_SEARCHES = [
  `?cat=${PAYLOAD}`, // as typed into the address bar, left to the browser to encode
  ...["cat", "cols", "sort", "adv", "verdict", "open", "fold", "only", "dir"].map(
    (key) => `?${key}=${encodeURIComponent(PAYLOAD)}`,
  ),
];
for (const search of HOSTILE_SEARCHES) {
  test(`an unknown value never reaches the DOM unescaped: ${search}`, async ({ page }) => {
    const dialogs = failOnDialog(page);
    const response = await gotoCompare(page, search);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("table")).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.evaluate(() => document.body.innerHTML.includes("onerror=alert"))).toBe(
      false,
    );
    expect(await tableRowIds(page)).toHaveLength(total);
    expect(dialogs).toEqual([]);
  });
}

test("a hostile search text is shown as text only", async ({ page }) => {
  const dialogs = failOnDialog(page);
  await gotoCompare(page, `?q=${encodeURIComponent(PAYLOAD)}`);
  await expect(searchBox(page)).toHaveValue(PAYLOAD);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("the address bar drops what was ignored, keeping what applies", async ({ page }) => {
  await gotoCompare(page, "?cat=security,bogus&foo=%3Cscript%3E&q=host&q=second&sort=__proto__");
  await expect.poll(() => new URL(page.url()).search).toBe("?q=host&cat=security");
  await expect(searchBox(page)).toHaveValue("host");
  // The clean-up replaced the entry rather than adding one: Back leaves the page.
  await page.goBack();
  await expect.poll(() => page.url()).toBe("about:blank");
});

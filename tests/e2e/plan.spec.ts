import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test, urlParams, watchPage } from "./fixtures";

/* Team plans at /plan: several workloads side by side, one link, a decision record. */

async function gotoPlan(page: Page, query = "") {
  const response = await page.goto(`/plan${query}`);
  await expect(page.locator("[data-plan-ready]")).toBeAttached();
  return response;
}

const THREE =
  "?w=Pre-training~kind:pretraining,scale:multi-node,life:months,share:one-team,rules:none" +
  "&w=Inference+API~kind:inference,scale:part-node,life:hours,share:one-team,rules:none" +
  "&w=Notebooks~kind:research,scale:one-node,life:weeks,share:separate,rules:none";

/** Tabs forward until the element matching `test` (run in the page) has focus. */
async function tabUntil(page: Page, test: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(test)) return;
  }
  throw new Error(`nothing matching ${test} reached by Tab`);
}

/** Answers the workload being edited by keyboard: the first answer of each question, presets kept. */
async function answerByKeyboard(page: Page, answers: number[]) {
  let question = 0;
  while (urlParams(page).get("edit") !== null) {
    const heading = page.locator("h2[tabindex='-1']");
    await expect(heading).toBeFocused();
    const isQuestion = await page.getByRole("button", { name: "Not sure, skip" }).isVisible();
    await tabUntil(page, `document.activeElement?.type === "radio"`);
    if (isQuestion) {
      for (let i = 0; i < answers[question]!; i++) await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Space");
      question++;
    }
    const before = page.url();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.url()).not.toBe(before);
  }
}

test("a three-workload plan built by keyboard, shared by link, and kept as a decision record", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await gotoPlan(page);
  const workloads: [string, number[]][] = [
    // Pre-training (1st answer), many nodes (3rd), months (3rd), one team (1st), no rules (4th).
    ["Pre-training", [0, 2, 2, 0, 3]],
    // Serving (3rd), part of a node (1st), hours (1st), one team, no rules.
    ["Inference API", [2, 0, 0, 0, 3]],
  ];
  for (const [name, answers] of workloads) {
    await tabUntil(
      page,
      `document.activeElement?.getAttribute("placeholder") === "e.g. Inference API"`,
    );
    await page.keyboard.type(name);
    await page.keyboard.press("Enter");
    await expect.poll(() => urlParams(page).get("edit")).not.toBeNull();
    await answerByKeyboard(page, answers);
    await expect(page.getByRole("heading", { name: "The plan" })).toBeFocused();
  }
  // The third starts from the second's answers: only the workload kind changes.
  await tabUntil(
    page,
    `document.activeElement?.getAttribute("placeholder") === "e.g. Inference API"`,
  );
  await page.keyboard.type("Notebooks");
  await page
    .getByRole("combobox", { name: "Start from the answers of" })
    .selectOption({ label: "Inference API" });
  await page.getByRole("button", { name: "Add and answer" }).click();
  await expect.poll(() => urlParams(page).get("edit")).toBe("3");
  await expect(page.getByLabel("Serving a model to users (online inference)")).toBeChecked();
  await page.getByLabel("Research, notebooks and development").check();
  await page.getByRole("button", { name: "Back to the plan" }).click();

  const summary = page.locator("[data-plan-summary]");
  await expect(summary).toHaveText(
    "Bare metal for Pre-training; Virtual machine for Inference API and Notebooks.",
  );
  const columns = page
    .getByRole("list", { name: "Workloads" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3 }) });
  await expect(columns).toHaveCount(3);
  for (const c of await columns.all()) {
    await expect(c.getByText(/^Confidence: (High|Medium|Low)$/)).toBeVisible();
    await expect(c.getByRole("heading", { name: "Verify with your provider" })).toBeVisible();
  }
  expect(page.url().length).toBeLessThan(2000);

  // One link for the whole plan: the same plan in a new browser.
  const query = new URL(page.url()).search;
  const context = await browser.newContext({ baseURL });
  const fresh = await context.newPage();
  const done = await watchPage(fresh);
  await gotoPlan(fresh, query);
  await expect(fresh.locator("[data-plan-summary]")).toHaveText(await summary.innerText());
  await done();
  await context.close();

  // The decision record: MADR sections, a part per workload, and the link back.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download decision record" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("decision-record.md");
  const md = await readFile(await download.path(), "utf8");
  expect([...md.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual([
    "Context and Problem Statement",
    "Decision Drivers",
    "Considered Options",
    "Decision Outcome",
    "Pros and Cons of the Options",
    "More Information",
  ]);
  expect(md).toMatch(/^status: proposed$/m);
  for (const name of ["Pre-training", "Inference API", "Notebooks"])
    expect(md).toContain(`### ${name}`);
  expect(md).toContain(
    "Bare metal for Pre-training; Virtual machine for Inference API and Notebooks.",
  );
  const link = /The result this record reproduces: <([^>]+)>/.exec(md)?.[1];
  expect(link && new URL(link).search).toBe(new URL(page.url()).search);
});

test("a workload is removed, and a name with markup stays text", async ({ page }) => {
  await gotoPlan(page, `${THREE}&w=${encodeURIComponent("<img src=x onerror=alert(1)>")}`);
  await expect(
    page.getByRole("heading", { level: 3, name: "<img src=x onerror=alert(1)>" }),
  ).toBeVisible();
  expect(await page.locator("img[src='x']").count()).toBe(0);
  await page.getByRole("button", { name: "Remove <img src=x onerror=alert(1)>" }).click();
  await expect.poll(() => new URL(page.url()).searchParams.getAll("w")).toHaveLength(3);
  // The card went with the button: focus is on the plan.
  await expect(page.getByRole("heading", { name: "The plan" })).toBeFocused();
});

test("removing the last workload leaves focus on the name of a new one", async ({ page }) => {
  await gotoPlan(page, "?w=Solo");
  await page.getByRole("button", { name: "Remove Solo" }).focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => new URL(page.url()).searchParams.getAll("w")).toEqual([]);
  await expect(page.getByRole("textbox", { name: "Name" })).toBeFocused();
});

test.describe("at 320 px", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test("a long workload name does not widen the page", async ({ page }) => {
    await gotoPlan(page, `?w=${"Batch inference for recommendations".padEnd(40, "x")}&w=Training`);
    await expect(page.getByRole("combobox", { name: "Start from the answers of" })).toBeVisible();
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0);
  });
});

test("hostile or malformed plan URLs load safely and the address is cleaned", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await gotoPlan(
    page,
    "?w=A~kind:nope,scale:part-node~firmware:extreme&w=~kind:inference&edit=9&step=javascript:alert(1)&evil=1",
  );
  await expect.poll(() => new URL(page.url()).search).toBe("?w=A~scale:part-node");
  await expect(page.getByRole("heading", { level: 3, name: "A" })).toBeVisible();
  expect(dialogs).toBe(0);
});

test("the plan prints on A4 without navigation or controls", async ({ page }) => {
  await gotoPlan(page, THREE);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Download decision record" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Add a workload" })).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
});

for (const scheme of ["light", "dark"] as const) {
  test(`the plan has no axe violations in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await gotoPlan(page);
    await expectNoAxeViolations(page);
    await gotoPlan(page, THREE);
    await expectNoAxeViolations(page);
    await gotoPlan(page, `${THREE}&edit=2&step=operations`);
    await expectNoAxeViolations(page);
  });
}

test.describe("at 320 px wide", () => {
  test.use({ viewport: { width: 320, height: 700 } });

  test("the plan does not scroll sideways", async ({ page }) => {
    await gotoPlan(page, THREE);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole("button", { name: "Add and answer" })).toBeVisible();
  });
});

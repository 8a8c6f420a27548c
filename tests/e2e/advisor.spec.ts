import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, tableRowIds, test, urlParams, watchPage } from "./fixtures";

/* The guided advisor at /advisor: keyboard flow, URL state, history, sharing, a11y. */

/** Opens /advisor with a query and waits until it is interactive (the fallback is inert). */
async function gotoAdvisor(page: Page, query = "") {
  const response = await page.goto(`/advisor${query}`);
  await expect(page.locator("[data-advisor-ready]")).toBeAttached();
  return response;
}

const stepHeading = (page: Page) => page.locator("h2[tabindex='-1']");

/** Tabs forward until a radio button has focus. */
async function tabToRadio(page: Page) {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => (document.activeElement as HTMLInputElement)?.type === "radio"))
      return;
  }
  throw new Error("no radio button reached by Tab");
}

test("the whole flow works by keyboard alone, with focus on each step's heading", async ({
  page,
}) => {
  await gotoAdvisor(page);
  await page.getByRole("button", { name: "Start" }).focus();
  await page.keyboard.press("Enter");

  let steps = 0;
  while (urlParams(page).get("step") !== "review") {
    const heading = stepHeading(page);
    await expect(heading).toBeFocused();
    const current = page
      .getByRole("navigation", { name: "Questions" })
      .locator("[aria-current='step']");
    await expect(current).toHaveCount(1);
    await expect(current).toContainText(`Question ${steps + 1}:`);
    await expect(page.getByText(new RegExp(`^Question ${steps + 1} of \\d+$`))).toBeVisible();
    // Wait for the step to change, not just the address: choosing the answer rewrites the
    // address too, a moment before Enter moves on.
    const before = urlParams(page).get("step");
    await tabToRadio(page);
    await page.keyboard.press("Space"); // the first answer
    await page.keyboard.press("Enter"); // submits the step
    await expect.poll(() => urlParams(page).get("step")).not.toBe(before);
    steps++;
    expect(steps).toBeLessThan(30);
  }
  // The first answer everywhere: "yes" to sharing and to churn makes their follow-ups apply.
  expect(steps).toBe(16);
  await expect(stepHeading(page)).toHaveText("Review your answers");
  await expect(stepHeading(page)).toBeFocused();

  await page.getByRole("button", { name: "See the recommendation" }).focus();
  await page.keyboard.press("Enter");
  const result = stepHeading(page);
  await expect(result).toBeFocused();
  // Tuning the BIOS (bare metal only) and needing part of a node (VMs only) conflict.
  await expect(result).toHaveText("No option meets all of your requirements");
  await expect(page.getByRole("heading", { name: "Ruled out by your requirements" })).toBeVisible();
});

test("an earlier answer skips questions that no longer apply, and the count stays honest", async ({
  page,
}) => {
  await gotoAdvisor(page, "?step=sharing");
  await expect(page.getByText("Question 6 of 14")).toBeVisible();
  await page.getByLabel("Yes, several users or teams per node").check();
  await expect(page.getByText("Question 6 of 15")).toBeVisible();
  await page.getByLabel("No, one user or team per node").check();
  await expect(page.getByText("Question 6 of 14")).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  // "Enforced QoS" only applies to shared nodes.
  await expect.poll(() => urlParams(page).get("step")).toBe("isolation");
  await expect(page.getByText("Question 7 of 14")).toBeVisible();
});

test("Back and Forward move between steps, keeping the answers", async ({ page }) => {
  await gotoAdvisor(page);
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("No, the provider's defaults are fine").check();
  await page.getByRole("button", { name: "Next" }).click();
  await expect.poll(() => urlParams(page).get("step")).toBe("nvme");
  await page.getByRole("button", { name: "Not sure, skip" }).click();
  await expect.poll(() => urlParams(page).get("step")).toBe("overhead");

  await page.goBack();
  await expect.poll(() => urlParams(page).get("step")).toBe("nvme");
  await expect(stepHeading(page)).toBeFocused();
  await page.goBack();
  await expect.poll(() => urlParams(page).get("step")).toBe("bios");
  await expect(page.getByLabel("No, the provider's defaults are fine")).toBeChecked();
  await page.goForward();
  await expect.poll(() => urlParams(page).get("step")).toBe("nvme");
  await page.goForward();
  await expect.poll(() => urlParams(page).get("step")).toBe("overhead");
  expect(urlParams(page).get("nvme")).toBe("not-sure");

  await page.reload();
  await expect(stepHeading(page)).toHaveText(/hypervisor/);
  expect(urlParams(page).get("bios")).toBe("no");
});

test.describe("sharing a result", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("Copy link opens the same answers and recommendation in a fresh browser", async ({
    page,
    browser,
    baseURL,
  }) => {
    await gotoAdvisor(page, "?snapshots=yes&resize=yes&churn=often&launch=minutes&step=result");
    await expect(stepHeading(page)).toHaveText("We recommend Virtual machine");
    const why = await page.getByRole("region", { name: "Why Virtual machine" }).innerText();
    await page.getByRole("button", { name: "Copy link to this result" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get("step")).toBe("result");

    const context = await browser.newContext({ baseURL });
    const fresh = await context.newPage();
    const done = await watchPage(fresh);
    await fresh.goto(copied);
    await expect(stepHeading(fresh)).toHaveText("We recommend Virtual machine");
    expect(await fresh.getByRole("region", { name: "Why Virtual machine" }).innerText()).toBe(why);
    await done();
    await context.close();
  });
});

test("the 'decided by' link opens /compare filtered to exactly those attributes", async ({
  page,
}) => {
  await gotoAdvisor(page, "?overhead=critical&variability=critical&step=result");
  await expect(stepHeading(page)).toHaveText("We recommend Bare metal");
  const why = page.getByRole("region", { name: "Why Bare metal" });
  const decisive = await why
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
  expect(decisive.length).toBeGreaterThan(0);

  await page.getByRole("link", { name: /Compare the \d+ attributes? that decided this/ }).click();
  await expect(page).toHaveURL(/\/compare\?only=/);
  await expect(page.getByRole("searchbox", { name: "Search attributes" })).toBeEnabled();
  await expect
    .poll(() => tableRowIds(page).then((ids) => [...ids].sort()))
    .toEqual([...decisive].sort());
});

test("Start over clears every answer", async ({ page }) => {
  await gotoAdvisor(page, "?bios=yes&nvme=no&step=result");
  await page.getByRole("button", { name: "Start over" }).click();
  await expect.poll(() => new URL(page.url()).search).toBe("");
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
});

test("a tie says so and names what would decide it", async ({ page }) => {
  await gotoAdvisor(page, "?bound=gpu-fabric&step=result");
  await expect(stepHeading(page)).toHaveText("Either fits: Bare metal and Virtual machine");
  await expect(page.getByText(/^Decide on:/)).toBeVisible();
  // GPU-bound is no differentiator: the answer's note says why.
  await expect(page.getByText(/This is no differentiator/)).toBeVisible();
});

const HOSTILE = [
  "?bios=%E0%A4%A&step=result",
  "?step=__proto__&__proto__=yes&constructor=no",
  `?bios=${"y".repeat(10_240)}&step=result`,
  "?bios=<script>alert(1)</script>&step=<img src=x onerror=alert(1)>",
  "?step=javascript:alert(1)&nvme=javascript:alert(1)",
  "?bios=yes&bios=no&step=result&step=review",
  "?step=qos", // a question that does not apply without sharing=yes
  "?step=result&nvme=yes&fraction=yes",
];

for (const query of HOSTILE) {
  test(`a hostile URL loads safely: ${query.slice(0, 60)}`, async ({ page }) => {
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    const response = await gotoAdvisor(page, query);
    expect(response?.status()).toBe(200);
    await expect(stepHeading(page)).toBeVisible();
    expect(
      await page
        .locator("script:not([src])")
        .evaluateAll((s) => s.some((x) => x.textContent?.includes("alert(1)"))),
    ).toBe(false);
    expect(await page.locator("img[src='x']").count()).toBe(0);
    expect(dialogs).toBe(0);
  });
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`axe on every step in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    test("start, each question, review and results", async ({ page }) => {
      test.setTimeout(180_000);
      await gotoAdvisor(page);
      await expectNoAxeViolations(page);
      // Every question (follow-ups made to apply) and the review.
      const matrix = (await (await page.request.get("/matrix.json")).json()) as {
        questions: { id: string }[];
      };
      expect(matrix.questions.length).toBeGreaterThan(10);
      const all = "?sharing=yes&churn=often";
      for (const step of [...matrix.questions.map((q) => q.id), "review"]) {
        await gotoAdvisor(page, `${all}&step=${step}`);
        await expect(stepHeading(page)).toBeVisible();
        await expectNoAxeViolations(page);
      }
      for (const answers of [
        "overhead=critical&snapshots=yes", // slight lean with flips
        "bios=yes", // the only option left
        "bios=yes&fraction=yes", // none left
        "", // tie, nothing answered
      ]) {
        await gotoAdvisor(page, `?${answers}&step=result`);
        await page
          .locator("details")
          .evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        await expectNoAxeViolations(page);
      }
    });
  });
}

test.describe("at 320 px wide", () => {
  test.use({ viewport: { width: 320, height: 700 } });

  for (const query of [
    "?step=bios",
    "?sharing=yes&step=review",
    "?overhead=critical&snapshots=yes&step=result",
  ]) {
    test(`no horizontal overflow: ${query}`, async ({ page }) => {
      await gotoAdvisor(page, query);
      await expect(stepHeading(page)).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    });
  }
});

test("the address bar drops unknown answers and keys, keeping what applies", async ({ page }) => {
  await gotoAdvisor(page, "?bios=maybe&nvme=yes&evil=%3Cscript%3E&step=nowhere&step=review");
  await expect.poll(() => new URL(page.url()).search).toBe("?nvme=yes");
  await expect(page.getByRole("button", { name: "Continue" })).toBeVisible();
});

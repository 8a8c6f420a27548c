import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, tableRowIds, test, urlParams, watchPage } from "./fixtures";

/* The guided advisor at /advisor: keyboard flow, priorities, URL state, sharing, print, a11y. */

/** Opens /advisor with a query and waits until it is interactive (the fallback is inert). */
async function gotoAdvisor(page: Page, query = "") {
  const response = await page.goto(`/advisor${query}`);
  await expect(page.locator("[data-advisor-ready]")).toBeAttached();
  return response;
}

const stepHeading = (page: Page) => page.locator("h2[tabindex='-1']");

/** Answers that make a pre-training team on many nodes for months. */
const PRETRAINING = "kind=pretraining&scale=multi-node&life=months&share=one-team&rules=none";
/** Answers that make a bursty inference fleet. */
const INFERENCE = "kind=inference&scale=part-node&life=hours&share=one-team&rules=none";

/** Tabs forward until a radio button has focus. */
async function tabToRadio(page: Page) {
  for (let i = 0; i < 40; i++) {
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
  while (urlParams(page).get("step") !== "result") {
    await expect(stepHeading(page)).toBeFocused();
    const current = page
      .getByRole("navigation", { name: "Steps" })
      .locator("[aria-current='step']");
    await expect(current).toHaveCount(1);
    await expect(current).toContainText(`Step ${steps + 1}:`);
    // Keyboard users meet the current step in the list too.
    await expect(current).toBeEnabled();
    await expect(page.getByText(new RegExp(`^Step ${steps + 1} of \\d+$`))).toBeVisible();
    const before = urlParams(page).get("step");
    // On a question the first answer is chosen; a needs step keeps its presets.
    if (await page.getByRole("button", { name: "Not sure, skip" }).isVisible()) {
      await tabToRadio(page);
      await page.keyboard.press("Space");
    } else {
      await tabToRadio(page);
    }
    await page.keyboard.press("Enter"); // submits the step
    await expect.poll(() => urlParams(page).get("step")).not.toBe(before);
    steps++;
    expect(steps).toBeLessThan(20);
  }
  // The same count the home page and the start page give.
  expect(steps).toBe(9);
  const result = stepHeading(page);
  await expect(result).toBeFocused();
  // The first answer everywhere: pre-training, part of a node, hours, one team, no hypervisor.
  await expect(result).toHaveText("Bare metal: the only option that meets your must-haves");
});

test("the home page and the start page give the same number of steps", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Get a recommendation (9 steps)" })).toBeVisible();
  await gotoAdvisor(page);
  await expect(page.getByText(/^9 steps: 5 about the workload, then 4 on its needs/)).toBeVisible();
});

test("a needs step shows each need preset from the answers, and a change goes into the URL", async ({
  page,
}) => {
  await gotoAdvisor(page, `?${PRETRAINING}&step=performance`);
  const steady = page.getByRole("group", { name: "Steady, repeatable run times" });
  await expect(steady.getByRole("radio", { name: "Important" })).toBeChecked();
  await expect(steady.getByText(/^Preset from your answer: Pre-training/)).toBeVisible();
  await steady.getByRole("radio", { name: "Must have" }).check();
  await expect.poll(() => urlParams(page).get("need")).toBe("consistency.must");
  await expect(steady.getByText(/^Your choice; your answers preset important/)).toBeVisible();
  // Back to the preset: nothing left to keep in the URL.
  await steady.getByRole("radio", { name: "Important" }).check();
  await expect.poll(() => urlParams(page).get("need")).toBeNull();
});

test("the result explains itself: summary, confidence, reasons, trade-offs, changes, checklist", async ({
  page,
}) => {
  await gotoAdvisor(page, `?${PRETRAINING}&step=result`);
  const summary = page.getByRole("region", { name: "Bare metal" });
  await expect(stepHeading(page)).toHaveText("Bare metal");
  await expect(summary.getByText(/^Confidence:/)).toBeVisible();
  await expect(summary.locator("[data-confidence]")).toHaveText(/^(High|Medium|Low)$/);
  await expect(
    summary.getByRole("list", { name: "Why this confidence" }).getByRole("listitem"),
  ).toHaveCount(3);
  await expect(
    summary.getByRole("heading", { name: "Top reasons over Virtual machine" }),
  ).toBeVisible();
  await expect(summary.getByRole("heading", { name: "What you give up" })).toBeVisible();
  await expect(summary.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByText(/^Provider facts are as Denvr Cloud/)).toBeVisible();
  await expect(
    page.getByText(/^Prices, availability and service levels are not scored/),
  ).toBeVisible();
  // Every option is scored, the one that lost says what it would win on.
  await expect(page.getByText(/^Would win on: /)).toBeVisible();
  await expect(page.getByRole("heading", { name: "What would change it" })).toBeVisible();
  await expect(
    page.getByText(/^If ".+" were .+ \(now .+\), Virtual machine would come first\.$/).first(),
  ).toBeVisible();
  const verify = page.getByRole("region", { name: "Verify with your provider" });
  await expect(verify.getByRole("listitem").first()).toBeVisible();
  // What importance means is said where the numbers are.
  await expect(
    page.getByText(/^Importance is how much a need counts: a must-have counts 6 points/),
  ).toBeVisible();
});

test("a priority changed on the result re-scores at once and the URL keeps it", async ({
  page,
}) => {
  await gotoAdvisor(page, `?${PRETRAINING}&step=result`);
  await expect(stepHeading(page)).toHaveText("Bare metal");
  const rightSizing = page.getByRole("group", {
    name: "Less than a whole node, resized as needs change",
  });
  await rightSizing.getByRole("radio", { name: "Must have" }).check();
  // Bare metal comes as whole nodes only, stated: a must-have rules it out.
  await expect(stepHeading(page)).toHaveText(
    "Virtual machine: the only option that meets your must-haves",
  );
  await expect.poll(() => urlParams(page).get("need")).toBe("right-sizing.must");
  await page.reload();
  await expect(stepHeading(page)).toHaveText(
    "Virtual machine: the only option that meets your must-haves",
  );
  await expect(
    page.getByText(/^Ruled out: its source states it cannot meet "Less than a whole node/),
  ).toBeVisible();
});

test("Back and Forward move between steps, keeping the answers", async ({ page }) => {
  await gotoAdvisor(page);
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("Serving a model to users (online inference)").check();
  await page.getByRole("button", { name: "Next" }).click();
  await expect.poll(() => urlParams(page).get("step")).toBe("scale");
  await page.getByRole("button", { name: "Not sure, skip" }).click();
  await expect.poll(() => urlParams(page).get("step")).toBe("life");

  await page.goBack();
  await expect.poll(() => urlParams(page).get("step")).toBe("scale");
  await expect(stepHeading(page)).toBeFocused();
  await page.goBack();
  await expect.poll(() => urlParams(page).get("step")).toBe("kind");
  await expect(page.getByLabel("Serving a model to users (online inference)")).toBeChecked();
  await page.goForward();
  await page.goForward();
  await expect.poll(() => urlParams(page).get("step")).toBe("life");
  expect(urlParams(page).get("scale")).toBe("not-sure");

  await page.reload();
  await expect(stepHeading(page)).toHaveText("How long does one instance typically live?");
  expect(urlParams(page).get("kind")).toBe("inference");
});

test.describe("sharing a result", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("Copy link opens the same result in a fresh browser", async ({ page, browser, baseURL }) => {
    await gotoAdvisor(page, `?${INFERENCE}&need=consistency.important&step=result`);
    await expect(stepHeading(page)).toHaveText("Virtual machine");
    const summary = await page.getByRole("region", { name: "Virtual machine" }).innerText();
    await page.getByRole("button", { name: "Copy link to this result" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get("need")).toBe("consistency.important");

    const context = await browser.newContext({ baseURL });
    const fresh = await context.newPage();
    const done = await watchPage(fresh);
    await fresh.goto(copied);
    await expect(stepHeading(fresh)).toHaveText("Virtual machine");
    // The same words, the date line aside (it is the day the page is opened).
    const strip = (s: string) => s.replace(/Worked out on \S+/, "");
    expect(strip(await fresh.getByRole("region", { name: "Virtual machine" }).innerText())).toBe(
      strip(summary),
    );
    await done();
    await context.close();
  });

  test("a result link never paints the start page first", async ({ page }) => {
    // Hold the page's scripts back: what shows until they run is the prerendered HTML.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route("**/_next/static/chunks/*.js", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/advisor?${PRETRAINING}&step=result`, { waitUntil: "commit" });
    await expect(page.getByText("Preparing your result…")).toBeVisible();
    await expect(page.getByRole("button", { name: "Start" })).toBeHidden();
    release();
    await expect(stepHeading(page)).toHaveText("Bare metal");
    await expect(page.getByText("Preparing your result…")).toHaveCount(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a result link shows a clear message and a way to the comparison", async ({ page }) => {
    await page.goto(`/advisor?${PRETRAINING}&step=result`);
    await expect(
      page.getByText(/The advisor needs JavaScript to work out a recommendation/),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "comparison" })).toHaveAttribute(
      "href",
      "/compare",
    );
    await expect(page.getByText("Preparing your result…")).toBeHidden();
  });
});

test("the comparison link opens /compare filtered to the facts behind the result", async ({
  page,
}) => {
  await gotoAdvisor(page, `?${INFERENCE}&step=result`);
  await page
    .getByRole("link", { name: "See the facts behind these factors in the comparison" })
    .click();
  await expect(page).toHaveURL(/\/compare\?only=/);
  await expect(page.getByRole("searchbox", { name: "Search attributes" })).toBeEnabled();
  const only = new URL(page.url()).searchParams.get("only")!.split(",");
  await expect
    .poll(() => tableRowIds(page).then((ids) => [...ids].sort()))
    .toEqual([...only].sort());
});

test("Start over clears every answer and priority", async ({ page }) => {
  await gotoAdvisor(page, `?${PRETRAINING}&need=firmware.must&step=result`);
  await page.getByRole("button", { name: "Start over" }).click();
  await expect.poll(() => new URL(page.url()).search).toBe("");
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
});

test("a change of priorities is announced beside them with the new result", async ({ page }) => {
  await gotoAdvisor(
    page,
    "?kind=fine-tuning&scale=one-node&life=weeks&share=scheduler&rules=dedicated&step=result",
  );
  const priorities = page.locator("section[aria-labelledby='priorities-heading']");
  const status = priorities.getByRole("status");
  const before = await stepHeading(page).innerText();
  await expect(status).toHaveText(`Result: ${before}`);
  const hardware = priorities
    .locator("details")
    .filter({ has: page.locator("summary", { hasText: "Hardware control" }) });
  await hardware.evaluate((d) => ((d as HTMLDetailsElement).open = true));
  const musts = hardware.locator("input[type='radio'][value='must']");
  expect(await musts.count()).toBeGreaterThan(0);
  for (const must of await musts.all()) await must.check();
  await expect(stepHeading(page)).not.toHaveText(before);
  await expect(status).toHaveText(`Result: ${await stepHeading(page).innerText()}`);
});

test("Start over on the start page leaves focus on Start", async ({ page }) => {
  await gotoAdvisor(page, `?${PRETRAINING}`);
  const startOver = page.getByRole("button", { name: "Start over" });
  await startOver.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => new URL(page.url()).search).toBe("");
  await expect(startOver).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Start", exact: true })).toBeFocused();
});

test("a priorities section stays open when its last need is set to doesn't matter", async ({
  page,
}) => {
  await gotoAdvisor(page, `?${PRETRAINING}&step=result`);
  const section = page
    .locator("section[aria-labelledby='priorities-heading'] details[open]")
    .first();
  const name = await section.locator("summary").innerText();
  const details = page
    .locator("section[aria-labelledby='priorities-heading'] details")
    .filter({ has: page.locator("summary", { hasText: name }) });
  const none = details.getByRole("radio", { name: /^Doesn.t matter/ });
  const count = await none.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await none.nth(i).focus();
    await page.keyboard.press("Space");
    await expect(none.nth(i)).toBeChecked();
  }
  await expect(details).toHaveAttribute("open", "");
  await expect(none.nth(count - 1)).toBeFocused();
});

test("the address keeps answers, then priorities, then the step, whatever the order of changes", async ({
  page,
}) => {
  await gotoAdvisor(page, "?step=life&kind=pretraining");
  await expect.poll(() => new URL(page.url()).search).toBe("?kind=pretraining&step=life");
  const radio = page.getByRole("radio").first();
  const value = await radio.getAttribute("value");
  expect(value).toBeTruthy();
  await radio.check();
  await expect
    .poll(() => new URL(page.url()).search)
    .toBe(`?kind=pretraining&life=${value}&step=life`);
});

test("nothing weighed is a tie: either fits, with low confidence", async ({ page }) => {
  await gotoAdvisor(page, "?step=result");
  await expect(stepHeading(page)).toHaveText("Either fits: Bare metal or Virtual machine");
  await expect(page.locator("[data-confidence]")).toHaveText("Low");
});

test("the result prints on at most two A4 pages, without navigation or controls", async ({
  page,
}) => {
  await gotoAdvisor(page, `?${PRETRAINING}&need=firmware.must,local-nvme.must&step=result`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Your priorities" })).toBeHidden();
  const pdf = await page.pdf({ format: "A4", printBackground: false });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
});

const HOSTILE = [
  "?kind=%E0%A4%A&step=result",
  "?step=__proto__&__proto__=yes&constructor=no",
  `?kind=${"y".repeat(10_240)}&step=result`,
  "?kind=<script>alert(1)</script>&step=<img src=x onerror=alert(1)>",
  "?step=javascript:alert(1)&need=javascript:alert(1)",
  "?kind=pretraining&kind=inference&step=result&step=kind",
  "?need=__proto__.must,constructor.must,firmware.<b>&step=result",
  `?need=${"firmware.must,".repeat(400)}&step=result`,
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

test("the address bar drops unknown answers, priorities and keys, keeping what applies", async ({
  page,
}) => {
  await gotoAdvisor(
    page,
    "?kind=maybe&scale=one-node&need=nope.must,firmware.must&evil=%3Cscript%3E&step=nowhere",
  );
  await expect.poll(() => new URL(page.url()).search).toBe("?scale=one-node&need=firmware.must");
  await expect(page.getByRole("button", { name: "Continue" })).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test.describe(`axe on every step in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    test("start, each step and results", async ({ page }) => {
      test.setTimeout(180_000);
      await gotoAdvisor(page);
      await expectNoAxeViolations(page);
      for (const step of [
        "kind",
        "scale",
        "life",
        "share",
        "rules",
        "performance",
        "hardware-control",
        "security",
        "operations",
      ]) {
        await gotoAdvisor(page, `?${PRETRAINING}&step=${step}`);
        await expect(stepHeading(page)).toBeVisible();
        await expectNoAxeViolations(page);
      }
      for (const query of [
        PRETRAINING,
        INFERENCE,
        `${PRETRAINING}&rules=no-hypervisor&need=right-sizing.must`,
        "",
      ]) {
        await gotoAdvisor(page, `?${query}&step=result`);
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
    "?step=kind",
    `?${PRETRAINING}&step=performance`,
    `?${PRETRAINING}&step=result`,
  ]) {
    test(`no horizontal overflow: ${query.slice(-24)}`, async ({ page }) => {
      await gotoAdvisor(page, query);
      await expect(stepHeading(page)).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    });
  }
});

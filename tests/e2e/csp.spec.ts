import { test, expect, type Page } from "@playwright/test";
import { MISSING_ROUTE } from "../built-site";
import { unsafeMarkup } from "./dom-scan";
import { gotoCompare, ROUTES, searchBox } from "./fixtures";

/*
 * The enforced CSP holds in a real browser: every page the build produced (and the 404), and
 * /compare in its main states, load and hydrate with 0 `securitypolicyviolation` events, 0
 * console errors and no event handler or unsafe URL in the rendered DOM.
 */

interface Recorder {
  violations: string[];
  consoleErrors: string[];
}

/** Records CSP violations (reported from the page through a binding) and console errors. */
async function record(page: Page, expectedStatus = 200): Promise<Recorder> {
  const r: Recorder = { violations: [], consoleErrors: [] };
  await page.exposeBinding("__reportCspViolation", (_source, v: string) => r.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportCspViolation(v: string): void })
        .__reportCspViolation;
      void report(
        `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}` +
          (e.sample ? ` (${e.sample})` : ""),
      );
    });
  });
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    // The 404 page's own status is logged as a failed load; it is what the test asked for.
    const own404 =
      expectedStatus === 404 &&
      /status of 404/.test(msg.text()) &&
      msg.location().url === page.url();
    if (!own404) r.consoleErrors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on("pageerror", (err) => r.consoleErrors.push(`pageerror: ${err.message}`));
  return r;
}

/** Resolves once the page has fetched nothing new for a few polls in a row. */
async function settle(page: Page) {
  let last = -1;
  await expect
    .poll(
      async () => {
        const n = await page.evaluate(() => performance.getEntriesByType("resource").length);
        const quiet = n === last;
        last = n;
        return quiet;
      },
      { intervals: [300] },
    )
    .toBe(true);
}

/** Lets lazy work finish (prefetches of links scrolled into view included), then checks. */
async function expectClean(page: Page, r: Recorder) {
  await page.waitForLoadState("networkidle");
  await page.mouse.wheel(0, 100_000);
  await settle(page);
  expect(r.violations, "securitypolicyviolation events").toEqual([]);
  expect(r.consoleErrors, "console errors").toEqual([]);
  expect(await unsafeMarkup(page), "event handlers or unsafe URLs in the DOM").toEqual([]);
}

test.describe("every page", () => {
  for (const route of [...ROUTES, MISSING_ROUTE]) {
    test(`${route} runs under its CSP without a violation or console error`, async ({ page }) => {
      const status = route === MISSING_ROUTE ? 404 : 200;
      const r = await record(page, status);
      const response = await page.goto(route);
      expect(response?.status()).toBe(status);
      expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'sha256-/);
      await expectClean(page, r);
    });
  }
});

test("client-side navigation through the main navigation stays clean", async ({ page }) => {
  const r = await record(page);
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  const nav = page.getByRole("navigation", { name: "Main" }).getByRole("link");
  const hrefs = await nav.evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of [...hrefs, "/"]) {
    await (
      href === "/"
        ? page.getByRole("link", { name: "Deployment Advisor" })
        : nav.and(page.locator(`[href="${href}"]`))
    ).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(href);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await expectClean(page, r);
});

test.describe("/compare states", () => {
  test("default, searched and sorted", async ({ page }) => {
    const r = await record(page);
    await gotoCompare(page);
    await searchBox(page).fill("boot");
    await page
      .getByRole("columnheader", { name: /^Attribute/ })
      .getByRole("button")
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("name");
    await expectClean(page, r);
  });

  test("filtered", async ({ page }) => {
    const r = await record(page);
    await gotoCompare(page, "?cat=security&diff=1");
    await page
      .getByRole("form", { name: "Filter the comparison" })
      .getByRole("group", { name: "Categories" })
      .getByRole("checkbox")
      .first()
      .check();
    await expectClean(page, r);
  });

  test("expanded", async ({ page }) => {
    const r = await record(page);
    await gotoCompare(page, "?open=overhead,local-nvme");
    await expect(page.locator("tr#local-nvme time").first()).toBeVisible();
    await page.locator("tr#boot-time summary").first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get("open")).toContain("boot-time");
    await expectClean(page, r);
  });

  test.describe("mobile", () => {
    test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    test("cards with the filters open", async ({ page }) => {
      const r = await record(page);
      await gotoCompare(page, "?cat=security&open=tenant-isolation");
      await expect(page.getByRole("article").first()).toBeVisible();
      await page.getByRole("button", { name: "Show filters" }).click();
      await expect(page.getByRole("form", { name: "Filter the comparison" })).toBeVisible();
      await expectClean(page, r);
    });
  });
});

test("the policy is enforced, and a violation is seen (so this spec can fail)", async ({
  page,
}) => {
  const r = await record(page);
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
    // A string timer is compiled by the page itself (Playwright's own evaluation is exempt
    // from CSP), so it meets script-src without 'unsafe-eval'.
    setTimeout("window.__evaluated = true", 0);
    const img = document.createElement("img");
    img.src = "https://elsewhere.example/pixel.png";
    document.body.append(img);
  });
  await expect
    .poll(() => r.violations.map((v) => v.split(" ")[0]).sort())
    .toEqual(["img-src", "script-src", "script-src-elem"]);
  expect(
    await page.evaluate(() => ["__injected", "__evaluated"].filter((k) => k in window)),
  ).toEqual([]);
  expect(r.consoleErrors.length).toBeGreaterThan(0);
});

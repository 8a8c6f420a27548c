import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** Every user-facing route of the site. */
export const ROUTES = [
  "/",
  "/compare",
  "/options/bare-metal",
  "/options/virtual-machine",
  "/glossary",
  "/sources",
] as const;

export const AXE_TAGS = [
  "wcag2a",
  "wcag2aa",
  "wcag21a",
  "wcag21aa",
  "wcag22a",
  "wcag22aa",
  "best-practice",
];

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

/**
 * A page that records console errors, uncaught exceptions and CSP violations, and fails the
 * test if any happened: a page that "works" while logging errors is not working.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on("console", (msg) => {
      if (msg.type() !== "error") return;
      // Chromium logs a 404 document as a failed resource; a test that opens a missing page
      // asserts that status itself. Any other failed load is still a problem.
      const isDocument404 = /status of 404/.test(msg.text()) && msg.location().url === page.url();
      if (!isDocument404) problems.push(`console: ${msg.text()} (${msg.location().url})`);
    });
    page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => {
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await use(page);
    const violations = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
    expect([...problems, ...violations.map((v) => `csp: ${v}`)]).toEqual([]);
  },
});

export { expect };

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary).toEqual([]);
}

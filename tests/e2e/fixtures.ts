import {
  test as base,
  expect,
  type APIRequestContext,
  type Locator,
  type Page,
} from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import axe from "axe-core";
import { builtRoutes } from "../built-site";

/**
 * Every user-facing route of the site, read from the build in out/ (every .html file but the
 * not-found page), so a new page is covered without editing this list.
 */
export const ROUTES: readonly string[] = builtRoutes();

export const AXE_TAGS = [
  "wcag2a",
  "wcag2aa",
  "wcag21a",
  "wcag21aa",
  "wcag22a",
  "wcag22aa",
  "best-practice",
];

/**
 * Reports every `securitypolicyviolation` of the page to `sink`, as `directive blocked-what at
 * source:line (sample)`, through a binding: a report survives the page navigating away, where
 * a list kept in the page would be lost with its document. Trusted Types violations
 * (`require-trusted-types-for`) are reported the same way, with the sink's sample.
 */
async function reportViolations(page: Page, sink: string[]) {
  await page.exposeBinding("__reportViolation", (_source, violation: string) => {
    sink.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportViolation(v: string): Promise<void> })
        .__reportViolation;
      void report(
        `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}` +
          (e.sample ? ` (${e.sample})` : ""),
      );
    });
  });
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
    const violations: string[] = [];
    await reportViolations(page, violations);
    await use(page);
    expect([...problems, ...violations.map((v) => `csp: ${v}`)]).toEqual([]);
  },
});

export { expect };

/**
 * axe-core's experimental rules (table headers and captions, orientation lock, label/name
 * mismatch, paragraphs styled as headings, …). Tags alone never select them, so they are
 * switched on by id; read from axe-core itself so a new one is included when axe is updated.
 */
export const EXPERIMENTAL_RULES = axe.getRules(["experimental"]).map((r) => r.ruleId);

export async function expectNoAxeViolations(page: Page) {
  // One axe run with the experimental rules takes 5-25 s on a large page (the comparison
  // prerenders both its table and its cards) on two cores with the other worker busy, so each
  // run brings its own time rather than racing the test's 30 s.
  test.info().setTimeout(test.info().timeout + 30_000);
  const results = await new AxeBuilder({ page })
    .options({
      rules: Object.fromEntries(EXPERIMENTAL_RULES.map((id) => [id, { enabled: true }])),
    })
    .withTags(AXE_TAGS)
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary).toEqual([]);
  // The experimental rules did run: each one passed, failed, was inapplicable or needs review.
  const ran = new Set(
    [results.passes, results.violations, results.incomplete, results.inapplicable].flatMap((list) =>
      list.map((r) => r.id),
    ),
  );
  expect(EXPERIMENTAL_RULES.filter((id) => !ran.has(id))).toEqual([]);
}

/*
 * Helpers for the /compare specs. Added below the fixture so its behaviour is unchanged.
 */

/** The slice of /matrix.json the comparison specs compute their expectations from. */
export type MatrixData = {
  options: { id: string; name: string }[];
  categories: { id: string; name: string }[];
  attributes: {
    id: string;
    name: string;
    category: string;
    /** An unstated cell has neither value nor verdict. */
    cells: Record<
      string,
      {
        evidence: "stated" | "derived" | "unstated";
        value?: string;
        verdict?: "advantage" | "neutral" | "disadvantage";
      }
    >;
  }[];
};

export async function loadMatrix(request: APIRequestContext): Promise<MatrixData> {
  const response = await request.get("/matrix.json");
  expect(response.status()).toBe(200);
  return (await response.json()) as MatrixData;
}

/** The search box; enabled only once the interactive comparison has hydrated. */
export function searchBox(page: Page): Locator {
  return page.getByRole("searchbox", { name: "Search attributes" });
}

/**
 * Opens /compare (with an optional query string and fragment) and waits until it is
 * interactive: the prerendered fallback has its controls disabled. (On narrow screens the
 * filters start hidden, hence includeHidden.)
 */
export async function gotoCompare(page: Page, suffix = "") {
  const response = await page.goto(`/compare${suffix}`);
  await expect(
    page.getByRole("searchbox", { name: "Search attributes", includeHidden: true }),
  ).toBeEnabled();
  return response;
}

/** The query parameters of the page's current URL. */
export function urlParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/**
 * The texts the comparison's search marks (its `search` highlight) inside `within` (a CSS
 * selector: "table" or "article"), in document order.
 */
export function searchHighlights(page: Page, within: string): Promise<string[]> {
  return page.evaluate(
    (within) =>
      [...(CSS.highlights.get("search") ?? [])]
        .filter((r) => r.startContainer.parentElement?.closest(within))
        .map((r) => (r instanceof Range ? r.toString() : "")),
    within,
  );
}

/** Ids of the attribute rows the table shows, in display order. */
export function tableRowIds(page: Page): Promise<string[]> {
  return page
    .getByRole("table")
    .locator("tbody tr[id]")
    .evaluateAll((rows) => rows.map((r) => r.id));
}

/** Names of the table's column headers, in order. */
export function columnHeaderNames(page: Page): Promise<string[]> {
  return page
    .getByRole("table")
    .locator('thead th[scope="col"] button')
    .evaluateAll((buttons) =>
      buttons.map((b) =>
        [...b.childNodes]
          .filter(
            (n) => !(n instanceof HTMLElement && (n.ariaHidden || n.classList.contains("sr-only"))),
          )
          .map((n) => n.textContent)
          .join("")
          .trim(),
      ),
    );
}

/**
 * The same checks as the `page` fixture, for pages the fixture does not own (e.g. one opened
 * in a second browser context). Call it before navigating; await the returned function at
 * the end of the test to assert nothing went wrong.
 */
export async function watchPage(page: Page): Promise<() => Promise<void>> {
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  const violations: string[] = [];
  await reportViolations(page, violations);
  return async () => {
    expect([...problems, ...violations.map((v) => `csp: ${v}`)]).toEqual([]);
  };
}

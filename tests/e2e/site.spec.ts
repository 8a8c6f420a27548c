import { expect, ROUTES, test } from "./fixtures";

test("the theme toggle overrides the system scheme and remembers the choice", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/compare");
  const group = page.getByRole("group", { name: "Colour theme" });
  const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await expect(group.getByRole("button", { name: "System" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  expect(await bg()).toBe("rgb(255, 255, 255)");

  await group.getByRole("button", { name: "Dark" }).click();
  await expect(group.getByRole("button", { name: "Dark" })).toHaveAttribute("aria-pressed", "true");
  await expect.poll(bg).toBe("rgb(13, 17, 23)");

  await page.reload();
  await expect.poll(bg).toBe("rgb(13, 17, 23)");
  await expect(group.getByRole("button", { name: "Dark" })).toHaveAttribute("aria-pressed", "true");

  await group.getByRole("button", { name: "System" }).click();
  await expect.poll(bg).toBe("rgb(255, 255, 255)");
  await page.reload();
  await expect.poll(bg).toBe("rgb(255, 255, 255)");
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("every response carries the security headers, the 404 included", async ({ request }) => {
  for (const path of [...ROUTES, "/no-such-page", "/matrix.json", "/favicon.ico"]) {
    const response = await request.get(path);
    const h = response.headers();
    expect(response.status(), path).toBe(path === "/no-such-page" ? 404 : 200);
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["strict-transport-security"], path).toMatch(/max-age=31536000/);
    expect(h["permissions-policy"], path).toMatch(/camera=\(\)/);
    const csp = h["content-security-policy"] ?? "";
    expect(csp, path).toMatch(/object-src 'none'/);
    expect(csp, path).toMatch(/base-uri 'none'/);
    expect(csp, path).toMatch(/frame-ancestors 'none'/);
    expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval/);
    if (h["content-type"]?.startsWith("text/html")) {
      expect(/script-src ([^;]*)/.exec(csp)?.[1], path).toMatch(
        /^'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/,
      );
    } else {
      expect(csp, path).toMatch(/^default-src 'none'/);
    }
  }
});

test("pages revalidate, hashed assets are immutable, and text is compressed", async ({
  page,
  request,
}) => {
  const html = await request.get("/compare", { headers: { "Accept-Encoding": "br, gzip" } });
  expect(html.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
  expect(html.headers()["content-encoding"]).toBe("br");
  expect(html.headers()["etag"]).toBeTruthy();

  await page.goto("/compare");
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute("src");
  const asset = await request.get(script!, { headers: { "Accept-Encoding": "gzip" } });
  expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(asset.headers()["content-encoding"]).toBe("gzip");
});

test("deployment files beside the site are not served", async ({ request }) => {
  for (const path of ["/_headers", "/_deploy/nginx.conf", "/_deploy/headers.json"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("matrix.json is the whole validated model", async ({ request }) => {
  const response = await request.get("/matrix.json");
  expect(response.headers()["content-type"]).toMatch(/application\/json/);
  const matrix = (await response.json()) as Record<string, unknown[]>;
  expect(Object.keys(matrix).sort()).toEqual([
    "attributes",
    "categories",
    "factors",
    "glossary",
    "options",
    "overview",
    "questions",
    "sources",
  ]);
  expect(matrix.options?.length).toBeGreaterThanOrEqual(2);
  expect(matrix.attributes?.length).toBeGreaterThanOrEqual(30);
});

test("glossary terms in prose link to their definitions", async ({ page }) => {
  await page.goto("/options/bare-metal");
  await page.locator("a.term", { hasText: "NUMA" }).first().click();
  await expect(page).toHaveURL(/\/glossary#numa$/);
  await expect(page.locator("#numa")).toBeInViewport();
});

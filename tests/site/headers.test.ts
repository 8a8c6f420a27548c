import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { inlineScriptHashes } from "@/lib/headers/inline-scripts";
import {
  BASE_HEADERS,
  cacheControl,
  NOT_FOUND_CACHE_CONTROL,
  pageHeaders,
  urlPathsOf,
  type Headers,
} from "@/lib/headers/security-headers";
import { builtManifest, builtPages, MISSING_ROUTE, OUT_DIR, readBuilt } from "../built-site";

/*
 * Every response of the embedded server carries the policy of lib/headers/security-headers.ts.
 * The expected CSP is computed here from each built page's own inline scripts, so a page whose
 * scripts and header disagree (a script that would be blocked) fails too.
 */

const site = inject("siteUrl");
const pages = builtPages();
const notFoundPage = pages.find((p) => p.file === "/404.html") ?? pages.find((p) => p.notFound);

/** Files in out/ but the precompressed twins. */
const files = readdirSync(OUT_DIR, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map(
    (e) => "/" + path.relative(OUT_DIR, path.join(e.parentPath, e.name)).split(path.sep).join("/"),
  )
  .filter((f) => !/\.(br|gz)$/.test(f));
/** Files no server answers at their own URL: the 404 page's copies and `_headers`. */
const unpublished = builtManifest().unpublished;

function expectHeaders(response: Response, expected: Headers, what: string) {
  const got = Object.fromEntries(
    Object.keys(expected).map((name) => [name, response.headers.get(name)]),
  );
  expect(got, what).toEqual(expected);
  expect(response.headers.get("x-powered-by"), what).toBeNull();
}

const expectedFor = (file: string) => pageHeaders(inlineScriptHashes(readBuilt(file)));

describe("security headers from scripts/serve.ts", () => {
  it("finds the build's pages and a 404 page", () => {
    expect(pages.filter((p) => !p.notFound).length).toBeGreaterThanOrEqual(6);
    expect(notFoundPage).toBeDefined();
    expect(unpublished).toEqual(expect.arrayContaining(["/_headers", notFoundPage!.file]));
  });

  const published = pages.filter((p) => !p.notFound);
  describe.each(published.map((p) => [p.route, p] as const))("page %s", (_route, page) => {
    it.each(urlPathsOf(page.file))("GET %s has the page's full policy", async (urlPath) => {
      const response = await fetch(site + urlPath, { redirect: "manual" });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expectHeaders(
        response,
        { ...expectedFor(page.file), "Cache-Control": cacheControl(urlPath) },
        urlPath,
      );
    });
  });

  it.each([
    ["GET", MISSING_ROUTE],
    ["HEAD", MISSING_ROUTE],
    ["GET", "/options/no-such-option"],
    ["GET", "/compare.html/x"],
    ["GET", "/compare/"],
    ["GET", "/404"],
    ["GET", "/_not-found"],
    ["GET", "/index.html.br"],
    ["GET", "/_deploy/headers.json"],
    ["GET", "/deploy/nginx.conf"],
    ...unpublished.map((file) => ["GET", file]),
  ])("%s %s is the 404 page with the 404 page's policy", async (method, urlPath) => {
    const response = await fetch(site + urlPath, { method, redirect: "manual" });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expectHeaders(
      response,
      { ...expectedFor(notFoundPage!.file), "Cache-Control": NOT_FOUND_CACHE_CONTROL },
      urlPath,
    );
    if (method === "GET") expect(await response.text()).toBe(readBuilt(notFoundPage!.file));
  });

  it("every other published file in out/ has the base policy", async () => {
    const others = files.filter((f) => !f.endsWith(".html") && !unpublished.includes(f));
    expect(others.length).toBeGreaterThan(10);
    for (const file of others) {
      const response = await fetch(site + file, { redirect: "manual" });
      expect(response.status, file).toBe(200);
      expectHeaders(response, { ...BASE_HEADERS, "Cache-Control": cacheControl(file) }, file);
      await response.body?.cancel();
    }
  });

  it.each([
    ["POST /compare", { method: "POST", body: "x" }, 405],
    ["DELETE /", { method: "DELETE" }, 405],
    ["GET /%E0%A4%A", { method: "GET" }, 400],
  ] as const)("%s is refused with the base policy", async (what, init, status) => {
    const response = await fetch(site + what.split(" ")[1], init);
    expect(response.status).toBe(status);
    if (status === 405) expect(response.headers.get("allow")).toBe("GET, HEAD");
    expectHeaders(response, { ...BASE_HEADERS, "Cache-Control": "no-store" }, what);
  });
});

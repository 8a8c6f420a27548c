import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { inlineScriptHashes } from "@/lib/headers/inline-scripts";
import {
  BASE_HEADERS,
  cacheControl,
  pageHeaders,
  urlPathsOf,
  type Headers,
} from "@/lib/headers/security-headers";
import { builtPages, MISSING_ROUTE, OUT_DIR, readBuilt } from "../built-site";

/*
 * Every response of the embedded server carries the policy of lib/headers/security-headers.ts.
 * The expected CSP is computed here from each built page's own inline scripts, so a page whose
 * scripts and header disagree (a script that would be blocked) fails too.
 */

const site = inject("siteUrl");
const pages = builtPages();
const notFoundPage = pages.find((p) => p.file === "/404.html") ?? pages.find((p) => p.notFound);

/** Files served from out/: everything except precompressed twins and deployment files. */
const files = readdirSync(OUT_DIR, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map(
    (e) => "/" + path.relative(OUT_DIR, path.join(e.parentPath, e.name)).split(path.sep).join("/"),
  )
  .filter((f) => !/\.(br|gz)$/.test(f));
const HIDDEN = /^\/(_deploy\/|_headers$)/;

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
  });

  describe.each(pages.map((p) => [p.route, p] as const))("page %s", (_route, page) => {
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
    ["GET", "/%E0%A4%A"],
    ["GET", "/_headers"],
    ["GET", "/_deploy/headers.json"],
  ])("%s %s is the 404 page with the 404 page's policy", async (method, urlPath) => {
    const response = await fetch(site + urlPath, { method, redirect: "manual" });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expectHeaders(response, expectedFor(notFoundPage!.file), urlPath);
    if (method === "GET") expect(await response.text()).toBe(readBuilt(notFoundPage!.file));
  });

  it("every other file in out/ has the base policy (or is hidden behind the 404)", async () => {
    const others = files.filter((f) => !f.endsWith(".html"));
    expect(others.length).toBeGreaterThan(10);
    for (const file of others) {
      const response = await fetch(site + file, { redirect: "manual" });
      if (HIDDEN.test(file)) {
        expect(response.status, file).toBe(404);
        expectHeaders(response, expectedFor(notFoundPage!.file), file);
      } else {
        expect(response.status, file).toBe(200);
        expectHeaders(response, { ...BASE_HEADERS, "Cache-Control": cacheControl(file) }, file);
      }
      await response.body?.cancel();
    }
  });

  it("a method other than GET or HEAD is refused with the base policy", async () => {
    const response = await fetch(site + "/compare", { method: "POST", body: "x" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
    expectHeaders(response, BASE_HEADERS, "POST /compare");
  });
});

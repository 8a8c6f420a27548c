import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { requestPath, siteFiles } from "../../../scripts/serve/site-files";
import type { HeaderManifest } from "@/lib/headers/security-headers";

const manifest: HeaderManifest = {
  base: { CSP: "base" },
  pages: {
    "/index.html": { CSP: "index" },
    "/compare.html": { CSP: "compare" },
    "/404.html": { CSP: "404" },
    "/_not-found.html": { CSP: "404" },
  },
  notFound: "/404.html",
  unpublished: ["/_headers", "/404.html", "/_not-found.html"],
};

function site(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "site-files-"));
  for (const file of [
    "index.html",
    "compare.html",
    "compare.html.br",
    "compare.html.gz",
    "404.html",
    "_not-found.html",
    "_headers",
    "matrix.json",
    "_next/static/chunks/a.js",
    "options/__next.options.$d$id.__PAGE__.txt",
  ]) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), file);
  }
  return dir;
}

describe("siteFiles", () => {
  const routes = siteFiles(site(), manifest);

  it("publishes pages at both URLs, and every other file at its own path", () => {
    expect([...routes.keys()].sort()).toEqual([
      "/",
      "/_next/static/chunks/a.js",
      "/compare",
      "/compare.html",
      "/index.html",
      "/matrix.json",
      "/options/__next.options.$d$id.__PAGE__.txt",
    ]);
    expect(routes.get("/compare")).toEqual({
      file: "/compare.html",
      headers: { CSP: "compare", "Cache-Control": "public, max-age=0, must-revalidate" },
    });
    expect(routes.get("/")?.file).toBe("/index.html");
  });

  it("gives other files the base headers, and hashed assets a year's immutable caching", () => {
    expect(routes.get("/matrix.json")?.headers).toEqual({
      CSP: "base",
      "Cache-Control": "public, max-age=0, must-revalidate",
    });
    expect(routes.get("/_next/static/chunks/a.js")?.headers["Cache-Control"]).toBe(
      "public, max-age=31536000, immutable",
    );
  });
});

describe("requestPath", () => {
  it.each([
    ["/", "/"],
    ["/compare?q=x#y", "/compare"],
    ["/%5fheaders", "/_headers"],
    ["/compare%2Ehtml", "/compare.html"],
    ["//_headers", "//_headers"],
    ["/./compare", "/./compare"],
    ["/a%2F..%2Fb", "/a/../b"],
    ["http://elsewhere.example/compare?x", "/compare"],
    ["*", null],
    ["compare", null],
    ["/%E0%A4%A", null],
    ["/%", null],
  ])("%j names %j", (target, expected) => {
    expect(requestPath(target)).toBe(expected);
  });
});

import { describe, expect, inject, it } from "vitest";
import { scoreResponse } from "@/lib/headers/observatory/score";
import { builtPages, MISSING_ROUTE } from "../built-site";

/*
 * Every response scores A+ (100 or more) by the MDN HTTP Observatory's published rules
 * (lib/headers/observatory/). The Observatory scans one URL of a live HTTPS host; here each
 * page, the 404 and the other kinds of file are scored as the HTTPS deployment would serve them.
 */

const site = inject("siteUrl");
/** Stands in for the deployment's address: the scorer judges scripts and mixed content by it. */
const DEPLOYED = "https://deployment-advisor.example";
/** The Observatory asks with a foreign Origin to catch servers that grant it access. */
const FOREIGN_ORIGIN = "https://http-observatory.security.mozilla.org";

const urls = [
  ...builtPages()
    .filter((p) => !p.notFound)
    .map((p) => p.route),
  MISSING_ROUTE,
  "/matrix.json",
  "/favicon.ico",
  "/robots.txt",
];

describe("MDN HTTP Observatory score", () => {
  it.each(urls)("%s scores A+ with no penalty", async (urlPath) => {
    const response = await fetch(site + urlPath, { headers: { Origin: FOREIGN_ORIGIN } });
    const isHtml = response.headers.get("content-type")?.startsWith("text/html") ?? false;
    const body = await response.text();
    const s = scoreResponse({
      headers: Object.fromEntries(response.headers),
      setCookies: response.headers.getSetCookie(),
      html: isHtml ? body : undefined,
      url: DEPLOYED + urlPath,
      requestOrigin: FOREIGN_ORIGIN,
    });
    const table = s.tests.map((t) => `${t.modifier >= 0 ? "+" : ""}${t.modifier} ${t.result}`);
    expect(
      s.tests.filter((t) => t.modifier < 0),
      table.join("\n"),
    ).toEqual([]);
    expect(s.score, table.join("\n")).toBeGreaterThanOrEqual(100);
    expect(s.grade).toBe("A+");
  });
});

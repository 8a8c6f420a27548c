import { createServer } from "node:net";
import { describe, expect, inject, it } from "vitest";
import { builtRoutes, MISSING_ROUTE } from "../built-site";
import { observatoryGrade } from "./observatory";
import { startSiteProcess } from "./site-process";

/*
 * The official MDN HTTP Observatory code (@mdn/mdn-http-observatory: its retriever, its ten
 * tests and its grader) grades every response of the generated nginx setup: each page, the
 * 404 and /matrix.json, each reached the way the Observatory reaches a site (plain HTTP first,
 * following the redirect to HTTPS, with the certificate verified). A+ is 100 or more; 130 is
 * the most its bonuses reach when nothing is penalised.
 */

const { host, httpPort, httpsPort } = inject("nginx");
const urls = [...builtRoutes(), MISSING_ROUTE, "/matrix.json"];

describe("MDN HTTP Observatory grade of the nginx deployment", () => {
  it("reaches every page and the 404 page", () => {
    expect(urls.length).toBeGreaterThanOrEqual(8);
  });

  it.each(urls)("%s scores 130 or more (A+)", async (path) => {
    const result = await observatoryGrade(host, { httpPort, httpsPort, path });
    const report = `${path}: ${result.score} (${result.grade}), status ${result.status}\n${result.tests.join("\n")}`;
    console.log(`Observatory: ${path} ${result.score} (${result.grade})`);
    expect(result.status, report).toBe(path === MISSING_ROUTE ? 404 : 200);
    expect(
      result.tests.filter((t) => t.includes("(-")),
      report,
    ).toEqual([]);
    expect(result.score, report).toBeGreaterThanOrEqual(130);
    expect(result.grade).toBe("A+");
  });
});

describe("the same grader, on a server without HTTPS", () => {
  it("grades the embedded server over plain HTTP below A+ (so the check above can fail)", async () => {
    const site = await startSiteProcess();
    try {
      const result = await observatoryGrade("localhost", {
        httpPort: site.port,
        httpsPort: await closedPort(),
        path: "/",
      });
      console.log(`Observatory: embedded server over plain HTTP ${result.score} (${result.grade})`);
      expect(result.tests).toContain("redirection: redirection-missing (-20)");
      expect(result.tests).toContain(
        "strict-transport-security: hsts-not-implemented-no-https (-20)",
      );
      expect(result.score).toBeLessThan(100);
    } finally {
      await site.stop();
    }
  });
});

/** A local port nothing listens on: taken from the OS, then let go. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

import { cpSync, mkdtempSync, rmSync, symlinkSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_HEADERS } from "@/lib/headers/security-headers";
import { OUT_DIR } from "../built-site";
import { exchange, parseResponse } from "./raw-http";
import { startSiteProcess, type SiteProcess } from "./site-process";

/*
 * An error inside one request (here a file that became a symbolic-link loop after the server
 * started, so reading it fails with ELOOP) is logged and answered 500 with the security
 * headers; the process goes on serving.
 */

let scratch: string;
let site: SiteProcess;
beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), "serve-errors-"));
  cpSync(OUT_DIR, path.join(scratch, "out"), { recursive: true });
  cpSync(path.join(OUT_DIR, "../deploy"), path.join(scratch, "deploy"), { recursive: true });
  site = await startSiteProcess({ OUT_DIR: path.join(scratch, "out") });
});
afterAll(async () => {
  await site.stop();
  rmSync(scratch, { recursive: true, force: true });
});

const get = async (target: string) =>
  parseResponse(
    (
      await exchange(
        site.port,
        `GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`,
      )
    ).bytes,
    "GET",
  );

describe("an error in one request", () => {
  it("is logged and answered 500 with every header, and the server goes on", async () => {
    expect((await get("/robots.txt")).status).toBe(200);
    const robots = path.join(scratch, "out/robots.txt");
    unlinkSync(robots);
    symlinkSync("robots.txt", robots);

    const failed = await get("/robots.txt");
    expect(failed.status).toBe(500);
    expect(failed.body.toString()).toBe("500 Internal Server Error\n");
    for (const name of Object.keys(BASE_HEADERS))
      expect(failed.headers.has(name.toLowerCase()), name).toBe(true);
    await expect.poll(() => site.output()).toMatch(/"level":50.*ELOOP/);

    expect((await get("/")).status).toBe(200);
    expect(site.alive()).toBe(true);
  });
});

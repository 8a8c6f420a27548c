import { describe, expect, it } from "vitest";
import { readAudit } from "@/scripts/audit-verdict";

const report = (vulnerabilities: Record<string, unknown>, counts: Record<string, number>): string =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts },
      dependencies: { prod: 40, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 40 },
    },
  });

describe("readAudit (npm audit --json)", () => {
  it("passes a report without advisories", () => {
    expect(readAudit(report({}, {}))).toEqual({
      kind: "passed",
      counts: expect.objectContaining({ high: 0, critical: 0 }),
    });
  });

  it("passes moderate and low advisories (they are listed, not blocking)", () => {
    const v = readAudit(
      report(
        { postcss: { name: "postcss", severity: "moderate", via: [] } },
        { moderate: 1, low: 2 },
      ),
    );
    expect(v.kind).toBe("passed");
  });

  it.each(["high", "critical"])("fails on a %s advisory and names the package", (severity) => {
    const v = readAudit(
      report(
        {
          next: {
            name: "next",
            severity,
            via: [{ title: "Authorization bypass", url: "https://github.com/advisories/GHSA-x" }],
          },
          "some-wrapper": { name: "some-wrapper", severity, via: ["next"] },
        },
        { [severity]: 2 },
      ),
    );
    expect(v).toEqual({
      kind: "failed",
      counts: expect.objectContaining({ [severity]: 2 }),
      offenders: [
        `next (${severity}): Authorization bypass (https://github.com/advisories/GHSA-x)`,
        `some-wrapper (${severity}): via next`,
      ],
    });
  });

  it("fails when the counts say high even if no package entry does", () => {
    expect(readAudit(report({}, { high: 1 })).kind).toBe("failed");
  });

  it("reports the registry's refusal as unreachable with its status (what this machine gets)", () => {
    const refused = JSON.stringify({
      message:
        "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      method: "POST",
      uri: "https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      headers: { allow: ["GET,HEAD"] },
      statusCode: 405,
      body: "",
      error: { summary: "", detail: "" },
    });
    expect(readAudit(refused)).toEqual({ kind: "unreachable", status: "405" });
  });

  it("reports a network error as unreachable with its code", () => {
    const offline = JSON.stringify({
      error: { code: "ENOTFOUND", summary: "getaddrinfo ENOTFOUND" },
    });
    expect(readAudit(offline)).toEqual({ kind: "unreachable", status: "ENOTFOUND" });
  });

  it.each([
    "",
    "not json",
    JSON.stringify({ auditReportVersion: 1 }),
    JSON.stringify({ hello: 1 }),
  ])("never passes output it cannot read: %j", (out) => {
    expect(readAudit(out).kind).toBe("unreadable");
  });
});

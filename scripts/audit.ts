/**
 * `npm run test:audit`: fails on any high or critical advisory for a production dependency
 * (`npm audit --omit=dev`). When the advisory database cannot be reached, it says so loudly
 * ("NOT CHECKED") instead of passing quietly; it then exits 0 so an offline build can go on,
 * unless AUDIT_REQUIRED=1 (set it where the registry is reachable, e.g. in CI with network).
 */
import { spawnSync } from "node:child_process";
import { readAudit } from "./audit-verdict";

// Inside an npm script, npm_execpath is the npm that runs us; call the same one.
const npm = process.env.npm_execpath;
const [cmd, args] = npm
  ? [process.execPath, [npm, "audit", "--omit=dev", "--json"]]
  : ["npm", ["audit", "--omit=dev", "--json"]];
const run = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const verdict = readAudit(run.stdout ?? "");

const summary = (counts: Partial<Record<string, number>>) =>
  ["critical", "high", "moderate", "low", "info"].map((s) => `${counts[s] ?? 0} ${s}`).join(", ");

switch (verdict.kind) {
  case "passed":
    console.log(
      `audit: no high or critical advisory in production dependencies (${summary(verdict.counts)})`,
    );
    break;
  case "failed":
    console.error(
      `audit: FAILED, production dependencies have advisories (${summary(verdict.counts)}):`,
    );
    for (const o of verdict.offenders) console.error(`  ${o}`);
    console.error("Update them (npm audit fix --omit=dev, or a newer version) before shipping.");
    process.exitCode = 1;
    break;
  case "unreachable": {
    const bar = "!".repeat(78);
    console.error(
      [
        bar,
        `NOT CHECKED: audit endpoint unreachable (${verdict.status})`,
        "npm audit --omit=dev got no answer from the advisory database, so production",
        "dependencies were NOT checked for known vulnerabilities. This is not a pass.",
        bar,
      ].join("\n"),
    );
    if (process.env.AUDIT_REQUIRED === "1") process.exitCode = 1;
    break;
  }
  case "unreadable":
    console.error(
      `audit: could not read npm audit's output (exit ${run.status}):\n${verdict.detail}`,
    );
    process.exitCode = 1;
    break;
}

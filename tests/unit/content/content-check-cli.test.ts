import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/load-matrix";
import { ContentError, formatProblem, type Problem } from "@/lib/content/problems";
import { checkEdited, editFixture, MULTIPLE_ERRORS, TODAY, writeFiles } from "./fixtures";

/** The project root, where `npm run content:check` runs. */
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

/** `path:line:column — message — fix`, as content/README.md shows it. */
const LINE = /^\S+\.md:\d+:\d+ — .+ — .+$/;

/** The broken content the command reads: the valid fixture with MULTIPLE_ERRORS, in a folder. */
let broken: string;

beforeAll(async () => {
  broken = await mkdtemp(path.join(tmpdir(), "content-check-"));
  await writeFiles(await editFixture(MULTIPLE_ERRORS), broken);
});

afterAll(async () => {
  await rm(broken, { recursive: true, force: true });
});

/** Runs the real CLI as `npm run content:check <dir>` would (the CLI reads today's date from the clock). */
function contentCheck(dir: string) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/content-check.ts", dir], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run content:check", () => {
  it("exits 1 and prints every problem as path:line:column — message — fix", async () => {
    // As the command names the folder: relative to the project.
    const dir = path.relative(ROOT, broken);
    const { status, stdout, stderr } = contentCheck(dir);
    expect(status, stderr).toBe(1);
    expect(stdout).toBe("");

    // Keep the lines about the fixture's files; the summary comes after them.
    const lines = stderr.split("\n").filter((l) => l.startsWith(`${dir}/`));
    const errors = lines.filter((l) => !l.includes(" — warning: "));
    for (const line of lines) expect(line).toMatch(LINE);
    expect(errors.map((l) => l.split(" — ").slice(0, 2).join(" — "))).toEqual([
      `${dir}/attributes/overhead.md:18:14 — \`cells.virtual-machine.verdict\` must be one of advantage, neutral, disadvantage`,
      `${dir}/attributes/overhead.md:26:34 — \`:host\` is not a known inline directive`,
      `${dir}/overview.md:1:68 — unknown glossary term "hypervisr"`,
    ]);

    // Each line is the whole problem, fix included, exactly as formatProblem prints it.
    const result = await checkContent(dir, TODAY);
    expect(errors).toEqual(
      result.problems.filter((p) => p.severity === "error").map(formatProblem),
    );
    expect(stderr).toMatch(
      /content:check failed: 3 error\(s\), \d+ warning\(s\)\. See content\/README\.md\./,
    );
  }, 60_000);

  it("exits 0 on valid content and prints a summary", () => {
    const { status, stdout, stderr } = contentCheck("tests/fixtures/valid-two");
    expect(status, stderr).toBe(0);
    expect(stdout).toContain("content ok: 2 options");
    expect(stderr).not.toMatch(/^tests\/fixtures\/\S+:\d+:\d+ — (?!warning: )/m);
  }, 60_000);
});

describe("ContentError (what loadMatrix throws)", () => {
  const problem = (over: Partial<Problem>): Problem => ({
    file: "content/attributes/boot-time.md",
    line: 1,
    column: 1,
    severity: "error",
    message: "something is wrong",
    fix: "fix it",
    ...over,
  });

  it("lists every error, formatted and sorted, with the count", async () => {
    const result = await checkEdited(MULTIPLE_ERRORS);
    expect(result.ok).toBe(false);
    const error = new ContentError(result.problems);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ContentError");
    expect(error.problems).toEqual(result.problems);
    expect(error.message).toContain("Content has 3 errors:");
    const errors = result.problems.filter((p) => p.severity === "error");
    expect(errors).toHaveLength(3);
    for (const p of errors) expect(error.message).toContain(formatProblem(p));
    expect(error.message).toContain("content/README.md");
  });

  it("counts errors only and leaves warnings out of the message", () => {
    const warning = problem({ severity: "warning", message: "is 400 days old", line: 2 });
    const later = problem({ file: "content/overview.md", line: 9, message: "second" });
    const earlier = problem({ file: "content/attributes/a.md", line: 3, message: "first" });
    const error = new ContentError([warning, later, earlier]);
    expect(error.message).toContain("Content has 2 errors:");
    expect(error.message).not.toContain(formatProblem(warning));
    const at = (p: Problem) => error.message.indexOf(formatProblem(p));
    expect(at(earlier)).toBeGreaterThan(-1);
    expect(at(later)).toBeGreaterThan(at(earlier));
    expect(error.problems).toHaveLength(3);
  });

  it("says `1 error`, not `1 errors`", () => {
    const only = problem({});
    const error = new ContentError([only]);
    expect(error.message).toContain("Content has 1 error:\n");
    expect(error.message).toContain(formatProblem(only));
  });
});

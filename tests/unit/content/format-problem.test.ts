import { describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/load-matrix";
import { formatProblem } from "@/lib/content/problems";
import { TODAY } from "./fixtures";

const LINE = /^tests\/fixtures\/.+:\d+:\d+ — .+ — .+$/;

describe("formatProblem", () => {
  it("prints every problem of a broken fixture as path:line:column — message — fix", async () => {
    const result = await checkContent("tests/fixtures/broken/multiple-errors", TODAY);
    expect(result.problems.length).toBeGreaterThan(1);
    for (const problem of result.problems) {
      expect(formatProblem(problem)).toMatch(LINE);
    }
    expect(result.problems.map(formatProblem)).toContain(
      'tests/fixtures/broken/multiple-errors/overview.md:1:68 — unknown glossary term "hypervisr" — use one of: hypervisor, pass-through, tenant; or add it as a `## Term` heading in glossary.md',
    );
  });

  it("tags warnings", async () => {
    const result = await checkContent("tests/fixtures/stale-review", TODAY);
    const [warning] = result.problems;
    expect(warning).toBeDefined();
    if (!warning) return;
    expect(formatProblem(warning)).toMatch(LINE);
    expect(formatProblem(warning)).toMatch(
      /:17:15 — warning: `cells\.virtual-machine\.reviewed` is 366 days old — /,
    );
  });
});

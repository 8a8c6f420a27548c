import { describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/content/problems";
import { checkEdited, MULTIPLE_ERRORS, STALE_REVIEW, VALID } from "./fixtures";

const LINE = /^tests\/fixtures\/.+:\d+:\d+ — .+ — .+$/;

describe("formatProblem", () => {
  it("prints every problem of broken content as path:line:column — message — fix", async () => {
    const result = await checkEdited(MULTIPLE_ERRORS);
    expect(result.problems.length).toBeGreaterThan(1);
    for (const problem of result.problems) {
      expect(formatProblem(problem)).toMatch(LINE);
    }
    expect(result.problems.map(formatProblem)).toContain(
      `${VALID}/overview.md:1:68 — unknown glossary term "hypervisr" — use one of: hypervisor, pass-through, tenant; or add it as a \`## Term\` heading in glossary.md`,
    );
  });

  it("tags warnings", async () => {
    const result = await checkEdited(STALE_REVIEW);
    const [warning] = result.problems;
    expect(warning).toBeDefined();
    if (!warning) return;
    expect(formatProblem(warning)).toMatch(LINE);
    expect(formatProblem(warning)).toMatch(
      /:18:15 — warning: `cells\.virtual-machine\.reviewed` is 366 days old — /,
    );
  });
});

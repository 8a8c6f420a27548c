import { describe, expect, it } from "vitest";
import { MAX_ADVISOR_URL } from "@/lib/content/check-questions";
import { checkContentFiles } from "@/lib/content/check-content";
import { readFixture, TODAY } from "./fixtures";

/** A question file with a long id and a long answer id, so few of them make a long URL. */
function longQuestion(n: number) {
  const id = `q${n}-${"x".repeat(40)}`;
  return {
    relative: `questions/${id}.md`,
    display: `content/questions/${id}.md`,
    text: [
      "---",
      `id: ${id}`,
      `order: ${100 + n}`,
      "topic: Long",
      "question: A question with long ids?",
      "answers:",
      `  - id: a-${"y".repeat(40)}`,
      "    label: Yes",
      "  - id: not-sure",
      "    label: Not sure / doesn't matter",
      "---",
      "",
    ].join("\n"),
  };
}

describe("the advisor's URL stays shareable", () => {
  it("accepts questions whose fully answered URL fits", () => {
    const files = [
      ...readFixture("valid-two"),
      ...Array.from({ length: 10 }, (_, i) => longQuestion(i)),
    ];
    const result = checkContentFiles(files, { today: TODAY, root: "content" });
    expect(result.problems).toEqual([]);
  });

  it(`reports the last question when a fully answered URL would pass ${MAX_ADVISOR_URL} characters`, () => {
    const files = [
      ...readFixture("valid-two"),
      ...Array.from({ length: 25 }, (_, i) => longQuestion(i)),
    ];
    const result = checkContentFiles(files, { today: TODAY, root: "content" });
    expect(result.ok).toBe(false);
    const errors = result.problems.filter((p) => p.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toBe(`content/questions/q24-${"x".repeat(40)}.md`);
    expect(errors[0]!.message).toMatch(
      /with every question answered, the advisor's URL is \d+ characters \(limit 2000\)/,
    );
  });

  it("the real questionnaire, fully answered, is far below the limit", async () => {
    const { checkContent } = await import("@/lib/content/load-matrix");
    const { advisorUrl } = await import("@/lib/url-state/advisor-params");
    const r = await checkContent("content", TODAY);
    if (!r.ok) throw new Error("content has errors");
    const qs = r.matrix.questions;
    const advisor = advisorUrl(qs.map((q) => ({ id: q.id, answers: q.answers.map((a) => a.id) })));
    const longest = Object.fromEntries(
      qs.map((q) => [q.id, q.answers.reduce((a, b) => (b.id.length > a.id.length ? b : a)).id]),
    );
    const url = `/advisor${advisor.serialize({ answers: longest, step: "result" })}`;
    expect(url.length).toBeLessThan(MAX_ADVISOR_URL);
    expect(Object.keys(longest)).toHaveLength(qs.length);
  });
});

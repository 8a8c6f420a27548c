import { describe, expect, it } from "vitest";
import { flowSteps, RESULT } from "@/lib/advisor/steps";
import { MAX_ADVISOR_URL } from "@/lib/content/check-questions";
import { checkContentFiles, type ContentFile } from "@/lib/content/check-content";
import { checkContent, today } from "@/lib/content/load-matrix";
import { IMPORTANCE } from "@/lib/model/constants";
import { advisorUrl } from "@/lib/url-state/advisor-params";
import { readFixture, TODAY } from "./fixtures";

/**
 * valid-two's advisor URL with every question given its longest answer and every factor's
 * priority changed to the longest level, written out by hand (159 characters).
 */
const VALID_TWO_LONGEST =
  "/advisor?speed=critical&launch=not-sure&alone=not-sure&detail=not-sure" +
  "&need=host-overhead.important,launch-speed.important,single-tenancy.important&step=result";

/** What one long question adds to that URL: `&q0-xxx…=a-yyy…`, 87 characters (88 from q10). */
const LONG_ID = (n: number) => `q${n}-${"x".repeat(40)}`;
const LONG_ANSWER = `a-${"y".repeat(40)}`;

/** A question file with a long id and a long answer id, so few of them make a long URL. */
function longQuestion(n: number): ContentFile {
  const id = LONG_ID(n);
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
      `  - id: ${LONG_ANSWER}`,
      "    label: Yes",
      "  - id: not-sure",
      "    label: Not sure / doesn't matter",
      "---",
      "",
    ].join("\n"),
  };
}

/** valid-two with `count` long questions, and factors.md with `factors` more factors. */
function withLong(count: number, factorIds: readonly string[] = []): ContentFile[] {
  const extra = factorIds
    .map(
      (id) =>
        `  - id: ${id}\n    name: Extra\n    need: Something extra\n    help: An extra factor.\n    category: performance\n`,
    )
    .join("");
  return [
    ...readFixture("valid-two").map((f) =>
      f.relative === "factors.md" ? { ...f, text: f.text.replace(/---\n$/, `${extra}---\n`) } : f,
    ),
    ...Array.from({ length: count }, (_, i) => longQuestion(i)),
  ];
}

const errorsOf = (files: ContentFile[]) =>
  checkContentFiles(files, { today: TODAY, root: "content" }).problems.filter(
    (p) => p.severity === "error",
  );

const TOO_LONG =
  /^with every question answered and every priority changed, the advisor's URL is (\d+) characters \(limit 1000\)$/;

describe("the advisor's URL stays shareable", () => {
  it("the hand-written longest URL of valid-two is what its questions and factors give", () => {
    expect(VALID_TWO_LONGEST).toHaveLength(159);
    expect(`&${LONG_ID(0)}=${LONG_ANSWER}`).toHaveLength(87);
    expect(MAX_ADVISOR_URL).toBe(1000);
  });

  it("accepts content whose fully answered, fully re-prioritised URL fits", () => {
    // 159 + 9 x 87 = 942 characters.
    const result = checkContentFiles(withLong(9), { today: TODAY, root: "content" });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it(`reports the last question when that URL would pass ${MAX_ADVISOR_URL} characters`, () => {
    const errors = errorsOf(withLong(10));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toBe(`content/questions/${LONG_ID(9)}.md`);
    expect([errors[0]!.line, errors[0]!.column]).toEqual([2, 5]);
    expect(errors[0]!.message).toMatch(TOO_LONG);
    expect(Number(TOO_LONG.exec(errors[0]!.message)?.[1])).toBe(159 + 10 * 87);
    expect(errors[0]!.fix).toBe("shorten question, answer and factor ids, or ask fewer questions");
  });

  it("counts every factor's priority: 1000 characters fit, 1001 do not", () => {
    // Each 48-character factor id adds `,<id>.important`, 59 characters: 942 + 59 = 1001 is one
    // too many, so the boundary is made with a 47-character id (58 characters, 1000 in all).
    const at47 = `f-${"z".repeat(45)}`;
    const at48 = `g-${"z".repeat(46)}`;
    expect(errorsOf(withLong(9, [at47]))).toEqual([]);
    const errors = errorsOf(withLong(9, [at48]));
    expect(errors.map((e) => e.message)).toEqual([
      "with every question answered and every priority changed, the advisor's URL is 1001 characters (limit 1000)",
    ]);
  });

  it("the real questionnaire, fully answered and re-prioritised, fits and reads back", async () => {
    // Checked against today's date, as the build checks it (its reviews are recent).
    const r = await checkContent("content", today());
    if (!r.ok) throw new Error("content has errors");
    const { questions, factors } = r.matrix;
    const advisor = advisorUrl({
      questions: questions.map((q) => ({ id: q.id, answers: q.answers.map((a) => a.id) })),
      factors: factors.map((f) => f.id),
      steps: [...flowSteps(r.matrix).map((s) => s.id), RESULT],
    });
    const longestLevel = [...IMPORTANCE].sort((a, b) => b.length - a.length)[0]!;
    const state = {
      answers: Object.fromEntries(
        questions.map((q) => [
          q.id,
          q.answers.reduce((a, b) => (b.id.length > a.id.length ? b : a)).id,
        ]),
      ),
      overrides: Object.fromEntries(factors.map((f) => [f.id, longestLevel])),
      step: RESULT,
    };
    const url = `/advisor${advisor.serialize(state)}`;
    expect(url.length).toBeLessThanOrEqual(MAX_ADVISOR_URL);
    // Every answer and every priority is in it, and it reads back as the same state.
    expect(advisor.parse(url.slice("/advisor".length))).toEqual(state);
    expect(Object.keys(state.overrides)).toHaveLength(factors.length);
  });
});

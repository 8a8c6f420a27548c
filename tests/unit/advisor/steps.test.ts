import { beforeAll, describe, expect, it } from "vitest";
import { placeOf } from "@/lib/advisor/steps";
import type { Question } from "@/lib/model/schema";
import type { Step } from "@/lib/url-state/advisor-params";
import { matrixOf } from "./load";

let questions: Question[];
beforeAll(async () => {
  // Questions speed, launch, alone, and detail (asked only when speed = critical).
  questions = (await matrixOf("tests/fixtures/valid-two")).questions;
});

describe("placeOf: where a step sits, counting only questions that apply", () => {
  it.each<
    [
      string,
      Record<string, string>,
      Step,
      { q?: string; index: number; total: number; previous: Step; next: Step },
    ]
  >([
    ["start", {}, null, { index: 0, total: 3, previous: null, next: "speed" }],
    [
      "first question",
      {},
      "speed",
      { q: "speed", index: 1, total: 3, previous: null, next: "launch" },
    ],
    [
      "last question",
      {},
      "alone",
      { q: "alone", index: 3, total: 3, previous: "launch", next: "review" },
    ],
    [
      "a follow-up applies",
      { speed: "critical" },
      "speed",
      { q: "speed", index: 1, total: 4, previous: null, next: "launch" },
    ],
    [
      "the follow-up itself",
      { speed: "critical" },
      "detail",
      { q: "detail", index: 4, total: 4, previous: "alone", next: "review" },
    ],
    [
      "a follow-up that no longer applies resumes at the review",
      { speed: "not-sure" },
      "detail",
      { index: 4, total: 3, previous: "alone", next: "result" },
    ],
    ["review", {}, "review", { index: 4, total: 3, previous: "alone", next: "result" }],
    ["result", {}, "result", { index: 4, total: 3, previous: "review", next: null }],
  ])("%s", (_, answers, step, want) => {
    const p = placeOf(questions, answers, step);
    expect(p.question?.id).toBe(want.q);
    expect({ index: p.index, total: p.total, previous: p.previous, next: p.next }).toEqual({
      index: want.index,
      total: want.total,
      previous: want.previous,
      next: want.next,
    });
  });
});

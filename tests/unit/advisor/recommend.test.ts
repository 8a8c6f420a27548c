import { describe, expect, it } from "vitest";
import { pointsOf } from "@/lib/advisor/factor-cells";
import { prioritiesOf } from "@/lib/advisor/priorities";
import { rank } from "@/lib/advisor/rank";
import { recommend } from "@/lib/advisor/recommend";
import { cell, modelOf, question, type CellSpec } from "./model";

const OPTIONS = ["metal", "vm"];
const none = { answers: {}, overrides: {} };

describe("a factor's cell follows from its rows", () => {
  it.each<[string, CellSpec[][], string, { verdict: string | null; evidence: string }]>([
    ["one stated row", [["a", "d"]], "metal", { verdict: "advantage", evidence: "stated" }],
    [
      "a stated row beside an unstated one",
      [
        ["?", "?"],
        ["a", "d"],
      ],
      "metal",
      { verdict: "advantage", evidence: "stated" },
    ],
    [
      "a derived row and a stated row: stated",
      [
        ["a~", "d"],
        ["a", "?"],
      ],
      "metal",
      { verdict: "advantage", evidence: "stated" },
    ],
    ["only derived rows", [["a~", "d~"]], "vm", { verdict: "disadvantage", evidence: "derived" }],
    [
      "only unstated rows: no verdict",
      [
        ["?", "a"],
        ["?", "a"],
      ],
      "metal",
      { verdict: null, evidence: "unstated" },
    ],
  ])("%s", (_label, rows, option, expected) => {
    const m = modelOf(OPTIONS, { f: rows });
    const c = m.cells.get("f")!.get(option)!;
    expect({ verdict: c.verdict, evidence: c.evidence }).toEqual(expected);
    expect(c.rows).toHaveLength(rows.length);
  });

  it("an unstated cell earns what a neutral one earns: it weighs for no option", () => {
    expect(pointsOf({ verdict: null, evidence: "unstated", unavailable: null, rows: [] })).toBe(1);
    expect(pointsOf({ verdict: "neutral", evidence: "stated", unavailable: null, rows: [] })).toBe(
      1,
    );
  });
});

describe("priorities", () => {
  const questions = [
    question("kind", { train: { speed: "important", steady: "nice" }, serve: { speed: "nice" } }),
    question("scale", { many: { speed: "must" } }),
  ];
  const factors = [{ id: "speed" }, { id: "steady" }, { id: "other" }];

  it.each<[string, Record<string, string>, Record<string, string>, Record<string, string>]>([
    ["nothing answered: nothing matters", {}, {}, { speed: "none", steady: "none", other: "none" }],
    [
      "an answer presets its factors",
      { kind: "train" },
      {},
      { speed: "important", steady: "nice", other: "none" },
    ],
    [
      "the highest preset wins",
      { kind: "train", scale: "many" },
      {},
      { speed: "must", steady: "nice", other: "none" },
    ],
    [
      "not sure presets nothing",
      { kind: "not-sure" },
      {},
      { speed: "none", steady: "none", other: "none" },
    ],
    [
      "the visitor's own setting wins",
      { kind: "train" },
      { speed: "none", other: "nice" },
      { speed: "none", steady: "nice", other: "nice" },
    ],
  ])("%s", (_label, answers, overrides, expected) => {
    const p = prioritiesOf(factors, questions, answers, overrides as never);
    expect(Object.fromEntries(p.map((x) => [x.factorId, x.importance]))).toEqual(expected);
  });

  it("says which answers set a preset and whether the visitor changed it", () => {
    const [speed, steady] = prioritiesOf(factors, questions, { kind: "train" }, { steady: "nice" });
    expect(speed).toMatchObject({ preset: "important", from: ["kind"], edited: false });
    expect(steady).toMatchObject({ preset: "nice", edited: false });
  });
});

describe("rule-outs", () => {
  it("a must-have rules an option out where its cell is stated unavailable", () => {
    const m = modelOf(OPTIONS, { part: ["d!", "a"] });
    const r = recommend(m, { answers: {}, overrides: { part: "must" } });
    expect(r.status).toBe("only");
    expect(r.winner).toBe("vm");
    expect(r.options.find((o) => o.optionId === "metal")!.excludedBy).toEqual([
      { optionId: "metal", factorId: "part", attributeId: "part-0" },
    ]);
    // Ruled out, yet scored and compared: the runner-up is the option that was ruled out.
    expect(r.runnerUp).toBe("metal");
  });

  it("important is not must: nothing is ruled out", () => {
    const m = modelOf(OPTIONS, { part: ["d!", "a"] });
    expect(recommend(m, { answers: {}, overrides: { part: "important" } }).status).toBe(
      "recommend",
    );
  });

  it.each<[string, CellSpec]>([
    ["a derived disadvantage", "d~"],
    ["an unstated cell", "?"],
    ["a stated disadvantage not marked unavailable", "d"],
  ])("%s never rules an option out; a must-have on it weighs and asks to verify", (_l, spec) => {
    const m = modelOf(OPTIONS, { part: [spec, "a"] });
    const r = recommend(m, { answers: {}, overrides: { part: "must" } });
    expect(r.options.every((o) => o.excludedBy.length === 0)).toBe(true);
    expect(r.winner).toBe("vm");
    if (spec !== "d")
      expect(r.verify).toContainEqual(
        expect.objectContaining({ optionId: "metal", factorId: "part", importance: "must" }),
      );
  });

  it("a cell marked unavailable counts only when stated, even if content checks were skipped", () => {
    const m = modelOf(OPTIONS, { part: ["d~", "a"] });
    const row = m.cells.get("part")!.get("metal")!;
    // Forged: a derived row claiming unavailability.
    (row as { unavailable: unknown }).unavailable = { attributeId: "part-0" };
    const r = rank(m, { answers: {}, overrides: { part: "must" } });
    expect(r.scores.every((s) => s.excludedBy.length === 0)).toBe(true);
  });

  it("every option ruled out: none fits, and it says why", () => {
    const m = modelOf(OPTIONS, { a: ["d!", "a"], b: ["a", "d!"] });
    const r = recommend(m, { answers: {}, overrides: { a: "must", b: "must" } });
    expect(r.status).toBe("none");
    expect(r.winner).toBeNull();
    expect(r.confidence.reasons[0]).toMatchObject({ kind: "ruled-out" });
    expect(r.confidence.reasons[0]).toHaveProperty("exclusions.length", 2);
  });
});

describe("scores, reasons and trade-offs", () => {
  const m = modelOf(OPTIONS, {
    overhead: ["a", "d"],
    steady: ["a", "d"],
    launch: [
      ["d", "a"],
      ["?", "a"],
    ],
    images: ["?", "a"],
    fabric: ["n", "n"],
  });

  it("sums weight x points; a factor with two rows counts once", () => {
    const r = rank(m, { answers: {}, overrides: { overhead: "important", launch: "important" } });
    // overhead: metal 3x2, vm 0; launch: metal 0, vm 3x2.
    expect(r.scores.map((s) => [s.optionId, s.points, s.max])).toEqual([
      ["metal", 6, 12],
      ["vm", 6, 12],
    ]);
    expect(r.top).toEqual(["metal", "vm"]);
  });

  it("a tie says either fits, with low confidence", () => {
    const r = recommend(m, {
      answers: {},
      overrides: { overhead: "important", launch: "important" },
    });
    expect(r.status).toBe("either");
    expect(r.winner).toBeNull();
    expect(r.confidence).toEqual({ level: "low", reasons: [{ kind: "tie" }] });
  });

  it("nothing weighed is a tie too", () => {
    expect(recommend(m, none).status).toBe("either");
  });

  it("lists reasons and trade-offs, largest first, and the share of the lead that is stated", () => {
    const r = recommend(m, {
      answers: {},
      overrides: { overhead: "important", steady: "must", images: "nice" },
    });
    expect(r.winner).toBe("metal");
    expect(r.reasons.map((c) => [c.factorId, c.points, c.stated])).toEqual([
      ["steady", 12, true],
      ["overhead", 6, true],
    ]);
    expect(r.tradeOffs.map((c) => [c.factorId, c.points, c.stated])).toEqual([
      ["images", 1, false],
    ]);
    expect(r.lead.points).toBe(17);
    expect(r.lead.share).toBeCloseTo(17 / 20);
    expect(r.statedShare).toBe(1);
    expect(r.options.find((o) => o.optionId === "vm")!.winsOn.map((c) => c.factorId)).toEqual([
      "images",
    ]);
  });

  it("puts every non-stated cell of a weighed factor on the verify list, must-haves first", () => {
    const r = recommend(m, { answers: {}, overrides: { images: "nice", launch: "must" } });
    expect(r.winner).toBe("vm");
    expect(r.verify.map((v) => [v.optionId, v.attributeId, v.evidence, v.importance])).toEqual([
      ["metal", "launch-1", "unstated", "must"],
      ["metal", "images-0", "unstated", "nice"],
    ]);
  });
});

describe("confidence", () => {
  const m = modelOf(OPTIONS, {
    overhead: ["a", "d"],
    steady: ["a", "d"],
    gpu: ["a~", "d~"],
    images: ["d", "a"],
    snaps: ["d", "a"],
  });

  it.each<[string, Record<string, "must" | "important" | "nice" | "none">, string, string]>([
    [
      "a wide stated lead no minor move overturns",
      { overhead: "important", steady: "important" },
      "metal",
      "high",
    ],
    [
      "a lead that a nice-to-have flips is never high",
      { overhead: "nice", images: "nice", snaps: "nice" },
      "vm",
      "low",
    ],
    ["a lead resting on derived facts", { gpu: "important" }, "metal", "low"],
    [
      "a clear lead, half of it on derived facts",
      { overhead: "important", gpu: "important", images: "nice" },
      "metal",
      "medium",
    ],
  ])("%s", (_label, overrides, winner, level) => {
    const r = recommend(m, { answers: {}, overrides });
    expect(r.winner).toBe(winner);
    expect(r.confidence.level).toBe(level);
  });

  it("names the move that overturns a fragile result", () => {
    const r = recommend(m, {
      answers: {},
      overrides: { overhead: "nice", images: "nice", snaps: "nice" },
    });
    const robust = r.confidence.reasons.find((x) => x.kind === "robust");
    expect(robust).toMatchObject({ kind: "robust" });
    expect(robust && robust.kind === "robust" && robust.minorFlips).toBeGreaterThan(0);
  });
});

describe("what would change it", () => {
  const questions = [
    question("kind", {
      train: { overhead: "important", steady: "important" },
      serve: { images: "important", snaps: "important" },
    }),
  ];
  const m = modelOf(
    OPTIONS,
    { overhead: ["a", "d"], steady: ["a", "d"], images: ["d", "a"], snaps: ["d", "a"] },
    questions,
  );

  it("lists priority moves, fewest levels first, then answers, each with its outcome", () => {
    const r = recommend(m, { answers: { kind: "train" }, overrides: {} });
    expect(r.winner).toBe("metal");
    const priority = r.flips.filter((f) => f.kind === "priority");
    expect(priority.length).toBeGreaterThan(0);
    const steps = priority.map((f) => (f.kind === "priority" ? f.steps : 0));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    const answers = r.flips.filter((f) => f.kind === "answer");
    expect(r.flips.slice(-answers.length)).toEqual(answers);
    expect(answers).toContainEqual({
      kind: "answer",
      questionId: "kind",
      from: "train",
      to: "serve",
      top: ["vm"],
    });
    for (const f of r.flips) expect(f.top).not.toEqual(["metal"]);
  });

  it("a result no single change overturns has no flips", () => {
    const wide = modelOf(OPTIONS, { overhead: ["a", "d"], steady: ["a", "d"], other: ["a", "d"] });
    const r = recommend(wide, {
      answers: {},
      overrides: { overhead: "must", steady: "must", other: "must" },
    });
    expect(r.flips).toEqual([]);
  });
});

describe("three options", () => {
  it("compares the winner with the next in the running and scores the rest", () => {
    const m = modelOf(["metal", "vm", "box"], { a: ["a", "n", "d"], b: ["a", "d", "n"] });
    const r = recommend(m, { answers: {}, overrides: { a: "important", b: "important" } });
    expect(r.winner).toBe("metal");
    expect(r.options.map((o) => [o.optionId, o.points])).toEqual([
      ["metal", 12],
      ["vm", 3],
      ["box", 3],
    ]);
    expect(r.runnerUp).toBe("vm");
  });
});

it("cell(): the spec helper makes the cells the schema describes", () => {
  expect(cell("?")).toEqual({ evidence: "unstated", source: "src", reviewed: "2026-11-01" });
  expect(cell("d!")).toMatchObject({
    evidence: "stated",
    verdict: "disadvantage",
    unavailable: true,
  });
});

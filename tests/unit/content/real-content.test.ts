import { beforeAll, describe, expect, it } from "vitest";
import { checkContent, today } from "@/lib/content/load-matrix";
import type { FeatureMatrix } from "@/lib/model/schema";
import { formatProblem } from "@/lib/content/problems";

const REQUIRED_TERMS = [
  "hypervisor",
  "smt",
  "numa",
  "nvme",
  "raid",
  "infiniband",
  "roce",
  "tenant",
  "qos",
  "pass-through",
  "snapshot",
];

describe("the real content/ folder", () => {
  let matrix: FeatureMatrix;

  beforeAll(async () => {
    // Checked against today's date, exactly as `npm run content:check` does before a build.
    const result = await checkContent("content", today());
    const errors = result.problems.filter((p) => p.severity === "error").map(formatProblem);
    expect(errors).toEqual([]);
    if (!result.ok) throw new Error("content/ did not validate");
    matrix = result.matrix;
  });

  it("has two options, bare metal first", () => {
    expect(matrix.options.map((o) => o.id)).toEqual(["bare-metal", "virtual-machine"]);
  });

  it("has at least 24 attributes, each with exactly one cell per option", () => {
    expect(matrix.attributes.length).toBeGreaterThanOrEqual(24);
    const optionIds = matrix.options.map((o) => o.id).sort();
    for (const attribute of matrix.attributes) {
      expect(Object.keys(attribute.cells).sort(), attribute.id).toEqual(optionIds);
    }
  });

  it("keeps every cell value within 60 characters", () => {
    const tooLong = matrix.attributes.flatMap((a) =>
      Object.entries(a.cells)
        .filter(([, cell]) => cell.value.length > 60)
        .map(([option, cell]) => `${a.id}.${option}: ${cell.value.length}`),
    );
    expect(tooLong).toEqual([]);
  });

  it("defines every required glossary term", () => {
    const ids = new Set(matrix.glossary.map((g) => g.id));
    expect(REQUIRED_TERMS.filter((t) => !ids.has(t))).toEqual([]);
  });

  it("gives every inferred cell a note", () => {
    const bare = matrix.attributes.flatMap((a) =>
      Object.entries(a.cells)
        .filter(([, cell]) => cell.inferred && !cell.note)
        .map(([option]) => `${a.id}.${option}`),
    );
    expect(bare).toEqual([]);
  });
});

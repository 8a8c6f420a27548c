import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { checkContentFiles } from "@/lib/content/check-content";
import { checkContent, readContentFiles, today } from "@/lib/content/load-matrix";
import { NOT_SURE } from "@/lib/model/constants";
import type { Cell, FeatureMatrix } from "@/lib/model/schema";
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
  /** Every cell, named `attribute.option`. */
  let cells: { name: string; attribute: string; cell: Cell }[];

  beforeAll(async () => {
    // Checked against today's date, exactly as `npm run content:check` does before a build.
    const result = await checkContent("content", today());
    const errors = result.problems.filter((p) => p.severity === "error").map(formatProblem);
    expect(errors).toEqual([]);
    if (!result.ok) throw new Error("content/ did not validate");
    matrix = result.matrix;
    cells = matrix.attributes.flatMap((a) =>
      Object.entries(a.cells).map(([option, cell]) => ({
        name: `${a.id}.${option}`,
        attribute: a.id,
        cell,
      })),
    );
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
    const tooLong = cells.flatMap(({ name, cell }) =>
      cell.evidence !== "unstated" && cell.value.length > 60
        ? [`${name}: ${cell.value.length}`]
        : [],
    );
    expect(tooLong).toEqual([]);
  });

  it("defines every required glossary term", () => {
    const ids = new Set(matrix.glossary.map((g) => g.id));
    expect(REQUIRED_TERMS.filter((t) => !ids.has(t))).toEqual([]);
  });

  it("has each kind of evidence, and more stated cells than the others together", () => {
    const count = (e: Cell["evidence"]) => cells.filter(({ cell }) => cell.evidence === e).length;
    expect(count("derived")).toBeGreaterThan(0);
    expect(count("unstated")).toBeGreaterThan(0);
    expect(count("stated")).toBeGreaterThan(count("derived") + count("unstated"));
  });

  it("cites, in every cell, a source with an https URL and a read date", () => {
    const sources = new Map(matrix.sources.map((s) => [s.id, s]));
    const unsourced = cells.flatMap(({ name, cell }) => {
      const source = sources.get(cell.source);
      return source && /^https:\/\/\S+$/.test(source.url) && source.read ? [] : [name];
    });
    expect(unsourced).toEqual([]);
  });

  it("gives every derived cell a note that cites a source", () => {
    const bare = cells.flatMap(({ name, cell }) =>
      cell.evidence === "derived" && !/:cite\[[^\]]+\]/.test(cell.note ?? "") ? [name] : [],
    );
    expect(bare).toEqual([]);
  });

  it("gives no unstated cell a value, verdict or unavailable mark", () => {
    const withValue = cells.flatMap(({ name, cell }) =>
      cell.evidence === "unstated" &&
      ["value", "verdict", "unavailable"].some((key) => Object.hasOwn(cell, key))
        ? [name]
        : [],
    );
    expect(withValue).toEqual([]);
  });

  it("marks cells unavailable only where the source states a disadvantage", () => {
    const marked = cells.filter(({ cell }) => cell.evidence !== "unstated" && cell.unavailable);
    expect(marked.length).toBeGreaterThan(0);
    for (const { name, cell } of marked) {
      expect(cell, name).toMatchObject({ evidence: "stated", verdict: "disadvantage" });
    }
  });

  it("gives every factor rows, and every row a factor that exists", () => {
    const factorIds = new Set(matrix.factors.map((f) => f.id));
    expect(matrix.attributes.filter((a) => !factorIds.has(a.factor)).map((a) => a.id)).toEqual([]);
    const rowless = matrix.factors.filter((f) => !matrix.attributes.some((a) => a.factor === f.id));
    expect(rowless.map((f) => f.id)).toEqual([]);
  });

  it("keeps the verdicts of one factor's rows in agreement, option by option", () => {
    const disagreements: string[] = [];
    for (const factor of matrix.factors) {
      const rows = matrix.attributes.filter((a) => a.factor === factor.id);
      for (const option of matrix.options) {
        const verdicts = new Set(
          rows.flatMap((a) => {
            const cell = a.cells[option.id];
            return cell && cell.evidence !== "unstated" ? [cell.verdict] : [];
          }),
        );
        if (verdicts.size > 1) disagreements.push(`${factor.id}.${option.id}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it("asks every factor in a category the factor's rows belong to", () => {
    const astray = matrix.attributes.flatMap((a) => {
      const factor = matrix.factors.find((f) => f.id === a.factor);
      return factor && factor.category !== a.category ? [`${a.id} (${factor.id})`] : [];
    });
    expect(astray).toEqual([]);
  });

  it("weighs only factors in the questions, and gives `not-sure` no effect", () => {
    const factorIds = new Set(matrix.factors.map((f) => f.id));
    for (const q of matrix.questions) {
      const notSure = q.answers.find((a) => a.id === NOT_SURE);
      expect(notSure?.priorities, `${q.id}.${NOT_SURE}`).toEqual({});
      for (const a of q.answers) {
        const unknown = Object.keys(a.priorities).filter((id) => !factorIds.has(id));
        expect(unknown, `${q.id}.${a.id}`).toEqual([]);
      }
    }
  });
});

describe("content/README.md", () => {
  it("shows example files that pass the check in place of the real ones", async () => {
    const guide = readFileSync("content/README.md", "utf8");
    const examples = [...guide.matchAll(/```markdown\n(---\n[\s\S]*?)```/g)].map((m) => m[1]!);
    // The question and the attribute example.
    expect(examples).toHaveLength(2);
    const files = await readContentFiles("content");
    for (const text of examples) {
      const id = /^id: (\S+)$/m.exec(text)?.[1];
      const relative = `${text.includes("\nanswers:\n") ? "questions" : "attributes"}/${id}.md`;
      const file = files.find((f) => f.relative === relative);
      expect(file, relative).toBeDefined();
      if (file) file.text = text;
    }
    const result = checkContentFiles(files, { today: today(), root: "content" });
    expect(result.problems.filter((p) => p.severity === "error").map(formatProblem)).toEqual([]);
  });
});

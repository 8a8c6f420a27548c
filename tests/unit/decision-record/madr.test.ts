import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { beforeAll, describe, expect, it } from "vitest";
import { advisorModel, type AdvisorModel } from "@/lib/advisor/rank";
import { recommend } from "@/lib/advisor/recommend";
import { checkContent } from "@/lib/content/load-matrix";
import {
  decisionRecord,
  escapeMarkdown,
  teamSentence,
  type RecordInput,
} from "@/lib/decision-record/madr";
import type { FeatureMatrix } from "@/lib/model/schema";

const PRETRAINING = {
  kind: "pretraining",
  scale: "multi-node",
  life: "months",
  share: "one-team",
  rules: "none",
};
const INFERENCE = {
  kind: "inference",
  scale: "part-node",
  life: "hours",
  share: "one-team",
  rules: "none",
};
const LINK = "https://deployment-advisor.example/plan?w=Pre-training~kind:pretraining";

let matrix: FeatureMatrix;
let model: AdvisorModel;
beforeAll(async () => {
  const r = await checkContent("content", new Date().toISOString().slice(0, 10));
  if (!r.ok) throw new Error("content has errors");
  matrix = r.matrix;
  model = advisorModel(matrix);
});

function input(workloads: { name: string; answers: Record<string, string> }[]): RecordInput {
  return {
    model,
    matrix,
    date: "2026-11-29",
    link: LINK,
    workloads: workloads.map((w) => ({
      name: w.name,
      answers: Object.entries(w.answers).map(([question, answer]) => ({ question, answer })),
      result: recommend(model, { answers: w.answers, overrides: {} }),
    })),
  };
}

/** Level-2 headings, in order. */
function sections(markdown: string): string[] {
  return [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
}

const MADR = [
  "Context and Problem Statement",
  "Decision Drivers",
  "Considered Options",
  "Decision Outcome",
  "Pros and Cons of the Options",
  "More Information",
];

describe("decision record (MADR 4.0)", () => {
  it("has the MADR front matter and sections, in order, for one result", () => {
    const md = decisionRecord(input([{ name: "Pre-training", answers: PRETRAINING }]));
    expect(md.startsWith("---\nstatus: proposed\ndate: 2026-11-29\n---\n\n# ")).toBe(true);
    expect(sections(md)).toEqual(MADR);
    expect(md).toContain('Chosen option: "Bare metal", because it does better on');
    expect(md).toMatch(/^### Consequences$/m);
    expect(md).toMatch(/^### Confirmation$/m);
    expect(md).toMatch(/^\* Good, because /m);
    expect(md).toMatch(/^\* Bad, because /m);
    // The verify list becomes a checklist to confirm the decision with.
    expect(md).toMatch(/^\* \[ \] Ask the provider: /m);
    expect(md).toContain(`* The result this record reproduces: <${LINK}>`);
  });

  it("gives a plan one record with a part per workload and a sentence for the team", () => {
    const md = decisionRecord(
      input([
        { name: "Pre-training", answers: PRETRAINING },
        { name: "Inference API", answers: INFERENCE },
      ]),
    );
    expect(sections(md)).toEqual(MADR);
    expect(md).toContain("Bare metal for Pre-training; Virtual machine for Inference API.");
    for (const name of ["Pre-training", "Inference API"]) expect(md).toContain(`### ${name}`);
    expect(md).toMatch(/^#### Consequences$/m);
    expect(md).toMatch(/^#### Confirmation$/m);
  });

  it("cites each pro and con with its source's URL", () => {
    const md = decisionRecord(input([{ name: "Pre-training", answers: PRETRAINING }]));
    const pros = md.slice(md.indexOf("## Pros and Cons"), md.indexOf("## More Information"));
    const links = [...pros.matchAll(/\]\((https:\/\/[^)\s]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    const urls = new Set(matrix.sources.map((s) => s.url));
    for (const url of links) expect(urls).toContain(url);
  });

  it("is CommonMark and GFM without raw HTML, whatever a workload is called", () => {
    const hostile = "## <script>alert(1)</script> *x* [y](javascript:alert(1)) | ~z~ &amp; &#35; #";
    const md = decisionRecord(
      input([
        { name: hostile, answers: PRETRAINING },
        { name: "Inference", answers: INFERENCE },
      ]),
    );
    const tree = unified().use(remarkParse).use(remarkGfm).parse(md);
    const kinds = new Set<string>();
    const hrefs: string[] = [];
    visit(tree, (node) => {
      kinds.add(node.type);
      if (node.type === "link") hrefs.push(node.url);
    });
    expect(kinds.has("html")).toBe(false);
    expect(kinds.has("emphasis")).toBe(false);
    expect(kinds.has("delete")).toBe(false);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
    // The name reads as itself once rendered: every markup character was escaped.
    expect(md).toContain(`### ${escapeMarkdown(hostile)}`);
    const headings: string[] = [];
    visit(tree, "heading", (h) => void (h.depth === 3 && headings.push(toString(h))));
    expect(headings).toContain(hostile);
  });
});

describe("teamSentence", () => {
  const result = (winner: string | null, status: "recommend" | "either" | "none" = "recommend") =>
    ({ winner, status, top: winner ? [winner] : status === "either" ? ["a", "b"] : [] }) as never;
  const name = (id: string) => ({ a: "Bare metal", b: "Virtual machine" })[id] ?? id;

  it.each<[string, { name: string; result: never }[], string]>([
    ["one workload", [{ name: "Training", result: result("a") }], "Bare metal for Training."],
    [
      "groups workloads that share an outcome, in first-seen order",
      [
        { name: "Pre-training", result: result("a") },
        { name: "Inference API", result: result("b") },
        { name: "Notebooks", result: result("b") },
      ],
      "Bare metal for Pre-training; Virtual machine for Inference API and Notebooks.",
    ],
    [
      "says either and none in words",
      [
        { name: "Batch", result: result(null, "either") },
        { name: "Odd", result: result(null, "none") },
      ],
      "Either option (Bare metal or Virtual machine) for Batch; no option for Odd.",
    ],
  ])("%s", (_label, workloads, expected) => {
    expect(teamSentence(workloads, name)).toBe(expected);
  });
});

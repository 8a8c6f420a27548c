import { UNSTATED_VALUE } from "../model/constants";
import type { FeatureMatrix, Importance, Verdict } from "../model/schema";
import type { AdvisorModel } from "../advisor/rank";
import type { Recommendation } from "../advisor/recommend";

/** One workload's part of a decision record: its name, what was chosen and why. */
export interface RecordedWorkload {
  name: string;
  /** Answers in words: question, answer label. */
  answers: { question: string; answer: string }[];
  result: Recommendation;
}

export interface RecordInput {
  model: AdvisorModel;
  /** For names, values and citations. */
  matrix: Pick<FeatureMatrix, "options" | "factors" | "attributes"> & {
    sources: readonly Pick<FeatureMatrix["sources"][number], "id" | "label" | "url">[];
  };
  workloads: readonly RecordedWorkload[];
  /** The record's date, YYYY-MM-DD. */
  date: string;
  /** The absolute link that reproduces the result or plan. */
  link: string;
}

const LEVEL: Record<Importance, string> = {
  must: "must have",
  important: "important",
  nice: "nice to have",
  none: "does not matter",
};
const CONFIDENCE = { high: "high", medium: "medium", low: "low" } as const;

/**
 * Escapes text written inside a line of Markdown: characters that would start inline markup
 * (emphasis, links, code, HTML, tables, strikethrough, character references, a heading's
 * closing `#`s) are backslash-escaped and line breaks become spaces, so content and workload
 * names stay text. (A bare address in a name still becomes a link in GFM, which links it after
 * escapes are read; its text is its target, so it cannot pass for another.)
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/[\\`*_[\]<>|~#]/g, "\\$&")
    .replace(/&(?=#?\w+;)/g, "\\&");
}

/** A workload's outcome in one clause, e.g. "Bare metal" or "either option". */
function outcomeOf(r: Recommendation, option: (id: string) => string): string {
  if (r.winner) return option(r.winner);
  return r.status === "either" ? `either option (${r.top.map(option).join(" or ")})` : "no option";
}

/**
 * An architecture decision record in the MADR 4.0 layout: front matter (status, date), context
 * and problem statement, decision drivers, considered options, decision outcome with
 * consequences and confirmation, pros and cons of each option (each citing its source), and more
 * information (the link that reproduces the result). A plan gets one record, with a part per
 * workload in the sections that differ between workloads. Plain CommonMark and GFM, no HTML,
 * so it renders on GitHub and in wikis. Pure.
 */
export function decisionRecord(input: RecordInput): string {
  const { matrix, workloads, date, link } = input;
  const option = (id: string) => matrix.options.find((o) => o.id === id)?.name ?? id;
  const factor = (id: string) => matrix.factors.find((f) => f.id === id);
  const source = (id: string) => matrix.sources.find((s) => s.id === id);
  const esc = escapeMarkdown;
  const plan = workloads.length > 1;
  const section = (w: RecordedWorkload, level: string) =>
    plan ? [`${level} ${esc(w.name)}`, ""] : [];

  const title = plan
    ? `Deployment types for ${workloads.length} GPU workloads`
    : `Deployment type for ${esc(workloads[0]?.name ?? "a GPU workload")}: ${esc(outcomeOf(workloads[0]!.result, option))}`;
  const lines: string[] = [
    "---",
    "status: proposed",
    `date: ${date}`,
    "---",
    "",
    `# ${title}`,
    "",
    "## Context and Problem Statement",
    "",
    `Should ${plan ? "each of these workloads" : "this workload"} run on ${matrix.options.map((o) => esc(o.name)).join(" or ")}? ` +
      "The facts come mostly from one provider's description of its own service and must be checked with the provider we use; prices, availability and service levels were not compared.",
    "",
  ];
  for (const w of workloads) {
    lines.push(...section(w, "###"));
    for (const a of w.answers) lines.push(`* ${esc(a.question)}: ${esc(a.answer)}`);
    if (w.answers.length === 0) lines.push("* No questions answered.");
    lines.push("");
  }

  lines.push("## Decision Drivers", "");
  for (const w of workloads) {
    lines.push(...section(w, "###"));
    const drivers = w.result.priorities.filter(
      (p) => p.importance === "must" || p.importance === "important",
    );
    if (drivers.length === 0) lines.push("* None weighed as important or must have.");
    for (const p of drivers)
      lines.push(`* ${esc(factor(p.factorId)?.need ?? p.factorId)} (${LEVEL[p.importance]})`);
    lines.push("");
  }

  lines.push("## Considered Options", "");
  for (const o of matrix.options) lines.push(`* ${esc(o.name)}`);
  lines.push("", "## Decision Outcome", "");
  if (plan)
    lines.push(
      teamSentence(
        workloads.map((w) => ({ ...w, name: esc(w.name) })),
        (id) => esc(option(id)),
      ),
      "",
    );
  for (const w of workloads) {
    lines.push(...section(w, "###"));
    const r = w.result;
    const because = r.reasons.slice(0, 3).map((c) => esc(factor(c.factorId)?.name ?? c.factorId));
    if (r.winner) {
      lines.push(
        `Chosen option: "${esc(option(r.winner))}", because ${
          r.status === "only"
            ? "it is the only option that meets every must-have"
            : `it does better on ${joinNames(because) || "what was weighed"}`
        } (confidence: ${CONFIDENCE[r.confidence.level]}).`,
      );
    } else if (r.status === "either") {
      lines.push(
        `Chosen option: none yet, because ${r.top.map((t) => `"${esc(option(t))}"`).join(" and ")} score the same on what was weighed; decide on what matters most.`,
      );
    } else {
      lines.push(
        "Chosen option: none, because every option is ruled out by a must-have its source states it cannot meet.",
      );
    }
    lines.push("", `${plan ? "####" : "###"} Consequences`, "");
    const need = (id: string) => `"${esc(factor(id)?.need ?? id)}"`;
    for (const c of r.reasons.slice(0, 4))
      lines.push(`* Good, because it better meets the need ${need(c.factorId)}`);
    for (const c of r.tradeOffs.slice(0, 4))
      lines.push(
        `* Bad, because ${esc(r.runnerUp ? option(r.runnerUp) : "the other option")} better meets the need ${need(c.factorId)}`,
      );
    if (r.reasons.length === 0 && r.tradeOffs.length === 0)
      lines.push("* Neutral, because nothing weighed separates the options.");
    lines.push("", `${plan ? "####" : "###"} Confirmation`, "");
    if (r.verify.length === 0)
      lines.push("* Every fact behind this outcome is stated by its source.");
    for (const v of r.verify) {
      const attribute = matrix.attributes.find((a) => a.id === v.attributeId);
      lines.push(
        `* [ ] Ask the provider: ${esc(option(v.optionId))}, ${esc(attribute?.name ?? v.attributeId)} (${v.evidence === "unstated" ? "not stated by the source" : "derived, not stated"}; ${LEVEL[v.importance]})`,
      );
    }
    lines.push("");
  }

  lines.push("## Pros and Cons of the Options", "");
  const weighed = new Set(
    workloads.flatMap((w) =>
      w.result.priorities.filter((p) => p.importance !== "none").map((p) => p.factorId),
    ),
  );
  for (const o of matrix.options) {
    lines.push(`### ${esc(o.name)}`, "", esc(o.summary), "");
    const items: string[] = [];
    for (const a of matrix.attributes) {
      if (!weighed.has(a.factor)) continue;
      const cell = a.cells[o.id];
      if (!cell) continue;
      const s = source(cell.source);
      const cite = s ? ` ([${esc(s.label)}](${s.url}))` : "";
      if (cell.evidence === "unstated") {
        items.push(`* Neutral, because of ${esc(a.name)}: ${UNSTATED_VALUE}${cite}`);
      } else {
        const word = WORD[cell.verdict];
        items.push(
          `* ${word}, because of ${esc(a.name)}: ${esc(cell.value)}${cell.evidence === "derived" ? " (derived)" : ""}${cite}`,
        );
      }
    }
    lines.push(...(items.length > 0 ? items : ["* Neutral, because nothing was weighed."]), "");
  }

  lines.push(
    "## More Information",
    "",
    `* The result this record reproduces: <${link}>`,
    "* Verdicts compare the options with each other. Stated facts are said by their source for that option; derived ones follow from a stated fact; not stated means the source is silent.",
    "",
  );
  return lines.join("\n");
}

const WORD: Record<Verdict, string> = {
  advantage: "Good",
  neutral: "Neutral",
  disadvantage: "Bad",
};

/** One sentence for a whole plan: "Bare metal for pre-training; virtual machines for ...". */
export function teamSentence(
  workloads: readonly { name: string; result: Recommendation }[],
  option: (id: string) => string,
): string {
  const groups = new Map<string, string[]>();
  for (const w of workloads) {
    const key = outcomeOf(w.result, option);
    groups.set(key, [...(groups.get(key) ?? []), w.name]);
  }
  const parts = [...groups].map(([outcome, names]) => `${outcome} for ${joinNames(names)}`);
  const sentence = parts.join("; ");
  return sentence.charAt(0).toUpperCase() + sentence.slice(1) + ".";
}

function joinNames(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

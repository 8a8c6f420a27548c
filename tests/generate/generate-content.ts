/**
 * Generates a valid content folder with any number of attributes and options, for scale tests
 * and the benchmark (never shipped). Deterministic: the same sizes give the same files. It
 * follows the v2 model: attributes grouped into factors whose rows agree, cells with a mix of
 * stated, derived (with a note) and unstated evidence, sources with URL, kind, scope and read
 * date, questions whose answers set priorities.
 *
 *   npx tsx tests/generate/generate-content.ts <dir> <attributes> <options>
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export interface GenerateOptions {
  attributes: number;
  options: number;
  categories?: number;
  reviewed?: string;
}

const WORDS = [
  "throughput",
  "latency",
  "snapshot",
  "tenant",
  "isolation",
  "firmware",
  "fabric",
  "scheduler",
  "storage",
  "memory",
  "kernel",
  "driver",
  "network",
  "boot",
  "image",
  "quota",
  "monitoring",
  "backup",
  "numa",
  "cache",
  "telemetry",
  "topology",
  "provisioning",
  "billing",
  "encryption",
  "affinity",
  "placement",
  "failover",
];
const VERDICTS = ["advantage", "neutral", "disadvantage"] as const;

/** A small deterministic PRNG (mulberry32), so generated content is stable across runs. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Most factors generated content has. Every factor's priority can be in a shared advisor link,
 * which must stay within MAX_ADVISOR_URL (lib/content/check-questions.ts): with 16 questions,
 * 40 short factor ids fit, so larger content has more rows per factor rather than more factors.
 */
export const MAX_FACTORS = 40;

/** Generated sources: one provider's FAQ, and two general ones. */
const SOURCES = [
  { id: "provider-faq", label: "Provider FAQ", kind: "provider-faq", scope: "provider" },
  { id: "vendor-docs", label: "Vendor docs", kind: "vendor-docs", scope: "general" },
  { id: "research", label: "Research paper", kind: "research", scope: "general" },
] as const;

export async function generateContent(dir: string, opts: GenerateOptions): Promise<void> {
  const rnd = random(opts.attributes * 31 + opts.options);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const phrase = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const reviewed = opts.reviewed ?? "2026-11-01";
  const categories = Array.from({ length: opts.categories ?? 10 }, (_, i) => `category-${i + 1}`);
  const options = Array.from({ length: opts.options }, (_, i) => `option-${i + 1}`);
  // About three rows per factor, as in the real content, up to MAX_FACTORS.
  const factors = Array.from(
    { length: Math.max(1, Math.min(MAX_FACTORS, Math.ceil(opts.attributes / 3))) },
    (_, i) => ({ id: `f${i + 1}`, category: categories[i % categories.length]! }),
  );
  // Rows of one factor agree: each factor gives each option one verdict.
  const verdictOf = new Map(
    factors.flatMap((f) => options.map((o) => [`${f.id}/${o}`, pick(VERDICTS)] as const)),
  );

  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, "options"), { recursive: true });
  await mkdir(path.join(dir, "attributes"), { recursive: true });
  await mkdir(path.join(dir, "questions"), { recursive: true });

  await writeFile(
    path.join(dir, "sources.md"),
    `---\nsources:\n${SOURCES.map(
      (src) =>
        `  - id: ${src.id}\n    label: ${src.label}\n    title: Generated ${src.label.toLowerCase()}\n    publisher: Deployment Advisor tests\n    kind: ${src.kind}\n    scope: ${src.scope}\n    url: https://example.com/${src.id}\n    read: ${reviewed}\n    locator: tests/generate/generate-content.ts\n`,
    ).join("")}---\n`,
  );
  await writeFile(
    path.join(dir, "categories.md"),
    `---\ncategories:\n${categories.map((c, i) => `  - id: ${c}\n    name: Category ${i + 1}\n    description: Generated category ${i + 1}.\n`).join("")}---\n`,
  );
  await writeFile(
    path.join(dir, "factors.md"),
    `---\nfactors:\n${factors.map((f, i) => `  - id: ${f.id}\n    name: Factor ${i + 1}\n    need: Good ${phrase(3)}\n    help: Generated factor about ${phrase(4)}.\n    category: ${f.category}\n`).join("")}---\n`,
  );
  await writeFile(
    path.join(dir, "glossary.md"),
    `# Glossary\n\n## Snapshot\n\nA saved copy of a disk at one moment.\n`,
  );
  await writeFile(
    path.join(dir, "overview.md"),
    `Generated content for scale tests :cite[provider-faq].\n`,
  );
  for (const [i, id] of options.entries()) {
    await writeFile(
      path.join(dir, "options", `${id}.md`),
      `---\nid: ${id}\nname: Option ${i + 1}\nsummary: Generated option ${i + 1}.\norder: ${i + 1}\n---\n\nGenerated option :cite[provider-faq].\n\n## Strengths\n\n- Generated strength :cite[provider-faq].\n\n## Limitations\n\n- Generated limitation :cite[vendor-docs].\n\n## What you take on\n\n- Generated responsibility :cite[provider-faq].\n`,
    );
  }
  for (let n = 1; n <= opts.attributes; n++) {
    const id = `attribute-${n}`;
    const factor = factors[(n - 1) % factors.length]!;
    const notes: string[] = [];
    const cells = options
      .map((o) => {
        const source = pick(SOURCES).id;
        const kind = rnd();
        // A realistic mix: mostly stated, some derived (with the reasoning in a note), some unstated.
        const evidence = kind < 0.7 ? "stated" : kind < 0.85 ? "derived" : "unstated";
        const head = `  ${o}:\n    evidence: ${evidence}\n`;
        const tail = `    source: ${source}\n    reviewed: ${reviewed}\n`;
        if (evidence === "derived" || rnd() < 0.4) {
          const how = evidence === "derived" ? "Follows from" : "About";
          notes.push(
            `## ${o}\n\n${how} ${phrase(8)} and the :term[snapshot] it keeps :cite[${source}].\n`,
          );
        }
        if (evidence === "unstated") return head + tail;
        const verdict = verdictOf.get(`${factor.id}/${o}`)!;
        // Only a stated disadvantage may say the option does not offer it at all.
        const unavailable =
          evidence === "stated" && verdict === "disadvantage" && rnd() < 0.3
            ? "    unavailable: true\n"
            : "";
        return `${head}    value: ${phrase(3).slice(0, 60)}\n    verdict: ${verdict}\n${unavailable}${tail}`;
      })
      .join("");
    await writeFile(
      path.join(dir, "attributes", `${id}.md`),
      `---\nid: ${id}\nname: ${phrase(2)} ${n}\ncategory: ${factor.category}\nfactor: ${factor.id}\norder: ${n}\nwhy: Why ${phrase(6)} matters.\ncells:\n${cells}---\n\n${notes.join("\n")}`,
    );
  }
  // Questions share the factors out between them, so scoring touches every factor; each also
  // has an answer that makes one factor a must-have.
  for (let q = 0; q < QUESTIONS; q++) {
    const important = factors
      .filter((_, i) => i % QUESTIONS === q)
      .map((f) => `      ${f.id}: important\n`);
    const must = factors[q % factors.length]!.id;
    const answers = [
      important.length > 0
        ? `  - id: important\n    label: Yes, it matters\n    priorities:\n${important.join("")}`
        : `  - id: important\n    label: Yes, it matters\n`,
      `  - id: required\n    label: It is required\n    priorities:\n      ${must}: must\n`,
      `  - id: not-sure\n    label: Not sure / doesn't matter\n`,
    ];
    await writeFile(
      path.join(dir, "questions", `q${q + 1}.md`),
      `---\nid: q${q + 1}\norder: ${q + 1}\ntopic: Topic ${q + 1}\nquestion: Does ${phrase(3)} matter?\nanswers:\n${answers.join("")}---\n\nGenerated question about ${phrase(4)}.\n`,
    );
  }
}

/** How many questions generated content has, like the real questionnaire. */
export const QUESTIONS = 16;

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const [dir, attributes, options] = process.argv.slice(2);
  if (!dir) throw new Error("usage: generate-content.ts <dir> <attributes> <options>");
  // By default the realistic ceiling the content-scale bench budgets for.
  await generateContent(dir, {
    attributes: Number(attributes ?? 300),
    options: Number(options ?? 6),
  });
  console.log(`generated ${attributes ?? 300} attributes x ${options ?? 6} options in ${dir}`);
}

/**
 * Generates a valid content folder with any number of attributes and options, for scale tests
 * and the benchmark (never shipped). Deterministic: the same sizes give the same files.
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

export async function generateContent(dir: string, opts: GenerateOptions): Promise<void> {
  const rnd = random(opts.attributes * 31 + opts.options);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const phrase = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const reviewed = opts.reviewed ?? "2026-11-01";
  const categories = Array.from({ length: opts.categories ?? 10 }, (_, i) => `category-${i + 1}`);
  const options = Array.from({ length: opts.options }, (_, i) => `option-${i + 1}`);

  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, "options"), { recursive: true });
  await mkdir(path.join(dir, "attributes"), { recursive: true });
  await mkdir(path.join(dir, "questions"), { recursive: true });

  await writeFile(
    path.join(dir, "sources.md"),
    `---\nsources:\n  - id: generated\n    label: Generated\n    title: Generated benchmark data\n    publisher: Deployment Advisor tests\n    kind: synthetic\n    locator: tests/generate/generate-content.ts\n---\n`,
  );
  await writeFile(
    path.join(dir, "categories.md"),
    `---\ncategories:\n${categories.map((c, i) => `  - id: ${c}\n    name: Category ${i + 1}\n    description: Generated category ${i + 1}.\n`).join("")}---\n`,
  );
  await writeFile(
    path.join(dir, "glossary.md"),
    `# Glossary\n\n## Snapshot\n\nA saved copy of a disk at one moment.\n`,
  );
  await writeFile(
    path.join(dir, "overview.md"),
    `Generated content for scale tests :cite[generated].\n`,
  );
  for (const [i, id] of options.entries()) {
    await writeFile(
      path.join(dir, "options", `${id}.md`),
      `---\nid: ${id}\nname: Option ${i + 1}\nsummary: Generated option ${i + 1}.\norder: ${i + 1}\n---\n\nGenerated option :cite[generated].\n\n## Strengths\n\n- Generated strength :cite[generated].\n\n## Limitations\n\n- Generated limitation :cite[generated].\n\n## What you take on\n\n- Generated responsibility :cite[generated].\n`,
    );
  }
  for (let n = 1; n <= opts.attributes; n++) {
    const id = `attribute-${n}`;
    const cells = options
      .map((o) => {
        const value = phrase(3).slice(0, 60);
        return `  ${o}:\n    value: ${value}\n    verdict: ${pick(VERDICTS)}\n    source: generated\n    reviewed: ${reviewed}\n`;
      })
      .join("");
    const notes = options
      .filter(() => rnd() < 0.5)
      .map(
        (o) => `## ${o}\n\nAbout ${phrase(8)} and the :term[snapshot] it keeps :cite[generated].\n`,
      )
      .join("\n");
    await writeFile(
      path.join(dir, "attributes", `${id}.md`),
      `---\nid: ${id}\nname: ${phrase(2)} ${n}\ncategory: ${pick(categories)}\norder: ${n}\nwhy: Why ${phrase(6)} matters.\ncells:\n${cells}---\n\n${notes}`,
    );
  }
  // Questions share the attributes out between them, so scoring touches every attribute; the
  // second asks only after a particular answer to the first, as real follow-ups do.
  const questions = Math.min(QUESTIONS, opts.attributes);
  for (let q = 0; q < questions; q++) {
    const weighed: string[] = [];
    for (let n = q + 1; n <= opts.attributes; n += questions) {
      weighed.push(`      attribute-${n}: ${(n % 5) + 1}\n`);
    }
    const askIf = q === 1 ? `askIf:\n  question: question-1\n  answers: [important]\n` : "";
    await writeFile(
      path.join(dir, "questions", `question-${q + 1}.md`),
      `---\nid: question-${q + 1}\norder: ${q + 1}\ntopic: Topic ${q + 1}\nquestion: Does ${phrase(3)} matter?\n${askIf}answers:\n  - id: important\n    label: Yes, it matters\n    weights:\n${weighed.join("")}  - id: required\n    label: It is required\n    requires: [attribute-${q + 1}]\n  - id: not-sure\n    label: Not sure / doesn't matter\n---\n\nGenerated question about ${phrase(4)}.\n`,
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

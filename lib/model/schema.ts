import { z } from "zod";

/**
 * The zod schemas in this file are the one source of the content model's types: every type
 * the app uses for content is derived from them with `z.infer`.
 *
 * Error messages follow the shape "what is wrong — how to fix" because content authors read
 * them in `npm run content:check` output, next to the file and line.
 */

/** Lowercase kebab-case identifier, e.g. `bare-metal`. Used in URLs, so it must stay stable. */
export const idSchema = z
  .string({ error: "must be text — write a lowercase id such as `local-nvme`" })
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, {
    error:
      "is not a well-formed id — use lowercase letters, digits and single hyphens, starting with a letter (e.g. `local-nvme`)",
  })
  .max(48, { error: "is longer than 48 characters — choose a shorter id" });

/** Markdown source of a piece of prose, already checked for safety by the loader. */
export const richTextSchema = z.string().min(1);

/** Calendar date `YYYY-MM-DD` that exists (2026-02-30 does not). Future dates are checked later. */
export const isoDateSchema = z
  .string({ error: "must be a date — write it as YYYY-MM-DD, e.g. 2026-11-25" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: "is not a date — write it as YYYY-MM-DD, e.g. 2026-11-25",
  })
  .refine((s) => isRealDate(s), { error: "is not a real calendar date — check the month and day" });

/** Dates checked so far: review dates repeat across thousands of cells. */
const realDates = new Set<string>();

function isRealDate(s: string): boolean {
  if (realDates.has(s)) return true;
  const d = new Date(`${s}T00:00:00Z`);
  const real = !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  if (real && realDates.size < 10_000) realDates.add(s);
  return real;
}

const plainLine = (max: number, example: string) =>
  z
    .string({ error: `must be text — write one line such as "${example}"` })
    .trim()
    .min(1, { error: `is empty — write one line such as "${example}"` })
    .max(max, {
      error: (iss) =>
        `is ${typeof iss.input === "string" ? iss.input.length : "too many"} characters; the limit is ${max} — shorten it${max <= 60 ? " and move the detail into the note" : ""}`,
    })
    .refine((s) => !s.includes("\n"), { error: "spans several lines — keep it on one line" });

/** How an option fares on an attribute, relative to the other options. */
export const verdictSchema = z.enum(["advantage", "neutral", "disadvantage"], {
  error:
    "must be one of advantage, neutral, disadvantage — pick the one that describes this option relative to the others",
});

/** One option's cell in one attribute row, as written in an attribute's frontmatter. */
export const cellInputSchema = z.strictObject({
  /** Short value shown in the table. */
  value: plainLine(60, "Full node only"),
  verdict: verdictSchema,
  /** Id of the source (content/sources.md) this value rests on. */
  source: idSchema,
  /** True when the value is derived rather than stated by the source. */
  inferred: z
    .boolean({ error: "must be true or false — write `inferred: true` or leave the line out" })
    .default(false),
  /** When a person last checked this value against its source. */
  reviewed: isoDateSchema,
});

export const attributeFrontmatterSchema = z.strictObject({
  id: idSchema,
  name: plainLine(60, "Hypervisor overhead"),
  category: idSchema,
  /** Sort order inside the category; lower comes first. */
  order: z.int({ error: "must be a whole number — write e.g. `order: 10`" }).default(0),
  /** One sentence on why the attribute matters to the reader. */
  why: plainLine(200, "Every core the host keeps is one your job cannot use."),
  /** Keyed by option id; the loader checks that every option has exactly one cell. */
  cells: z.record(idSchema, cellInputSchema, {
    error: "must list one cell per option — see the example in content/README.md",
  }),
});

export const optionFrontmatterSchema = z.strictObject({
  id: idSchema,
  name: plainLine(40, "Bare metal"),
  summary: plainLine(160, "A whole physical server for one tenant."),
  /** Column order; lower comes first. */
  order: z.int({ error: "must be a whole number — write e.g. `order: 1`" }),
});

export const categorySchema = z.strictObject({
  id: idSchema,
  name: plainLine(40, "Performance"),
  description: plainLine(240, "How fast and how steadily workloads run."),
});

export const categoriesFileSchema = z.strictObject({
  categories: z.array(categorySchema, { error: "must be a list — see content/README.md" }).min(1, {
    error: "is empty — add at least one category",
  }),
});

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: plainLine(200, "Differences of bare metal and virtual machines"),
  publisher: plainLine(80, "Denvr Cloud"),
  /** Short name shown where a fact cites the source, e.g. "FAQ table". */
  label: plainLine(24, "FAQ table"),
  kind: plainLine(60, "provider FAQ"),
  locator: plainLine(200, "Section 'Feature comparison'"),
  url: z
    .url({
      protocol: /^https$/,
      error: "must be an https:// address — fix the link or leave `url` out",
    })
    .optional(),
  /** Plain text: how the source was used, what it lacks. */
  note: plainLine(600, "The copy lost part of the table.").optional(),
});

export const sourcesFileSchema = z.strictObject({
  sources: z.array(sourceSchema, { error: "must be a list — see content/README.md" }).min(1, {
    error: "is empty — add at least one source",
  }),
});

/** How much an answer makes an attribute matter: 1 (a little) to 5 (decisive). */
export const weightSchema = z
  .int({ error: "must be a whole number from 1 to 5 — 1 matters a little, 5 decides" })
  .min(1, {
    error: "is below 1 — use 1 (matters a little) to 5 (decides); leave the line out for no effect",
  })
  .max(5, { error: "is above 5 — use 1 (matters a little) to 5 (decides)" });

export const answerInputSchema = z.strictObject({
  id: idSchema,
  label: plainLine(80, "Yes, we tune them for every job"),
  /** Importance this answer gives to attributes, keyed by attribute id. */
  weights: z
    .record(idSchema, weightSchema, {
      error: "must map attribute ids to weights, e.g. `overhead: 3` — see content/README.md",
    })
    .default({}),
  /**
   * Attributes this answer makes a hard requirement: an option whose verdict on one of them
   * is `disadvantage` cannot meet it and is ruled out.
   */
  requires: z
    .array(idSchema, { error: "must be a list of attribute ids, e.g. `[local-nvme]`" })
    .default([]),
});

export const questionFrontmatterSchema = z.strictObject({
  id: idSchema,
  /** Position in the questionnaire; lower comes first. */
  order: z.int({ error: "must be a whole number — write e.g. `order: 10`" }),
  /** Short name for the step list and the review, e.g. "BIOS settings". */
  topic: plainLine(32, "BIOS settings"),
  /** The question itself, as the legend of its radio group. */
  question: plainLine(140, "Must you change SMT or NUMA settings in the BIOS?"),
  /** Ask this question only when an earlier question got one of these answers. */
  askIf: z
    .strictObject({
      question: idSchema,
      answers: z
        .array(idSchema, { error: "must be a list of answer ids, e.g. `[yes]`" })
        .min(1, { error: "is empty — name at least one answer of that question" }),
    })
    .optional(),
  answers: z
    .array(answerInputSchema, { error: "must be a list of answers — see content/README.md" })
    .min(2, { error: "needs at least two answers, one of them `not-sure`" }),
});

/* ---------- The validated model that pages and matrix.json receive ---------- */

export const cellSchema = cellInputSchema.extend({
  /** Longer Markdown note from the attribute file's body, if any. */
  note: richTextSchema.optional(),
});

export const attributeSchema = attributeFrontmatterSchema.extend({
  cells: z.record(idSchema, cellSchema),
});

export const optionSchema = optionFrontmatterSchema.extend({
  description: z.array(richTextSchema).min(1),
  strengths: z.array(richTextSchema).min(1),
  limitations: z.array(richTextSchema).min(1),
  /** What the tenant takes on when choosing this option (e.g. monitoring hosts). */
  responsibilities: z.array(richTextSchema).min(1),
});

export const glossaryEntrySchema = z.strictObject({
  id: idSchema,
  term: plainLine(40, "Hypervisor"),
  definition: z.array(richTextSchema).min(1),
});

export const answerSchema = answerInputSchema.extend({
  /** What this answer means for the comparison, as Markdown, if the file says. */
  note: richTextSchema.optional(),
});

export const questionSchema = questionFrontmatterSchema.extend({
  answers: z.array(answerSchema).min(2),
  /** Why the question is asked, as Markdown paragraphs. */
  help: z.array(richTextSchema),
});

export const featureMatrixSchema = z.strictObject({
  /** Options in column order. */
  options: z.array(optionSchema).min(2),
  /** Categories in display order. */
  categories: z.array(categorySchema).min(1),
  /** Attributes grouped by category (in category order), then by `order` and name. */
  attributes: z.array(attributeSchema).min(1),
  glossary: z.array(glossaryEntrySchema),
  sources: z.array(sourceSchema).min(1),
  /** Home-page introduction, as Markdown paragraphs. */
  overview: z.array(richTextSchema).min(1),
  /** The advisor's questions, in order. */
  questions: z.array(questionSchema).min(1),
});

export type Verdict = z.infer<typeof verdictSchema>;
export type Cell = z.infer<typeof cellSchema>;
export type Attribute = z.infer<typeof attributeSchema>;
export type Option = z.infer<typeof optionSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Source = z.infer<typeof sourceSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type Answer = z.infer<typeof answerSchema>;
export type Question = z.infer<typeof questionSchema>;
export type FeatureMatrix = z.infer<typeof featureMatrixSchema>;

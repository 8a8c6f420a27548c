import { z } from "zod";
import { EVIDENCE, IMPORTANCE, SOURCE_KINDS } from "./constants";

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

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
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

/** How a cell's fact is known (see EVIDENCE in constants.ts). */
export const evidenceSchema = z.enum(EVIDENCE, {
  error:
    "must be one of stated, derived, unstated — stated when the source says it for this option, derived when it follows from a stated fact (explain how in the note), unstated when the source is silent",
});

const cellCommon = {
  /** Id of the source (content/sources.md) this cell rests on, or that was read and is silent. */
  source: idSchema,
  /** When a person last checked this cell against its source. */
  reviewed: isoDateSchema,
};

/** A cell whose fact the source states, or that follows from a stated fact. */
export const knownCellInputSchema = z.strictObject({
  evidence: z.enum(["stated", "derived"], {
    error: "must be stated, derived or unstated — see content/README.md",
  }),
  /** Short value shown in the table. */
  value: plainLine(60, "Full node only"),
  verdict: verdictSchema,
  /**
   * The source says this option does not offer it at all, so a must-have on the cell's factor
   * rules the option out. Only for stated disadvantages (checked by the loader).
   */
  unavailable: z
    .literal(true, { error: "must be `true` or left out — see content/README.md" })
    .optional(),
  ...cellCommon,
});

/** A cell on which the source is silent: no value of its own, no verdict. */
const notInUnstated = z
  .never({
    error:
      'is not allowed in an unstated cell — remove it: an unstated cell reads "Not stated: ask your provider" and favours no option',
  })
  .optional();
export const unstatedCellInputSchema = z.strictObject({
  evidence: z.literal("unstated"),
  value: notInUnstated,
  verdict: notInUnstated,
  unavailable: notInUnstated,
  ...cellCommon,
});

/** One option's cell in one attribute row, as written in an attribute's frontmatter. */
export const cellInputSchema = z.discriminatedUnion(
  "evidence",
  [knownCellInputSchema, unstatedCellInputSchema],
  {
    error:
      "needs `evidence:` stated, derived or unstated — stated when the source says it for this option, derived when it follows from a stated fact, unstated when the source is silent",
  },
);

export const attributeFrontmatterSchema = z.strictObject({
  id: idSchema,
  name: plainLine(60, "Hypervisor overhead"),
  category: idSchema,
  /** The decision factor this row shows (content/factors.md); a factor counts once in a score. */
  factor: idSchema,
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
  /** Short name shown where a fact cites the source, e.g. "Denvr FAQ". */
  label: plainLine(24, "Denvr FAQ"),
  kind: z.enum(SOURCE_KINDS, {
    error: `must be one of ${SOURCE_KINDS.join(", ")} — see content/README.md`,
  }),
  /**
   * `provider`: one provider describing its own service (check yours); `general`: how the
   * technology works, whoever runs it.
   */
  scope: z.enum(["provider", "general"], {
    error:
      "must be provider (one provider on its own service) or general (how the technology works anywhere)",
  }),
  url: z.url({
    protocol: /^https$/,
    error: "must be an https:// address of the page the facts come from",
  }),
  /** When a person last read the page for this content. */
  read: isoDateSchema,
  locator: plainLine(200, "Section 'Feature comparison'").optional(),
  /** Plain text: how the source was used, what it lacks. */
  note: plainLine(600, "The copy lost part of the table.").optional(),
});

export const sourcesFileSchema = z.strictObject({
  sources: z.array(sourceSchema, { error: "must be a list — see content/README.md" }).min(1, {
    error: "is empty — add at least one source",
  }),
});

/** How much a need matters (see IMPORTANCE in constants.ts). */
export const importanceSchema = z.enum(IMPORTANCE, {
  error: "must be one of must, important, nice, none — how much the need matters",
});

/** A decision factor: one underlying fact, shown by one or more attribute rows. */
export const factorSchema = z.strictObject({
  id: idSchema,
  name: plainLine(40, "Launch speed"),
  /** The need as a team would state it, e.g. "New instances ready within minutes". */
  need: plainLine(100, "New instances ready within minutes"),
  /** One line on what the need covers and what it does not. */
  help: plainLine(240, "Thread pinning with numactl works on both; this is about firmware."),
  /** Where the factor is asked about in the advisor: the category its rows belong to. */
  category: idSchema,
});

export const factorsFileSchema = z.strictObject({
  factors: z.array(factorSchema, { error: "must be a list — see content/README.md" }).min(1, {
    error: "is empty — add at least one factor",
  }),
});

export const answerInputSchema = z.strictObject({
  id: idSchema,
  label: plainLine(80, "Pre-training a model across many nodes"),
  /** How much this answer makes each factor matter, keyed by factor id (before the user edits). */
  priorities: z
    .record(idSchema, importanceSchema, {
      error: "must map factor ids to must, important or nice, e.g. `consistency: important`",
    })
    .default({}),
});

export const questionFrontmatterSchema = z.strictObject({
  id: idSchema,
  /** Position in the questionnaire; lower comes first. */
  order: z.int({ error: "must be a whole number — write e.g. `order: 10`" }),
  /** Short name for the step list and the summary, e.g. "Workload". */
  topic: plainLine(32, "Workload"),
  /** The question itself, as the legend of its radio group. */
  question: plainLine(140, "What is the workload?"),
  answers: z
    .array(answerInputSchema, { error: "must be a list of answers — see content/README.md" })
    .min(2, { error: "needs at least two answers, one of them `not-sure`" }),
});

/* ---------- The validated model that pages and matrix.json receive ---------- */

const cellNote = {
  /** Longer Markdown note from the attribute file's body, if any. */
  note: richTextSchema.optional(),
};
export const cellSchema = z.discriminatedUnion("evidence", [
  knownCellInputSchema.extend(cellNote),
  unstatedCellInputSchema.extend(cellNote),
]);

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
  /** Decision factors, in category order; the advisor weighs these, not rows. */
  factors: z.array(factorSchema).min(1),
  /** Home-page introduction, as Markdown paragraphs. */
  overview: z.array(richTextSchema).min(1),
  /** The advisor's questions, in order. */
  questions: z.array(questionSchema).min(1),
});

export type Verdict = z.infer<typeof verdictSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Importance = z.infer<typeof importanceSchema>;
export type Factor = z.infer<typeof factorSchema>;
export type Cell = z.infer<typeof cellSchema>;
export type Attribute = z.infer<typeof attributeSchema>;
export type Option = z.infer<typeof optionSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Source = z.infer<typeof sourceSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type Answer = z.infer<typeof answerSchema>;
export type Question = z.infer<typeof questionSchema>;
export type FeatureMatrix = z.infer<typeof featureMatrixSchema>;

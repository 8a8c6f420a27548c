import {
  featureMatrixSchema,
  type Attribute,
  type FeatureMatrix,
  type Option,
} from "../model/schema";
import { classifyFile, REQUIRED_FILES, type FileKind } from "./classify";
import { checkRefs, checkUnique, daysBetween, type Def } from "./cross-check";
import { parseAttribute, type ParsedAttribute } from "./parse-attribute";
import {
  parseCategories,
  parseGlossary,
  parseOverview,
  parseSources,
  type Placed,
} from "./parse-lists";
import { checkDisguisedLinks } from "./disguised-links";
import { parseMarkdownFile, type ParsedFile } from "./parse-markdown";
import { parseOption, type ParsedOption } from "./parse-option";
import { parseQuestion, type ParsedQuestion } from "./parse-question";
import { checkQuestions } from "./check-questions";
import { FileReport, START, sortProblems, type Problem } from "./problems";
import type { Ref } from "./prose";

/** A content file as read from disk. */
export interface ContentFile {
  /** Path inside the content folder, with forward slashes (e.g. `options/bare-metal.md`). */
  relative: string;
  /** Path shown in problems (relative to the project root). */
  display: string;
  text: string;
}

export interface ValidateOptions {
  /** Today's date as YYYY-MM-DD; reviewed dates after it are errors. */
  today: string;
  /** Where the content folder is, for problems about missing files. */
  root: string;
}

export type ValidationResult =
  { ok: true; matrix: FeatureMatrix; problems: Problem[] } | { ok: false; problems: Problem[] };

/** A review older than this is flagged so stale facts get re-checked. */
export const STALE_AFTER_DAYS = 365;

/**
 * Turns content files into a validated feature matrix, or into every problem found in every
 * file. Pure: it reads nothing from disk, so tests can feed it files directly.
 */
export function validateContent(
  files: readonly ContentFile[],
  opts: ValidateOptions,
): ValidationResult {
  const reports = new Map<string, FileReport>();
  const reportFor = (display: string) => {
    let r = reports.get(display);
    if (!r) reports.set(display, (r = new FileReport(display)));
    return r;
  };
  const refs: Ref[] = [];
  // Files are parsed kind by kind, when they are read (options before the attributes that
  // name them), and only what each parser returns is kept: holding 10,000 Markdown and YAML
  // trees until the end made the garbage collector the largest cost at scale.
  const byKind = new Map<FileKind, { file: ContentFile; report: FileReport }[]>();

  for (const file of files) {
    const report = reportFor(file.display);
    const kind = classifyFile(file.relative);
    if (!kind) {
      report.error(
        START,
        "this file is not a known kind of content",
        "options go in options/, attributes in attributes/, questions in questions/; the other files are categories.md, sources.md, glossary.md and overview.md — move or rename it",
      );
      continue;
    }
    if (kind === "readme") continue;
    let ofKind = byKind.get(kind);
    if (!ofKind) byKind.set(kind, (ofKind = []));
    ofKind.push({ file, report });
  }

  for (const [name, what] of REQUIRED_FILES) {
    const kind = classifyFile(name);
    if (kind && !byKind.has(kind)) {
      reportFor(`${opts.root}/${name}`).error(
        START,
        `the file is missing (it holds ${what})`,
        `create ${opts.root}/${name}; see content/README.md`,
      );
    }
  }

  const each = <T>(
    kind: FileKind,
    fn: (parsed: ParsedFile, report: FileReport) => T,
  ): { value: T; report: FileReport }[] =>
    (byKind.get(kind) ?? []).map(({ file, report }) => {
      const parsed = parseMarkdownFile(file.display, file.text, report);
      checkDisguisedLinks(parsed, report);
      return { value: fn(parsed, report), report };
    });

  const categories = each("categories", (p, r) => parseCategories(p, r, refs)).flatMap(withReport);
  const sources = each("sources", (p, r) => parseSources(p, r, refs)).flatMap(withReport);
  const glossary = each("glossary", (p, r) => parseGlossary(p, r, refs)).flatMap(withReport);
  const overview = each("overview", (p, r) => parseOverview(p, r, refs)).flatMap((x) => x.value);
  const options = each("option", (p, r) => parseOption(p, r, refs)).filter(
    (x): x is { value: ParsedOption; report: FileReport } => x.value !== undefined,
  );

  const optionIds = new Map<string, string>();
  for (const { value, report } of options) {
    const byName = optionIds.get(value.name.toLowerCase());
    if (byName !== undefined && byName !== value.id) {
      report.error(
        value.idPlace,
        `another option is also named "${value.name}"`,
        "give each option a distinct name",
      );
    }
    optionIds.set(value.id, value.id);
    optionIds.set(value.name.toLowerCase(), value.id);
  }
  // Ids other files may name; a file that failed still names what it declares (see namesOf).
  const attributeIds = new Set<string>();
  const known: Record<Ref["kind"], ReadonlySet<string>> = {
    attribute: attributeIds,
    term: new Set(glossary.map((g) => g.value.id)),
    source: new Set(sources.map((s) => s.value.id)),
    option: new Set(options.map((o) => o.value.id)),
    category: new Set(categories.map((c) => c.value.id)),
  };
  const allOptionIds = options.map((o) => o.value.id);
  const attributes = each("attribute", (p, r) => {
    // Everything an attribute file refers to is known by now, so its references and cells are
    // checked at once instead of being kept, with their places, until every file is read.
    const own: Ref[] = [];
    const parsed = parseAttribute(p, r, own, optionIds);
    checkRefs(own, known, reportFor);
    if (parsed) {
      attributeIds.add(parsed.attribute.id);
      checkCells(parsed, r, allOptionIds, opts.today);
      return { attribute: parsed.attribute, idPlace: parsed.idPlace };
    }
    for (const name of namesOf(p, r.file)) attributeIds.add(name);
    return undefined;
  }).filter(
    (x): x is { value: Pick<ParsedAttribute, "attribute" | "idPlace">; report: FileReport } =>
      x.value !== undefined,
  );

  const questions = each("question", (p, r) => parseQuestion(p, r, refs))
    .filter((x): x is { value: ParsedQuestion; report: FileReport } => x.value !== undefined)
    .sort(
      (a, b) =>
        a.value.question.order - b.value.question.order ||
        a.value.question.id.localeCompare(b.value.question.id),
    );

  const optionFiles = byKind.get("option") ?? [];
  if (optionFiles.length < 2) {
    reportFor(`${opts.root}/options`).error(
      START,
      `there ${optionFiles.length === 1 ? "is only one option" : "are no options"}`,
      "a comparison needs at least two option files in options/",
    );
  }
  if ((byKind.get("question") ?? []).length === 0) {
    reportFor(`${opts.root}/questions`).error(
      START,
      "there are no questions",
      "add at least one question file in questions/ for the advisor; see content/README.md",
    );
  }
  if ((byKind.get("attribute") ?? []).length === 0) {
    reportFor(`${opts.root}/attributes`).error(
      START,
      "there are no attributes",
      "add at least one attribute file in attributes/",
    );
  }

  checkUnique("category", categories.map(defOf((c) => c.id)));
  checkUnique("source", sources.map(defOf((s) => s.id)));
  checkUnique("glossary term", glossary.map(defOf((g) => g.id)));
  checkUnique(
    "option",
    options.map(({ value, report }) => ({ id: value.id, place: value.idPlace, report })),
  );
  checkUnique(
    "attribute",
    attributes.map(({ value, report }) => ({
      id: value.attribute.id,
      place: value.idPlace,
      report,
    })),
  );

  checkUnique(
    "question",
    questions.map(({ value, report }) => ({ id: value.question.id, place: value.idPlace, report })),
  );
  checkQuestions(questions.map(({ value, report }) => ({ ...value, report })));

  checkRefs(refs, known, reportFor);

  for (const { value, idPlace, report } of categories) {
    if (!attributes.some((a) => a.value.attribute.category === value.id)) {
      report.warn(
        idPlace,
        `the category "${value.id}" has no attributes`,
        "add attributes to it or remove it",
      );
    }
  }

  const problems = sortProblems([...reports.values()].flatMap((r) => r.problems));
  if (problems.some((p) => p.severity === "error")) return { ok: false, problems };

  const categoryOrder = categories.map((c) => c.value.id);
  const matrix = featureMatrixSchema.safeParse({
    options: sortOptions(options.flatMap((o) => (o.value.option ? [o.value.option] : []))),
    categories: categories.map((c) => c.value),
    attributes: sortAttributes(
      attributes.map((a) => a.value.attribute),
      categoryOrder,
    ),
    glossary: glossary.map((g) => g.value),
    sources: sources.map((s) => s.value),
    overview,
    questions: questions.map((q) => q.value.question),
  });
  if (!matrix.success) {
    // Every rule above should make this unreachable; if it is reached, say so plainly.
    return {
      ok: false,
      problems: [
        ...problems,
        {
          file: opts.root,
          ...START,
          severity: "error",
          message: `the assembled matrix is invalid (${matrix.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")})`,
          fix: "this is a bug in the loader, not in your content; please report it",
        },
      ],
    };
  }
  return { ok: true, matrix: matrix.data, problems };
}

/** Every option needs a cell in every attribute, and every cell a review date not too old. */
function checkCells(
  { attribute, cellsPlace, reviewedPlaces }: ParsedAttribute,
  report: FileReport,
  allOptionIds: readonly string[],
  today: string,
): void {
  for (const id of allOptionIds) {
    if (!(id in attribute.cells)) {
      report.error(
        cellsPlace,
        `no cell for the option "${id}"`,
        `add \`${id}:\` under \`cells:\` with value, verdict, source and reviewed (every attribute needs one cell per option)`,
      );
    }
  }
  for (const [optionId, cell] of Object.entries(attribute.cells)) {
    const at = reviewedPlaces[optionId] ?? START;
    const age = daysBetween(cell.reviewed, today);
    if (age < 0) {
      report.error(
        at,
        `\`cells.${optionId}.reviewed\` (${cell.reviewed}) is in the future`,
        `use the date you last checked the value, at the latest ${today}`,
      );
    } else if (age > STALE_AFTER_DAYS) {
      report.warn(
        at,
        `\`cells.${optionId}.reviewed\` is ${age} days old`,
        "check the value against its source again and update the date",
      );
    }
  }
}

/**
 * The ids a file that failed to parse may still be referred to by: the id it declares and its
 * file name, so one broken attribute file does not also report every question that weighs it.
 */
function namesOf(parsed: ParsedFile, file: string): string[] {
  const data = parsed.frontmatter?.data as { id?: unknown } | null | undefined;
  const raw = typeof data === "object" && data !== null ? data.id : undefined;
  const base = file.replace(/^.*\//, "").replace(/\.md$/, "");
  return typeof raw === "string" ? [raw, base] : [base];
}

function withReport<T>({ value, report }: { value: Placed<T>[]; report: FileReport }) {
  return value.map((v) => ({ ...v, report }));
}

function defOf<T>(id: (v: T) => string) {
  return (x: Placed<T> & { report: FileReport }): Def => ({
    id: id(x.value),
    place: x.idPlace,
    report: x.report,
  });
}

export function sortOptions(options: Option[]): Option[] {
  return [...options].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}

export function sortAttributes(
  attributes: Attribute[],
  categoryOrder: readonly string[],
): Attribute[] {
  return [...attributes].sort(
    (a, b) =>
      categoryOrder.indexOf(a.category) - categoryOrder.indexOf(b.category) ||
      a.order - b.order ||
      a.name.localeCompare(b.name),
  );
}

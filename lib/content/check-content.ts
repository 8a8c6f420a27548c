import {
  featureMatrixSchema,
  type Attribute,
  type FeatureMatrix,
  type Option,
} from "../model/schema";
import { checkQuestions } from "./check-questions";
import { checkFolder, classifyFile, type FileKind } from "./check-folder";
import { checkRefs, checkUnique } from "./cross-check";
import { parseAttribute } from "./parse-attribute";
import {
  parseCategories,
  parseGlossary,
  parseOverview,
  parseSources,
  type Placed,
} from "./parse-lists";
import { parseContentFile, type ParsedFile } from "./parse-markdown";
import { parseOption, type ParsedOption } from "./parse-option";
import { parseQuestion } from "./parse-question";
import { FileReport, START, sortProblems, type Problem } from "./problems";
import { loaderBug } from "./zod-problems";

/** A content file as read from disk. */
export interface ContentFile {
  /** Path inside the content folder, with forward slashes (e.g. `options/bare-metal.md`). */
  relative: string;
  /** Path shown in problems (relative to the project root). */
  display: string;
  text: string;
}

export interface CheckOptions {
  /** Today's date as YYYY-MM-DD; reviewed dates after it are errors. */
  today: string;
  /** Where the content folder is, for problems about missing files. */
  root: string;
}

/** The validated matrix, or every problem found (warnings alone still give the matrix). */
export type ContentResult =
  { ok: true; matrix: FeatureMatrix; problems: Problem[] } | { ok: false; problems: Problem[] };

/** What a parser returned for one file, and the report of that file. */
interface Parsed<T> {
  value: T;
  report: FileReport;
}

/**
 * Turns content files into a validated feature matrix, or into every problem found in every
 * file. Pure: it reads nothing from disk, so tests can feed it files directly. Files are parsed
 * kind by kind (options before the attributes that name them); of each file, only what its
 * parser returns is kept.
 */
export function checkContentFiles(
  files: readonly ContentFile[],
  opts: CheckOptions,
): ContentResult {
  const reports = new Map<string, FileReport>();
  const reportFor = (file: string) => {
    let report = reports.get(file);
    if (!report) reports.set(file, (report = new FileReport(file)));
    return report;
  };
  checkFolder(files, reportFor, opts.root);
  const each = <T>(kind: FileKind, parse: (parsed: ParsedFile, report: FileReport) => T) =>
    files
      .filter((file) => classifyFile(file.relative) === kind)
      .map((file): Parsed<T> => {
        const report = reportFor(file.display);
        return { value: parse(parseContentFile(file.text, report), report), report };
      });

  const categories = each("categories", parseCategories).flatMap(entries);
  const sources = each("sources", parseSources).flatMap(entries);
  const glossary = each("glossary", parseGlossary).flatMap(entries);
  const overview = each("overview", parseOverview).flatMap((o) => o.value);
  const options = each("option", parseOption).flatMap(flat);
  const optionIds = optionIdsByName(options);
  const context = { optionIds, options: options.map((o) => o.id), today: opts.today };
  const attributeFiles = each("attribute", (p, r) => parseAttribute(p, r, context));
  const attributes = attributeFiles.flatMap(({ value: { attribute, idPlace }, report }) =>
    attribute ? [{ attribute, idPlace, report }] : [],
  );
  const questions = each("question", parseQuestion)
    .flatMap(flat)
    .sort(
      (a, b) => a.question.order - b.question.order || a.question.id.localeCompare(b.question.id),
    );

  checkUnique("category", categories, (c) => c.value.id);
  checkUnique("source", sources, (s) => s.value.id);
  checkUnique("glossary term", glossary, (g) => g.value.id);
  checkUnique("option", options, (o) => o.id);
  checkUnique("attribute", attributes, (a) => a.attribute.id);
  checkUnique("question", questions, (q) => q.question.id);
  checkQuestions(questions);
  checkRefs(reports.values(), {
    // A file that failed still names what it declares, so its users are not reported too.
    attribute: new Set(attributeFiles.flatMap((a) => a.value.names)),
    term: new Set(glossary.map((g) => g.value.id)),
    source: new Set(sources.map((s) => s.value.id)),
    option: new Set(context.options),
    category: new Set(categories.map((c) => c.value.id)),
  });
  for (const { value, idPlace, report } of categories) {
    if (!attributes.some((a) => a.attribute.category === value.id)) {
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
    options: sortOptions(options.flatMap((o) => (o.option ? [o.option] : []))),
    categories: categories.map((c) => c.value),
    attributes: sortAttributes(
      attributes.map((a) => a.attribute),
      categoryOrder,
    ),
    glossary: glossary.map((g) => g.value),
    sources: sources.map((s) => s.value),
    overview,
    questions: questions.map((q) => q.question),
  });
  if (matrix.success) return { ok: true, matrix: matrix.data, problems };
  // Every check above should make this unreachable; if it is reached, say so plainly.
  const bug: Problem = { file: opts.root, ...START, severity: "error", ...loaderBug(matrix.error) };
  return { ok: false, problems: [...problems, bug] };
}

/**
 * Each option's id and lower-cased name, mapped to its id (attribute notes may be headed by
 * either); a name two options share is reported.
 */
function optionIdsByName(
  options: readonly (ParsedOption & { report: FileReport })[],
): Map<string, string> {
  const ids = new Map<string, string>();
  for (const { report, ...value } of options) {
    const byName = ids.get(value.name.toLowerCase());
    if (byName !== undefined && byName !== value.id) {
      report.error(
        value.idPlace,
        `another option is also named "${value.name}"`,
        "give each option a distinct name",
      );
    }
    ids.set(value.id, value.id);
    ids.set(value.name.toLowerCase(), value.id);
  }
  return ids;
}

/** The entries of a list file (categories, sources, glossary), each with the file's report. */
function entries<T>({ value, report }: Parsed<Placed<T>[]>) {
  return value.map((entry) => ({ ...entry, report }));
}

/** A parsed file's result with its report, if the parser returned one. */
function flat<T extends object>({ value, report }: Parsed<T | undefined>) {
  return value ? [{ ...value, report }] : [];
}

function sortOptions(options: Option[]): Option[] {
  return [...options].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}

function sortAttributes(attributes: Attribute[], categoryOrder: readonly string[]): Attribute[] {
  return [...attributes].sort(
    (a, b) =>
      categoryOrder.indexOf(a.category) - categoryOrder.indexOf(b.category) ||
      a.order - b.order ||
      a.name.localeCompare(b.name),
  );
}

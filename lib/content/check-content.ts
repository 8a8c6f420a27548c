import { featureMatrixSchema, type FeatureMatrix } from "../model/schema";
import { checkFolder, classifyFile, type FileKind } from "./check-folder";
import { checkQuestions } from "./check-questions";
import { checkRefs, checkUnique } from "./cross-check";
import { parseAttribute } from "./parse-attribute";
import { checkFactorRows } from "./check-factors";
import {
  declaredIds,
  parseCategories,
  parseFactors,
  parseGlossary,
  parseOverview,
  parseSources,
} from "./parse-lists";
import { parseContentFile, type ParsedFile } from "./parse-markdown";
import { parseOption, type ParsedOption } from "./parse-option";
import { parseQuestion } from "./parse-question";
import { FileReport, START, sortProblems, type Problem } from "./problems";

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

/**
 * Turns content files into a validated feature matrix, or into every problem in every file.
 * Pure, so tests can feed it files. Files are parsed kind by kind (options before the
 * attributes that name them), and of each file only what its parser returns is kept.
 */
export function checkContentFiles(
  files: readonly ContentFile[],
  opts: CheckOptions,
): ContentResult {
  const reports = new Map<string, FileReport>();
  const reportFor = (file: string) => {
    const report = reports.get(file) ?? new FileReport(file);
    reports.set(file, report);
    return report;
  };
  checkFolder(files, reportFor, opts.root);
  /** The files of one kind, each parsed, with its report. */
  const each = <T>(kind: FileKind, parse: (parsed: ParsedFile, report: FileReport) => T) =>
    files
      .filter((file) => classifyFile(file.relative) === kind)
      .map((file) => {
        const report = reportFor(file.display);
        const parsed = parseContentFile(file.text, report);
        return { value: parse(parsed, report), report, parsed };
      });

  const categoryFiles = each("categories", parseCategories);
  const sourceFiles = each("sources", (p, r) => parseSources(p, r, opts.today));
  const factorFiles = each("factors", parseFactors);
  const categories = categoryFiles.flatMap(withReport);
  const sources = sourceFiles.flatMap(withReport);
  const factors = factorFiles.flatMap(withReport);
  const glossary = each("glossary", parseGlossary).flatMap(withReport);
  const overview = each("overview", parseOverview).flatMap((o) => o.value);
  const options = each("option", parseOption).flatMap(({ value, report }) =>
    value ? [{ ...value, report }] : [],
  );
  const optionIds = optionIdsByName(options);
  const attributeFiles = each("attribute", (p, r) => parseAttribute(p, r, optionIds, opts.today));
  const attributes = attributeFiles.flatMap(
    ({ value: { attribute, idPlace, verdictPlaces }, report }) =>
      attribute ? [{ attribute, idPlace, verdictPlaces, report }] : [],
  );
  const questions = each("question", parseQuestion)
    .flatMap(({ value, report }) => (value ? [{ ...value, report }] : []))
    .sort(
      (a, b) => a.question.order - b.question.order || a.question.id.localeCompare(b.question.id),
    );

  checkUnique("category", categories, (c) => c.value.id);
  checkUnique("factor", factors, (f) => f.value.id);
  checkUnique("source", sources, (s) => s.value.id);
  checkUnique("glossary term", glossary, (g) => g.value.id);
  checkUnique("option", options, (o) => o.id);
  checkUnique("attribute", attributes, (a) => a.attribute.id);
  checkUnique("question", questions, (q) => q.question.id);
  checkQuestions(
    questions,
    factors.map((f) => f.value),
    categories.map((c) => c.value),
    attributes.map((a) => a.attribute),
  );
  checkFactorRows(
    factors,
    attributes,
    new Set(attributeFiles.flatMap((a) => a.value.factor ?? [])),
  );
  checkRefs(reports.values(), {
    // A file that failed still names what it declares, so its users are not reported too.
    attribute: new Set(attributeFiles.flatMap((a) => a.value.names)),
    term: new Set(glossary.map((g) => g.value.id)),
    // So does a list file whose entries failed: its ids are read from the frontmatter's data.
    source: new Set(sourceFiles.flatMap((f) => declaredIds(f.parsed, "sources"))),
    option: new Set(options.map((o) => o.id)),
    category: new Set(categoryFiles.flatMap((f) => declaredIds(f.parsed, "categories"))),
    factor: new Set(factorFiles.flatMap((f) => declaredIds(f.parsed, "factors"))),
  });
  const namedCategories = new Set(attributeFiles.flatMap((a) => a.value.category ?? []));
  for (const { value, idPlace, report } of categories) {
    if (!namedCategories.has(value.id)) {
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
    options: options
      .flatMap((o) => (o.option ? [o.option] : []))
      .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name)),
    categories: categories.map((c) => c.value),
    attributes: attributes
      .map((a) => a.attribute)
      .sort(
        (a, b) =>
          categoryOrder.indexOf(a.category) - categoryOrder.indexOf(b.category) ||
          a.order - b.order ||
          a.name.localeCompare(b.name),
      ),
    glossary: glossary.map((g) => g.value),
    sources: sources.map((s) => s.value),
    factors: factors
      .map((f) => f.value)
      .sort((a, b) => categoryOrder.indexOf(a.category) - categoryOrder.indexOf(b.category)),
    overview,
    questions: questions.map((q) => q.question),
  });
  if (matrix.success) return { ok: true, matrix: matrix.data, problems };
  // Every check above should make this unreachable; if it is reached, say so plainly.
  const issues = matrix.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  const message = `the assembled matrix is invalid (${issues})`;
  const fix = "this is a bug in the loader, not in your content; please report it";
  const bug = { file: opts.root, ...START, severity: "error" as const, message, fix };
  return { ok: false, problems: [...problems, bug] };
}

/** Option ids by id and by lower-cased name (notes use either); a shared name is reported. */
function optionIdsByName(options: readonly (ParsedOption & { report: FileReport })[]) {
  const ids = new Map<string, string>();
  for (const { id, name, idPlace, report } of options) {
    const byName = ids.get(name.toLowerCase());
    if (byName !== undefined && byName !== id) {
      report.error(
        idPlace,
        `another option is also named "${name}"`,
        "give each option a distinct name",
      );
    }
    ids.set(id, id);
    ids.set(name.toLowerCase(), id);
  }
  return ids;
}

/** The entries of a list file (categories, sources, glossary), each with the file's report. */
function withReport<T>({ value, report }: { value: T[]; report: FileReport }) {
  return value.map((entry) => ({ ...entry, report }));
}

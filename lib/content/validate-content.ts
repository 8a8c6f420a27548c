import {
  featureMatrixSchema,
  type Attribute,
  type FeatureMatrix,
  type Option,
} from "../model/schema";
import { classifyFile, REQUIRED_FILES, type FileKind } from "./classify";
import {
  readAttributeFile,
  type AttributeContext,
  type AttributeFileResult,
} from "./attribute-file";
import { checkRefs, checkUnique, type Def } from "./cross-check";
import {
  parseCategories,
  parseGlossary,
  parseOverview,
  parseSources,
  type Placed,
} from "./parse-lists";
import { parseMarkdownFile, type ParsedFile } from "./parse-markdown";
import { readContentFile } from "./read-file";
import { parseOption, type ParsedOption } from "./parse-option";
import { parseQuestion, type ParsedQuestion } from "./parse-question";
import { checkQuestions } from "./check-questions";
import {
  DeferredPlace,
  FileReport,
  START,
  sortProblems,
  type Place,
  type Problem,
} from "./problems";
import { placeInFrontmatter } from "./yaml-place";
import { loaderBug } from "./zod-problems";
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

const matrixWithoutAttributes = featureMatrixSchema.omit({ attributes: true });

/**
 * Turns content files into a validated feature matrix, or into every problem found in every
 * file. Pure: it reads nothing from disk, so tests can feed it files directly.
 */
export function validateContent(
  files: readonly ContentFile[],
  opts: ValidateOptions,
): ValidationResult {
  const run = beginValidation(files, opts);
  return run.finish(run.attributeFiles.map((file) => readAttributeFile(file, run.context)));
}

/**
 * A validation between its two halves. Attribute files, nearly all of a large content folder,
 * each need only what was read before them, so they can be read here or in worker threads
 * (see validate-in-parallel.ts).
 */
export interface Validation {
  /** The attribute files, in order, to be read with readAttributeFile and `context`. */
  attributeFiles: readonly ContentFile[];
  context: AttributeContext;
  /** The rest, given the attribute files' results in the same order. */
  finish(attributes: readonly AttributeFileResult[]): ValidationResult;
}

/** Classifies the files and reads all but the attribute files and questions. */
export function beginValidation(files: readonly ContentFile[], opts: ValidateOptions): Validation {
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
      const parsed = readContentFile(file.display, file.text, report);
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
  const known: Record<Ref["kind"], ReadonlySet<string>> = {
    attribute: new Set(), // filled in by finish(): attribute files name no attributes
    term: new Set(glossary.map((g) => g.value.id)),
    source: new Set(sources.map((s) => s.value.id)),
    option: new Set(options.map((o) => o.value.id)),
    category: new Set(categories.map((c) => c.value.id)),
  };
  const attributeFiles = (byKind.get("attribute") ?? []).map(({ file }) => file);
  const context: AttributeContext = {
    optionIds,
    known,
    options: options.map((o) => o.value.id),
    today: opts.today,
  };
  return { attributeFiles, context, finish };

  function finish(results: readonly AttributeFileResult[]): ValidationResult {
    // Ids other files may name; a file that failed still names what it declares.
    const attributeIds = new Set<string>();
    const attributes: { value: { attribute: Attribute; idPlace: Place }; report: FileReport }[] =
      [];
    results.forEach((result, i) => {
      const file = attributeFiles[i]!;
      const report = reportFor(file.display);
      report.problems.push(...result.problems);
      for (const name of result.names) attributeIds.add(name);
      if (result.attribute) {
        attributes.push({
          value: { attribute: result.attribute, idPlace: idPlaceOf(file) },
          report,
        });
      }
    });

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
      questions.map(({ value, report }) => ({
        id: value.question.id,
        place: value.idPlace,
        report,
      })),
    );
    checkQuestions(questions.map(({ value, report }) => ({ ...value, report })));

    checkRefs(refs, { ...known, attribute: attributeIds }, reportFor);

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
    // Attributes were checked against their schema as each file was read (see attribute-file.ts).
    const matrix = matrixWithoutAttributes.safeParse({
      options: sortOptions(options.flatMap((o) => (o.value.option ? [o.value.option] : []))),
      categories: categories.map((c) => c.value),
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
            ...loaderBug("matrix", matrix.error),
          },
        ],
      };
    }
    const sorted = sortAttributes(
      attributes.map((a) => a.value.attribute),
      categoryOrder,
    );
    return { ok: true, matrix: { ...matrix.data, attributes: sorted }, problems };
  }
}

/** Where an attribute file's id is: found again from its text, only if a duplicate is shown. */
function idPlaceOf(file: ContentFile): Place {
  return new DeferredPlace(() => {
    const parsed = parseMarkdownFile(file.display, file.text, new FileReport(file.display));
    return placeInFrontmatter(parsed.frontmatter, ["id"]);
  });
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

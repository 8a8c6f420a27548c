import type { Category, Factor, GlossaryEntry, Source } from "../model/schema";
import { categoriesFileSchema, factorsFileSchema, sourcesFileSchema } from "../model/schema";
import { slugify } from "../markdown/slug";
import type { ParsedFile } from "./parse-markdown";
import { placeOfNode, START, type FileReport, type Place } from "./problems";
import { paragraphsWithCitations, sourceOf, splitSections } from "./sections";
import { checkDate } from "./cross-check";
import { parseFrontmatter, placeInFrontmatter } from "./frontmatter";

/** An entry of a list file together with where its id is written, for duplicate checks. */
export interface Placed<T> {
  value: T;
  idPlace: Place;
}

/**
 * The ids a list file's entries declare (`list` is its key: categories, sources, factors), read
 * from the frontmatter's data even where entries fail their schema, so that one bad field is
 * reported once rather than again at everything that cites the entry.
 */
export function declaredIds(parsed: ParsedFile, list: string): string[] {
  const data = parsed.frontmatter?.data;
  const entries = isRecord(data) ? data[list] : undefined;
  return Array.isArray(entries)
    ? entries.flatMap((e) => (isRecord(e) && typeof e.id === "string" ? [e.id] : []))
    : [];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function parseCategories(parsed: ParsedFile, report: FileReport): Placed<Category>[] {
  const front = parseFrontmatter(categoriesFileSchema, parsed.frontmatter, report);
  return (front?.categories ?? []).map((value, i) => ({
    value,
    idPlace: placeInFrontmatter(parsed.frontmatter, ["categories", i, "id"]),
  }));
}

export function parseSources(
  parsed: ParsedFile,
  report: FileReport,
  today: string,
): Placed<Source>[] {
  const front = parseFrontmatter(sourcesFileSchema, parsed.frontmatter, report);
  return (front?.sources ?? []).map((value, i) => {
    checkDate(
      report,
      placeInFrontmatter(parsed.frontmatter, ["sources", i, "read"]),
      value.read,
      today,
      {
        future: `\`sources.${i}.read\` (${value.read}) is in the future`,
        futureFix: `use the date you last read the page, at the latest ${today}`,
        old: (days) => `the source "${value.id}" was last read ${days} days ago`,
        oldFix: "read the page again, check the facts that cite it, and update `read`",
      },
    );
    return { value, idPlace: placeInFrontmatter(parsed.frontmatter, ["sources", i, "id"]) };
  });
}

/** Decision factors; each names the category whose needs step asks about it. */
export function parseFactors(parsed: ParsedFile, report: FileReport): Placed<Factor>[] {
  const front = parseFrontmatter(factorsFileSchema, parsed.frontmatter, report);
  return (front?.factors ?? []).map((value, i) => {
    report.refer(
      "category",
      value.category,
      placeInFrontmatter(parsed.frontmatter, ["factors", i, "category"]),
    );
    return { value, idPlace: placeInFrontmatter(parsed.frontmatter, ["factors", i, "id"]) };
  });
}

/** Glossary: each level-2 heading is a term, the paragraphs below it its definition. */
export function parseGlossary(parsed: ParsedFile, report: FileReport): Placed<GlossaryEntry>[] {
  if (parsed.frontmatter) {
    report.error(
      START,
      "the glossary takes no frontmatter",
      "remove the lines between the two `---` lines and the `---` lines",
    );
  }
  const entries: Placed<GlossaryEntry>[] = [];
  for (const section of splitSections(parsed.body).slice(1)) {
    const id = slugify(section.title);
    const definition = section.nodes.map((n) => sourceOf(parsed.text, [n])).filter(Boolean);
    if (!id) {
      report.error(
        section.place,
        `the term "${section.title}" has no letters or digits`,
        "name the term in words",
      );
    } else if (definition.length === 0) {
      report.error(
        section.place,
        `the term "${section.title}" has no definition`,
        "write a sentence or two below the heading",
      );
    } else {
      entries.push({ value: { id, term: section.title, definition }, idPlace: section.place });
    }
  }
  return entries;
}

/** Home-page overview: plain paragraphs, each citing its sources. */
export function parseOverview(parsed: ParsedFile, report: FileReport): string[] {
  const nodes = splitSections(parsed.body).flatMap((s) => s.nodes);
  const paragraphs = paragraphsWithCitations(nodes, parsed.text, report);
  if (paragraphs.length === 0) {
    report.error(
      parsed.body[0] ? placeOfNode(parsed.body[0]) : START,
      "the overview is empty",
      "write a few paragraphs on what differs between the options, each citing a source with :cite[…]",
    );
  }
  return paragraphs;
}

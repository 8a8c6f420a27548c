import { attributeSchema, type Attribute } from "../model/schema";
import { checkRefs, daysBetween } from "./cross-check";
import { parseAttribute, type ParsedAttribute } from "./parse-attribute";
import type { ParsedFile } from "./parse-markdown";
import { FileReport, START, type Problem } from "./problems";
import type { Ref } from "./prose";
import { readContentFile } from "./read-file";
import { loaderBug } from "./zod-problems";

/** A review older than this is flagged so stale facts get re-checked. */
export const STALE_AFTER_DAYS = 365;

/**
 * What an attribute file is checked against: everything it may refer to is read before the
 * attributes. Plain data, so worker threads can be given it.
 */
export interface AttributeContext {
  /** An option's id and lower-cased name, each mapped to its id (note headings may use either). */
  optionIds: ReadonlyMap<string, string>;
  /** The ids attribute files may refer to, by kind. */
  known: Record<Ref["kind"], ReadonlySet<string>>;
  /** Every option's id: each needs a cell. */
  options: readonly string[];
  today: string;
}

/** One attribute file, checked. Plain data, so worker threads can send it back. */
export interface AttributeFileResult {
  attribute: Attribute | undefined;
  /** The ids other files may refer to it by (a broken file still names what it declares). */
  names: string[];
  problems: Problem[];
}

export interface AttributeFileInput {
  display: string;
  text: string;
}

/**
 * Reads and checks one attribute file on its own: its Markdown and frontmatter, its references
 * and its cells. Only what it returns is kept; its trees and places are dropped at once.
 */
export function readAttributeFile(
  file: AttributeFileInput,
  context: AttributeContext,
): AttributeFileResult {
  const report = new FileReport(file.display);
  const parsed = readContentFile(file.display, file.text, report);
  const refs: Ref[] = [];
  const attribute = parseAttribute(parsed, report, refs, context.optionIds);
  checkRefs(refs, context.known, () => report);
  if (attribute) checkCells(attribute, report, context);
  return {
    attribute: attribute && checked(attribute.attribute, report),
    names: attribute ? [attribute.attribute.id] : namesOf(parsed, file.display),
    problems: report.problems,
  };
}

/**
 * The attribute as the matrix holds it (frontmatter and notes), checked against the matrix's
 * schema here, where files are read in parallel, rather than once the matrix is put together.
 * The file's own checks should make a failure impossible; if one happens, it says so.
 */
function checked(attribute: Attribute, report: FileReport): Attribute | undefined {
  const result = attributeSchema.safeParse(attribute);
  if (result.success) return result.data;
  const { message, fix } = loaderBug("attribute", result.error);
  report.error(START, message, fix);
  return undefined;
}

/** Every option needs a cell in every attribute, and every cell a review date not too old. */
function checkCells(
  { attribute, cellsPlace, reviewedPlaces }: ParsedAttribute,
  report: FileReport,
  { options, today }: AttributeContext,
): void {
  for (const id of options) {
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
export function namesOf(parsed: ParsedFile, file: string): string[] {
  const data = parsed.frontmatter?.data as { id?: unknown } | null | undefined;
  const raw = typeof data === "object" && data !== null ? data.id : undefined;
  const base = file.replace(/^.*\//, "").replace(/\.md$/, "");
  return typeof raw === "string" ? [raw, base] : [base];
}

import { attributeFrontmatterSchema, type Attribute } from "../model/schema";
import { placeInFrontmatter } from "./frontmatter";
import type { ParsedFile } from "./parse-markdown";
import { placeOfNode, START, type FileReport, type Place } from "./problems";
import { sourceOf, splitSections } from "./prose";
import { parseFrontmatter } from "./zod-problems";

/** A review older than this is flagged so stale facts get re-checked. */
const STALE_AFTER_DAYS = 365;

/** What an attribute file is checked against: the options, which are read first. */
export interface AttributeContext {
  /** An option's id and lower-cased name, each mapped to its id (note headings may use either). */
  optionIds: ReadonlyMap<string, string>;
  /** Every option's id: each needs a cell. */
  options: readonly string[];
  /** Today's date as YYYY-MM-DD, for the age of review dates. */
  today: string;
}

export interface ParsedAttribute {
  /** The attribute; undefined when its frontmatter is invalid (already reported). */
  attribute: Attribute | undefined;
  idPlace: Place;
  /**
   * The ids other files may refer to it by. A file that failed still names the id it declares
   * and its file name, so one broken attribute does not also fail every question that weighs it.
   */
  names: string[];
}

/** Reads an attribute file: frontmatter with one cell per option, and notes headed by option. */
export function parseAttribute(
  parsed: ParsedFile,
  report: FileReport,
  context: AttributeContext,
): ParsedAttribute {
  const front = parseFrontmatter(attributeFrontmatterSchema, parsed.frontmatter, report);
  collectRefs(parsed, report);
  const at = (path: PropertyKey[], key = false) =>
    placeInFrontmatter(parsed.frontmatter, path, key);
  const notes = parseNotes(parsed, report, context.optionIds);
  const idPlace = at(["id"]);
  if (!front) return { attribute: undefined, idPlace, names: namesOf(parsed, report.file) };

  const cells: Attribute["cells"] = {};
  for (const [optionId, cell] of Object.entries(front.cells)) {
    const note = notes.get(optionId)?.text;
    cells[optionId] = note === undefined ? cell : { ...cell, note };
    if (cell.inferred && note === undefined) {
      report.error(
        at(["cells", optionId, "inferred"]),
        `the cell for "${optionId}" is inferred but has no note saying how`,
        `add a note under a heading naming the option that explains how the value was derived`,
      );
    }
    checkReviewed(cell.reviewed, optionId, at(["cells", optionId, "reviewed"]), report, context);
  }
  for (const [optionId, note] of notes) {
    if (!(optionId in front.cells)) {
      report.error(
        note.place,
        `a note for "${optionId}" has no cell`,
        `add a cell for ${optionId} under \`cells:\` or remove the note`,
      );
    }
  }
  for (const id of context.options) {
    if (!(id in front.cells)) {
      report.error(
        at(["cells"], true),
        `no cell for the option "${id}"`,
        `add \`${id}:\` under \`cells:\` with value, verdict, source and reviewed (every attribute needs one cell per option)`,
      );
    }
  }
  return { attribute: { ...front, cells }, idPlace, names: [front.id] };
}

/** The notes below the frontmatter, by option id: each headed by an option's name or id. */
function parseNotes(
  parsed: ParsedFile,
  report: FileReport,
  optionIds: ReadonlyMap<string, string>,
): Map<string, { text: string; place: Place }> {
  const [intro, ...sections] = splitSections(parsed.body);
  if (intro && intro.nodes.length > 0) {
    report.error(
      placeOfNode(intro.nodes[0]!),
      "text before the first note heading belongs to no option",
      "put it under a heading naming the option, e.g. `## Bare metal`, or move it into `why`",
    );
  }
  const notes = new Map<string, { text: string; place: Place }>();
  for (const section of sections) {
    const place = section.heading ? placeOfNode(section.heading) : START;
    const optionId = optionIds.get(section.title.toLowerCase());
    if (!optionId) {
      report.error(
        place,
        `note heading "## ${section.title}" names no option`,
        `head each note with an option's name or id: ${[...new Set(optionIds.values())].join(", ")}`,
      );
    } else if (notes.has(optionId)) {
      report.error(
        place,
        `a second note for "${optionId}"`,
        "merge the two notes under one heading",
      );
    } else if (section.nodes.length === 0) {
      report.error(
        place,
        `the note "## ${section.title}" is empty`,
        "write the note below the heading or remove the heading",
      );
    } else {
      notes.set(optionId, { text: sourceOf(parsed.text, section.nodes), place });
    }
  }
  return notes;
}

/** A review date may not be in the future, and one more than a year old gets a warning. */
function checkReviewed(
  reviewed: string,
  optionId: string,
  at: Place,
  report: FileReport,
  { today }: AttributeContext,
): void {
  const age = daysBetween(reviewed, today);
  if (age < 0) {
    report.error(
      at,
      `\`cells.${optionId}.reviewed\` (${reviewed}) is in the future`,
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

/**
 * The category, options and sources the frontmatter names, read from its data even when it
 * fails its schema, so one run reports an unknown source next to a bad verdict.
 */
function collectRefs({ frontmatter: fm }: ParsedFile, report: FileReport): void {
  const data = fm?.data;
  if (!isRecord(data)) return;
  if (typeof data.category === "string") {
    report.refer("category", data.category, placeInFrontmatter(fm, ["category"]));
  }
  if (!isRecord(data.cells)) return;
  for (const [optionId, cell] of Object.entries(data.cells)) {
    report.refer("option", optionId, placeInFrontmatter(fm, ["cells", optionId], true));
    if (isRecord(cell) && typeof cell.source === "string") {
      report.refer("source", cell.source, placeInFrontmatter(fm, ["cells", optionId, "source"]));
    }
  }
}

function namesOf(parsed: ParsedFile, file: string): string[] {
  const data = parsed.frontmatter?.data;
  const base = file.replace(/^.*\//, "").replace(/\.md$/, "");
  return isRecord(data) && typeof data.id === "string" ? [data.id, base] : [base];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Days between two ISO dates, b - a. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

import { attributeFrontmatterSchema, type Attribute } from "../model/schema";
import { parseFrontmatter, placeInFrontmatter, type Frontmatter } from "./frontmatter";
import type { ParsedFile } from "./parse-markdown";
import { placeOfNode, type FileReport, type Place } from "./problems";
import { notesById, sourceOf, splitSections } from "./sections";

/** A review older than this is flagged so stale facts get re-checked. */
const STALE_AFTER_DAYS = 365;

export interface ParsedAttribute {
  /** The attribute; undefined when its frontmatter is invalid (already reported). */
  attribute: Attribute | undefined;
  idPlace: Place;
  /** Its ids for other files: a broken file still names its declared id and its file name. */
  names: string[];
}

/**
 * Reads an attribute file: frontmatter with one cell per option, and notes headed by option.
 * `optionIds` maps each option's id and lower-cased name to its id (a note may be headed by
 * either); `today` (YYYY-MM-DD) dates the reviews.
 */
export function parseAttribute(
  parsed: ParsedFile,
  report: FileReport,
  optionIds: ReadonlyMap<string, string>,
  today: string,
): ParsedAttribute {
  const fm = parsed.frontmatter;
  const front = parseFrontmatter(attributeFrontmatterSchema, fm, report);
  collectRefs(fm, report);
  const at = (path: PropertyKey[], key = false) => placeInFrontmatter(fm, path, key);
  const [intro, ...sections] = splitSections(parsed.body);
  if (intro && intro.nodes.length > 0) {
    report.error(
      placeOfNode(intro.nodes[0]!),
      "text before the first note heading belongs to no option",
      "put it under a heading naming the option, e.g. `## Bare metal`, or move it into `why`",
    );
  }
  const options = [...new Set(optionIds.values())];
  const notes = notesById(sections, report, {
    noun: "option",
    ids: optionIds,
    expected: `an option's name or id: ${options.join(", ")}`,
  });
  const idPlace = at(["id"]);
  if (!front) return { attribute: undefined, idPlace, names: namesOf(fm, report.file) };

  const cells: Attribute["cells"] = {};
  for (const [optionId, cell] of Object.entries(front.cells)) {
    const note = notes.get(optionId);
    cells[optionId] = note ? { ...cell, note: sourceOf(parsed.text, note.nodes) } : cell;
    if (cell.inferred && !note) {
      report.error(
        at(["cells", optionId, "inferred"]),
        `the cell for "${optionId}" is inferred but has no note saying how`,
        "add a note under a heading naming the option that explains how the value was derived",
      );
    }
    const age = daysBetween(cell.reviewed, today);
    if (age < 0) {
      report.error(
        at(["cells", optionId, "reviewed"]),
        `\`cells.${optionId}.reviewed\` (${cell.reviewed}) is in the future`,
        `use the date you last checked the value, at the latest ${today}`,
      );
    } else if (age > STALE_AFTER_DAYS) {
      report.warn(
        at(["cells", optionId, "reviewed"]),
        `\`cells.${optionId}.reviewed\` is ${age} days old`,
        "check the value against its source again and update the date",
      );
    }
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
  for (const id of options) {
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

/**
 * The category, options and sources the frontmatter names, read from its data even when it
 * fails its schema, so one run reports an unknown source next to a bad verdict.
 */
function collectRefs(fm: Frontmatter | null, report: FileReport): void {
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

function namesOf(fm: Frontmatter | null, file: string): string[] {
  const data = fm?.data;
  const base = file.replace(/^.*\//, "").replace(/\.md$/, "");
  return isRecord(data) && typeof data.id === "string" ? [data.id, base] : [base];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Days between two ISO dates, b - a. */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

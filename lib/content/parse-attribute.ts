import { attributeFrontmatterSchema, type Attribute } from "../model/schema";
import { parseFrontmatter, placeInFrontmatter, type Frontmatter } from "./frontmatter";
import type { ParsedFile } from "./parse-markdown";
import { placeOfNode, type FileReport, type Place } from "./problems";
import { checkDate } from "./cross-check";
import { notesById, sourceOf, splitSections } from "./sections";

export interface ParsedAttribute {
  /** The attribute; undefined when its frontmatter is invalid (already reported). */
  attribute: Attribute | undefined;
  idPlace: Place;
  /** Its ids for other files: a broken file still names its declared id and its file name. */
  names: string[];
  /**
   * The factor and category it names, read even from a broken file, so that neither is also
   * reported as having no attributes.
   */
  factor: string | undefined;
  category: string | undefined;
  /** Where each cell's verdict is written, for the check that a factor's rows agree. */
  verdictPlaces: Record<string, Place>;
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
  const data = fm?.data;
  const factor = isRecord(data) && typeof data.factor === "string" ? data.factor : undefined;
  const category = isRecord(data) && typeof data.category === "string" ? data.category : undefined;
  if (!front)
    return {
      attribute: undefined,
      idPlace,
      names: namesOf(fm, report.file),
      factor,
      category,
      verdictPlaces: {},
    };

  const cells: Attribute["cells"] = {};
  const verdictPlaces: Record<string, Place> = {};
  for (const [optionId, cell] of Object.entries(front.cells)) {
    const note = notes.get(optionId);
    cells[optionId] = note ? { ...cell, note: sourceOf(parsed.text, note.nodes) } : cell;
    verdictPlaces[optionId] = at(["cells", optionId, "verdict"]);
    if (cell.evidence === "derived" && !note) {
      report.error(
        at(["cells", optionId, "evidence"]),
        `the cell for "${optionId}" is derived but has no note giving the reasoning`,
        "add a note under a heading naming the option that says which stated fact it follows from, and how",
      );
    }
    if (
      cell.evidence !== "unstated" &&
      cell.unavailable &&
      (cell.evidence !== "stated" || cell.verdict !== "disadvantage")
    ) {
      report.error(
        at(["cells", optionId, "unavailable"]),
        `the cell for "${optionId}" is marked unavailable but is not a stated disadvantage`,
        "only a source that states the option cannot do this may rule it out: make the cell `evidence: stated` and `verdict: disadvantage`, or remove `unavailable`",
      );
    }
    checkDate(report, at(["cells", optionId, "reviewed"]), cell.reviewed, today, {
      future: `\`cells.${optionId}.reviewed\` (${cell.reviewed}) is in the future`,
      futureFix: `use the date you last checked the value, at the latest ${today}`,
      old: (days) => `\`cells.${optionId}.reviewed\` is ${days} days old`,
      oldFix: "check the value against its source again and update the date",
    });
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
        `add \`${id}:\` under \`cells:\` with evidence, value, verdict, source and reviewed (every attribute needs one cell per option)`,
      );
    }
  }
  return {
    attribute: { ...front, cells },
    idPlace,
    names: [front.id],
    factor,
    category,
    verdictPlaces,
  };
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
  if (typeof data.factor === "string") {
    report.refer("factor", data.factor, placeInFrontmatter(fm, ["factor"]));
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

import { attributeFrontmatterSchema, type Attribute } from "../model/schema";
import { placeOfNode, type ParsedFile } from "./parse-markdown";
import { START, type FileReport, type Place } from "./problems";
import { checkProse, sourceOf, splitSections, type Ref } from "./prose";
import { parseFrontmatter } from "./zod-problems";
import { placeInFrontmatter } from "./yaml-place";

export interface ParsedAttribute {
  attribute: Attribute;
  idPlace: Place;
  cellsPlace: Place;
  /** Where each reviewed date is, for the age and future-date checks. */
  reviewedPlaces: Record<string, Place>;
}

/**
 * Reads an attribute file. `optionIds` maps an option's id and lower-cased name to its id, so
 * a note may be headed by either (`## Bare metal` or `## bare-metal`).
 */
export function parseAttribute(
  parsed: ParsedFile,
  report: FileReport,
  refs: Ref[],
  optionIds: ReadonlyMap<string, string>,
): ParsedAttribute | undefined {
  const front = parseFrontmatter(attributeFrontmatterSchema, parsed.frontmatter, report);
  checkProse(parsed.body, report, refs);
  const fm = parsed.frontmatter;
  const at = (path: PropertyKey[], key = false) => placeInFrontmatter(fm, path, key);

  const [intro, ...sections] = splitSections(parsed.body);
  if (intro && intro.nodes.length > 0) {
    report.error(
      placeOfNode(intro.nodes[0]!),
      "text before the first note heading belongs to no option",
      "put it under a heading naming the option, e.g. `## Bare metal`, or move it into `why`",
    );
  }
  const notes = new Map<string, string>();
  const notePlaces = new Map<string, Place>();
  for (const section of sections) {
    const where = section.heading ? placeOfNode(section.heading) : START;
    const optionId = optionIds.get(section.title.toLowerCase());
    if (!optionId) {
      report.error(
        where,
        `note heading "## ${section.title}" names no option`,
        `head each note with an option's name or id: ${[...new Set(optionIds.values())].join(", ")}`,
      );
    } else if (notes.has(optionId)) {
      report.error(
        where,
        `a second note for "${optionId}"`,
        "merge the two notes under one heading",
      );
    } else if (section.nodes.length === 0) {
      report.error(
        where,
        `the note "## ${section.title}" is empty`,
        "write the note below the heading or remove the heading",
      );
    } else {
      notes.set(optionId, sourceOf(parsed.text, section.nodes));
      notePlaces.set(optionId, where);
    }
  }
  if (!front) {
    collectRawRefs(fm?.data, report, refs, at);
    return undefined;
  }

  const cells: Attribute["cells"] = {};
  const reviewedPlaces: Record<string, Place> = {};
  for (const [optionId, cell] of Object.entries(front.cells)) {
    refs.push({
      kind: "option",
      id: optionId,
      file: report.file,
      place: at(["cells", optionId], true),
    });
    refs.push({
      kind: "source",
      id: cell.source,
      file: report.file,
      place: at(["cells", optionId, "source"]),
    });
    reviewedPlaces[optionId] = at(["cells", optionId, "reviewed"]);
    const note = notes.get(optionId);
    cells[optionId] = note === undefined ? cell : { ...cell, note };
    if (cell.inferred && note === undefined) {
      report.error(
        at(["cells", optionId, "inferred"]),
        `the cell for "${optionId}" is inferred but has no note saying how`,
        `add a note under a heading naming the option that explains how the value was derived`,
      );
    }
  }
  for (const optionId of notes.keys()) {
    if (!(optionId in front.cells)) {
      report.error(
        notePlaces.get(optionId) ?? START,
        `a note for "${optionId}" has no cell`,
        `add a cell for ${optionId} under \`cells:\` or remove the note`,
      );
    }
  }
  refs.push({ kind: "category", id: front.category, file: report.file, place: at(["category"]) });
  return {
    attribute: { ...front, cells },
    idPlace: at(["id"]),
    cellsPlace: at(["cells"], true),
    reviewedPlaces,
  };
}

/**
 * When the frontmatter fails its schema, its references are still checked where they can be
 * read, so one run reports an unknown source next to a bad verdict rather than after it.
 */
function collectRawRefs(
  data: unknown,
  report: FileReport,
  refs: Ref[],
  at: (path: PropertyKey[], key?: boolean) => Place,
): void {
  if (!isRecord(data)) return;
  if (typeof data.category === "string") {
    refs.push({ kind: "category", id: data.category, file: report.file, place: at(["category"]) });
  }
  if (!isRecord(data.cells)) return;
  for (const [optionId, cell] of Object.entries(data.cells)) {
    refs.push({
      kind: "option",
      id: optionId,
      file: report.file,
      place: at(["cells", optionId], true),
    });
    if (isRecord(cell) && typeof cell.source === "string") {
      refs.push({
        kind: "source",
        id: cell.source,
        file: report.file,
        place: at(["cells", optionId, "source"]),
      });
    }
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

import type { ListItem, Nodes, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { placeOfNode, START, type FileReport, type Place } from "./problems";

/** A part of a body under a level-2 heading; the part before the first heading has none. */
export interface Section {
  /** The heading's text ("" before the first heading). */
  title: string;
  /** Where the heading is (the start of the file before the first heading). */
  place: Place;
  nodes: RootContent[];
}

/** A body split at its level-2 headings. Level-1 headings are titles for people, so dropped. */
export function splitSections(body: readonly RootContent[]): Section[] {
  const sections: Section[] = [{ title: "", place: START, nodes: [] }];
  for (const node of body) {
    if (node.type === "heading" && node.depth === 2) {
      sections.push({ title: toString(node).trim(), place: placeOfNode(node), nodes: [] });
    } else if (!(node.type === "heading" && node.depth === 1)) {
      sections.at(-1)?.nodes.push(node);
    }
  }
  return sections;
}

/** The Markdown source of nodes, cut from the file so the model keeps what the author wrote. */
export function sourceOf(text: string, nodes: readonly Nodes[]): string {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes.at(-1)?.position?.end.offset;
  if (start === undefined || end === undefined) return "";
  return text.slice(start, end).trim();
}

/** True when the prose cites at least one source with `:cite[…]`. */
export function citesSource(nodes: readonly Nodes[]): boolean {
  let found = false;
  for (const root of nodes) {
    visit(root, "textDirective", (node) => {
      if (node.name === "cite") found = true;
    });
  }
  return found;
}

/** Paragraphs of a prose section; each must cite a source because each states facts. */
export function paragraphsWithCitations(
  nodes: readonly RootContent[],
  text: string,
  report: FileReport,
): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    if (node.type !== "paragraph" && node.type !== "list" && node.type !== "blockquote") {
      report.error(
        placeOfNode(node),
        `a ${node.type === "code" ? "code block" : node.type} is not allowed here`,
        "write paragraphs or bullet lists only",
      );
      continue;
    }
    if (!citesSource([node])) {
      report.error(
        placeOfNode(node),
        "a paragraph cites no source",
        "end it with :cite[source-id] naming where its facts come from (ids are in content/sources.md)",
      );
    }
    out.push(sourceOf(text, [node]));
  }
  return out;
}

/** List items of a section made of bullet lists; anything else in it is an error. */
export function listItems(section: Section, report: FileReport): ListItem[] {
  const items: ListItem[] = [];
  for (const node of section.nodes) {
    if (node.type === "list") items.push(...node.children);
    else
      report.error(
        placeOfNode(node),
        `"## ${section.title}" may only contain a bullet list`,
        "write each point as a line starting with `- `, or move this text into the description above",
      );
  }
  return items;
}

/**
 * Sections that are each a note on one thing (an option of an attribute, an answer of a
 * question), by the id their heading names: `ids` maps a lower-cased heading to an id, and
 * `expected` says what a heading may name. Headings that name nothing, a second note on one
 * thing, and empty notes are reported.
 */
export function notesById(
  sections: readonly Section[],
  report: FileReport,
  { noun, ids, expected }: { noun: string; ids: ReadonlyMap<string, string>; expected: string },
): Map<string, Section> {
  const notes = new Map<string, Section>();
  for (const section of sections) {
    const id = ids.get(section.title.toLowerCase());
    if (id === undefined) {
      report.error(
        section.place,
        `note heading "## ${section.title}" names no ${noun}`,
        `head each note with ${expected}`,
      );
    } else if (notes.has(id)) {
      report.error(
        section.place,
        `a second note for "${id}"`,
        "merge the two notes under one heading",
      );
    } else if (section.nodes.length === 0) {
      report.error(
        section.place,
        `the note "## ${section.title}" is empty`,
        "write the note below the heading or remove the heading",
      );
    } else {
      notes.set(id, section);
    }
  }
  return notes;
}

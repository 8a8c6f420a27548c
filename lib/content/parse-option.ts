import { z } from "zod";
import { idSchema, optionFrontmatterSchema, type Option } from "../model/schema";
import { parseFrontmatter, placeInFrontmatter } from "./frontmatter";
import type { ParsedFile } from "./parse-markdown";
import { placeOfNode, START, type FileReport, type Place } from "./problems";
import {
  citesSource,
  listItems,
  paragraphsWithCitations,
  sourceOf,
  splitSections,
} from "./sections";

type ListField = "strengths" | "limitations" | "responsibilities";

/** The sections of an option file after its description, by heading: each a cited list. */
const LISTS = new Map<string, ListField>([
  ["Strengths", "strengths"],
  ["Limitations", "limitations"],
  ["What you take on", "responsibilities"],
]);

/**
 * What other files refer to an option by. It is read even when the rest of the frontmatter is
 * invalid, so that one mistake is reported once rather than again in every attribute file.
 */
const identitySchema = z.object({ id: idSchema, name: z.string().trim().min(1) });

export interface ParsedOption {
  id: string;
  name: string;
  idPlace: Place;
  /** The whole option; undefined when the file has errors (already reported). */
  option: Option | undefined;
}

/** Reads an option file: frontmatter, a cited description, and the three cited lists. */
export function parseOption(parsed: ParsedFile, report: FileReport): ParsedOption | undefined {
  const front = parseFrontmatter(optionFrontmatterSchema, parsed.frontmatter, report);
  const [intro, ...sections] = splitSections(parsed.body);
  const description = paragraphsWithCitations(intro?.nodes ?? [], parsed.text, report);
  if (description.length === 0) {
    report.error(
      parsed.body[0] ? placeOfNode(parsed.body[0]) : START,
      "the option has no description",
      "write one or more paragraphs after the frontmatter, before `## Strengths`, each citing a source with :cite[…]",
    );
  }

  const lists: Partial<Record<ListField, string[]>> = {};
  for (const section of sections) {
    const field = LISTS.get(section.title);
    if (!field) {
      const titles = [...LISTS.keys()].map((title) => `"## ${title}"`).join(", ");
      report.error(
        section.place,
        `unexpected section "## ${section.title}"`,
        `an option file has exactly these sections: ${titles}`,
      );
    } else if (lists[field]) {
      report.error(
        section.place,
        `section "## ${section.title}" appears twice`,
        "merge the two lists into one section",
      );
    } else {
      lists[field] = listItems(section, report).map((item) => {
        if (!citesSource([item])) {
          report.error(
            placeOfNode(item),
            `a point under "## ${section.title}" cites no source`,
            "end the point with :cite[source-id] naming where the fact comes from (ids are in content/sources.md)",
          );
        }
        return sourceOf(parsed.text, item.children);
      });
      if (lists[field].length === 0) {
        report.error(
          section.place,
          `"## ${section.title}" has no points`,
          "add a bullet list under the heading (lines starting with `- `)",
        );
      }
    }
  }
  const end = parsed.body.at(-1)?.position?.end.line ?? parsed.text.split("\n").length;
  for (const [title, field] of LISTS) {
    if (!lists[field]) {
      report.error(
        { line: end, column: 1 },
        `the section "## ${title}" is missing`,
        `add a "## ${title}" heading with a bullet list; see content/README.md`,
      );
    }
  }

  const identity = front ?? identitySchema.safeParse(parsed.frontmatter?.data).data;
  if (!identity) return undefined;
  const { strengths, limitations, responsibilities } = lists;
  const complete = front && strengths && limitations && responsibilities && description.length > 0;
  return {
    id: identity.id,
    name: identity.name,
    idPlace: placeInFrontmatter(parsed.frontmatter, ["id"]),
    option: complete
      ? { ...front, description, strengths, limitations, responsibilities }
      : undefined,
  };
}

import { idSchema, optionFrontmatterSchema, type Option } from "../model/schema";
import type { ParsedFile } from "./parse-markdown";
import { placeOfNode, START, type FileReport, type Place } from "./problems";
import { placeInFrontmatter } from "./frontmatter";
import { citesSource, listItems, paragraphsWithCitations, sourceOf, splitSections } from "./prose";
import { parseFrontmatter } from "./zod-problems";

/** The body sections an option file must have, keyed by their heading. */
const LIST_SECTIONS = {
  Strengths: "strengths",
  Limitations: "limitations",
  "What you take on": "responsibilities",
} as const;

type ListField = (typeof LIST_SECTIONS)[keyof typeof LIST_SECTIONS];

export interface ParsedOption {
  /** The id and name, known whenever the frontmatter is valid, so other files can refer to it. */
  id: string;
  name: string;
  idPlace: Place;
  /** The whole option; undefined when its body has errors (already reported). */
  option: Option | undefined;
}

/** Reads an option file: frontmatter, a cited description, and the three cited lists. */
export function parseOption(parsed: ParsedFile, report: FileReport): ParsedOption | undefined {
  const front = parseFrontmatter(optionFrontmatterSchema, parsed.frontmatter, report);
  const sections = splitSections(parsed.body);

  const [intro, ...rest] = sections;
  const description = paragraphsWithCitations(intro?.nodes ?? [], parsed.text, report);
  if (description.length === 0) {
    report.error(
      parsed.body[0] ? placeOfNode(parsed.body[0]) : START,
      "the option has no description",
      "write one or more paragraphs after the frontmatter, before `## Strengths`, each citing a source with :cite[…]",
    );
  }

  const lists: Partial<Record<ListField, string[]>> = {};
  for (const section of rest) {
    const field = LIST_SECTIONS[section.title as keyof typeof LIST_SECTIONS] as
      ListField | undefined;
    const at = section.heading ? placeOfNode(section.heading) : START;
    if (!field) {
      report.error(
        at,
        `unexpected section "## ${section.title}"`,
        `an option file has exactly these sections: ${Object.keys(LIST_SECTIONS)
          .map((s) => `"## ${s}"`)
          .join(", ")}`,
      );
      continue;
    }
    if (lists[field]) {
      report.error(
        at,
        `section "## ${section.title}" appears twice`,
        "merge the two lists into one section",
      );
      continue;
    }
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
        at,
        `"## ${section.title}" has no points`,
        "add a bullet list under the heading (lines starting with `- `)",
      );
    }
  }
  const end = parsed.body.at(-1)?.position?.end.line ?? parsed.text.split("\n").length;
  for (const [title, field] of Object.entries(LIST_SECTIONS)) {
    if (!lists[field]) {
      report.error(
        { line: end, column: 1 },
        `the section "## ${title}" is missing`,
        `add a "## ${title}" heading with a bullet list; see content/README.md`,
      );
    }
  }

  if (!front) return rawIdentity(parsed);
  const { strengths, limitations, responsibilities } = lists;
  const complete = strengths && limitations && responsibilities && description.length > 0;
  return {
    id: front.id,
    name: front.name,
    idPlace: placeInFrontmatter(parsed.frontmatter, ["id"]),
    option: complete
      ? { ...front, description, strengths, limitations, responsibilities }
      : undefined,
  };
}

/**
 * The id and name of an option whose frontmatter failed validation, when they are themselves
 * well formed: other files can then still refer to it, and one mistake is reported once
 * rather than again in every attribute file.
 */
function rawIdentity(parsed: ParsedFile): ParsedOption | undefined {
  const data = parsed.frontmatter?.data;
  if (typeof data !== "object" || data === null) return undefined;
  const { id, name } = data as { id?: unknown; name?: unknown };
  const okId = idSchema.safeParse(id);
  if (!okId.success || typeof name !== "string" || name.trim() === "") return undefined;
  return {
    id: okId.data,
    name: name.trim(),
    idPlace: placeInFrontmatter(parsed.frontmatter, ["id"]),
    option: undefined,
  };
}

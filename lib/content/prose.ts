import type { Heading, ListItem, Nodes, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { isSafeHref } from "../markdown/safe-url";
import { slugify } from "../markdown/slug";
import { placeOfNode, type FileReport, type Place } from "./problems";

/**
 * Checks prose for what content may not contain (raw HTML, unsafe links, images, unknown
 * directives) and notes its glossary terms and citations, to be checked once all is read.
 */
export function checkProse(nodes: readonly Nodes[], report: FileReport): void {
  for (const root of nodes) {
    visit(root, (node) => {
      switch (node.type) {
        case "html":
          report.error(
            placeOfNode(node),
            `raw HTML is not allowed in content: \`${printable(node.value.trim().split("\n")[0] ?? "")}\``,
            "remove the HTML and write the text in Markdown",
          );
          break;
        case "link":
        case "definition":
          if (!isSafeHref(node.url)) {
            report.error(
              placeOfNode(node),
              `link target \`${printable(node.url)}\` is not allowed`,
              "links may only use http://, https://, mailto: or a relative path; remove the link or fix its address",
            );
          }
          break;
        case "image":
          report.error(
            placeOfNode(node),
            "images are not allowed in content",
            "remove the image; describe it in words instead",
          );
          break;
        case "leafDirective":
        case "containerDirective":
          report.error(
            placeOfNode(node),
            `\`${node.type === "leafDirective" ? "::" : ":::"}${node.name}\` is not a supported block`,
            "only the inline forms :term[…] and :cite[…] exist; if you meant literal colons, write `\\:`",
          );
          break;
        case "textDirective":
          checkDirective(
            node.name,
            toString(node).trim(),
            node.attributes ?? {},
            placeOfNode(node),
            report,
          );
          break;
      }
    });
  }
}

/**
 * `:term[…]` (with an optional glossary id, `{#id}`) and `:cite[…]` are the only inline
 * directives, and take no other attributes: nothing renders them, and one such as
 * `{onclick=…}` is only ever written to try to inject it.
 */
function checkDirective(
  name: string,
  label: string,
  attributes: Record<string, string | null | undefined>,
  at: Place,
  report: FileReport,
): void {
  if (name !== "term" && name !== "cite") {
    report.error(
      at,
      `\`:${name}\` is not a known inline directive`,
      "use :term[…] or :cite[…]; if you meant a literal colon before a letter, write it as `\\:`",
    );
    return;
  }
  if (name === "term" && !label) {
    report.error(at, "`:term[]` has no text", "put the word in the brackets, e.g. :term[NUMA]");
  } else if (name === "term") {
    report.refer("term", attributes.id ?? slugify(label), at);
  } else if (!label) {
    report.error(
      at,
      "`:cite[]` names no source",
      "put a source id in the brackets, e.g. :cite[faq-table]",
    );
  } else {
    report.refer("source", label, at);
  }
  for (const key of Object.keys(attributes)) {
    if (name === "term" && key === "id") continue;
    report.error(
      at,
      /^on/i.test(key)
        ? `\`${key}\` on \`:${name}\` is an event-handler attribute, which content may not set`
        : `\`${key}\` on \`:${name}\` is an attribute, which content may not set`,
      name === "term"
        ? "remove the `{…}` after the term; only a glossary id is allowed there, as in :term[passed through]{#pass-through}"
        : "remove the `{…}` after the citation",
    );
  }
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

/** A body split at its level-2 headings; the part before the first one has no heading. */
export interface Section {
  heading: Heading | null;
  title: string;
  nodes: RootContent[];
}

export function splitSections(body: readonly RootContent[]): Section[] {
  const sections: Section[] = [{ heading: null, title: "", nodes: [] }];
  for (const node of body) {
    if (node.type === "heading" && node.depth === 2) {
      sections.push({ heading: node, title: toString(node).trim(), nodes: [] });
    } else if (!(node.type === "heading" && node.depth === 1)) {
      sections.at(-1)?.nodes.push(node);
    }
  }
  return sections;
}

/** The Markdown source of a node, cut from the file so the model keeps what the author wrote. */
export function sourceOf(text: string, nodes: readonly Nodes[]): string {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes.at(-1)?.position?.end.offset;
  if (start === undefined || end === undefined) return "";
  return text.slice(start, end).trim();
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

function printable(url: string): string {
  const shown = url.replace(/[\u0000-\u001f\u007f]/g, "�");
  return shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
}

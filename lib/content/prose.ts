import type { Nodes } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { isSafeHref, normalizeHref, schemeOf } from "../markdown/safe-url";
import { slugify } from "../markdown/slug";
import { placeOfNode, type FileReport } from "./problems";

/**
 * Checks prose for what content may not contain (raw HTML, unsafe links, images, unknown
 * directives) and notes its glossary terms and citations, to be checked once all is read.
 * `text` is the file the nodes' offsets point into.
 */
export function checkProse(nodes: readonly Nodes[], text: string, report: FileReport): void {
  for (const root of nodes) {
    visit(root, (node) => {
      switch (node.type) {
        case "paragraph":
        case "heading":
        case "tableCell":
          checkDisguisedLinks(node, text, report);
          break;
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
          checkDirective(node, report);
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
function checkDirective(node: Extract<Nodes, { type: "textDirective" }>, report: FileReport) {
  const { name, attributes } = node;
  const label = toString(node).trim();
  const at = placeOfNode(node);
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
    report.refer("term", attributes?.id ?? slugify(label), at);
  } else if (!label) {
    report.error(
      at,
      "`:cite[]` names no source",
      "put a source id in the brackets, e.g. :cite[faq-table]",
    );
  } else {
    report.refer("source", label, at);
  }
  for (const key of Object.keys(attributes ?? {})) {
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

/** A scheme as CommonMark accepts it in an autolink: written out, not encoded. */
const PLAIN_SCHEME = /^[a-z][a-z0-9+.-]{1,31}:/i;
const ANGLE_BRACKETED = /<([^<>\s]{1,2000})>/g;

/**
 * Refuses text that looks like an autolink with an encoded scheme, such as `<java&#115;cript:…>`.
 * Markdown shows it as text (an autolink's scheme cannot be encoded), but nobody writes it except
 * to smuggle a script URL past a checker, so it gets an error that says what it is.
 */
function checkDisguisedLinks(node: Nodes, text: string, report: FileReport): void {
  const start = node.position?.start;
  const end = node.position?.end;
  if (start?.offset === undefined || end?.offset === undefined) return;
  const source = blankInlineCode(text, node, start.offset, end.offset);
  for (const match of source.matchAll(ANGLE_BRACKETED)) {
    const inner = match[1] ?? "";
    if (PLAIN_SCHEME.test(inner) || isSafeHref(inner)) continue;
    const before = source.slice(0, match.index);
    const newlines = before.split("\n").length - 1;
    const column =
      newlines === 0 ? start.column + match.index : match.index - before.lastIndexOf("\n");
    report.error(
      { line: start.line + newlines, column },
      `\`<${printable(inner)}>\` is an encoded \`${schemeOf(normalizeHref(inner)) ?? "unknown"}:\` address, which is not allowed`,
      "remove it; links may only use http://, https://, mailto: or a relative path, written out plainly",
    );
  }
}

/** The node's source with its code spans blanked (same length), since code is shown, not linked. */
function blankInlineCode(text: string, node: Nodes, from: number, to: number): string {
  let source = text.slice(from, to);
  visit(node, "inlineCode", (code) => {
    const s = code.position?.start.offset;
    const e = code.position?.end.offset;
    if (s === undefined || e === undefined) return;
    source = source.slice(0, s - from) + " ".repeat(e - s) + source.slice(e - from);
  });
  return source;
}

function printable(url: string): string {
  const shown = url.replace(/[\u0000-\u001f\u007f]/g, "�");
  return shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
}

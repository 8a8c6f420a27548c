import type { Nodes } from "mdast";
import { visit } from "unist-util-visit";
import { normalizeHref, schemeOf, isSafeHref } from "../markdown/safe-url";
import type { ParsedFile } from "./parse-markdown";
import type { FileReport } from "./problems";

/** A scheme as CommonMark accepts it in an autolink: written out, not encoded. */
const PLAIN_SCHEME = /^[a-z][a-z0-9+.-]{1,31}:/i;
const ANGLE_BRACKETED = /<([^<>\s]{1,2000})>/g;

/**
 * Refuses text that looks like an autolink to a script URL with its scheme encoded, such as
 * `<java&#115;cript:…>` or `<%6Aavascript:…>`. Markdown does not make these links (an autolink's
 * scheme cannot be encoded), so they would show as text; but nobody writes them except to try
 * to smuggle a script URL past a checker, so they get an error that says what they are rather
 * than a puzzling one (or none). Real autolinks are links, checked with every other link.
 */
export function checkDisguisedLinks(parsed: ParsedFile, report: FileReport): void {
  if (!parsed.text.includes("<")) return;
  for (const root of parsed.body) {
    visit(root as Nodes, (node) => {
      if (node.type !== "paragraph" && node.type !== "heading" && node.type !== "tableCell") return;
      const start = node.position?.start;
      const end = node.position?.end;
      if (start?.offset === undefined || end?.offset === undefined) return;
      const source = blankInlineCode(parsed.text, node, start.offset, end.offset);
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
      return "skip";
    });
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

function printable(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

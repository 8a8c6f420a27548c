import type { Root, RootContent } from "mdast";
import remarkDirective from "remark-directive";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { LineCounter, parseDocument, type Document } from "yaml";
import { type FileReport, START, type Place } from "./problems";

/** The YAML frontmatter of a file, kept as a document so problems can point at its lines. */
export interface Frontmatter {
  data: unknown;
  doc: Document;
  lines: LineCounter;
  /** File line of the first YAML line (the one after the opening `---`). */
  firstLine: number;
}

export interface ParsedFile {
  file: string;
  text: string;
  tree: Root;
  frontmatter: Frontmatter | null;
  /** Body nodes: everything after the frontmatter. */
  body: RootContent[];
}

const parser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ["yaml"])
  .use(remarkGfm)
  .use(remarkDirective);

/** Parses a content file into its Markdown tree and its frontmatter, reporting syntax errors. */
export function parseMarkdownFile(file: string, text: string, report: FileReport): ParsedFile {
  const tree = parser.parse(text);
  const first = tree.children[0];
  let frontmatter: Frontmatter | null = null;
  if (first?.type === "yaml") {
    const firstLine = (first.position?.start.line ?? 1) + 1;
    const lines = new LineCounter();
    const doc = parseDocument(first.value, {
      lineCounter: lines,
      prettyErrors: false,
      uniqueKeys: true,
    });
    for (const e of [...doc.errors, ...doc.warnings]) {
      const pos = lines.linePos(e.pos[0]);
      report.error(
        { line: firstLine + pos.line - 1, column: pos.col },
        `the frontmatter is not valid YAML (${e.code === "DUPLICATE_KEY" ? "a key appears twice" : firstSentence(e.message)})`,
        e.code === "DUPLICATE_KEY"
          ? "keep one of the two entries"
          : "check indentation (two spaces per level), colons after keys, and quote values that contain a colon",
      );
    }
    frontmatter = { data: doc.errors.length === 0 ? doc.toJS() : undefined, doc, lines, firstLine };
  }
  const body = tree.children.filter((n) => n.type !== "yaml");
  return { file, text, tree, frontmatter, body };
}

function firstSentence(message: string): string {
  return message.split(/\n|\. /)[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? message;
}

/** Start of a Markdown node, or the start of the file for nodes without a position. */
export function placeOfNode(node: {
  position?: { start: { line: number; column: number } } | undefined;
}): Place {
  return node.position
    ? { line: node.position.start.line, column: node.position.start.column }
    : START;
}

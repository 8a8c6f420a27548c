import type { Root, RootContent, Yaml } from "mdast";
import remarkDirective from "remark-directive";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { eachNode } from "../markdown/each-node";
import { type Frontmatter, readFrontmatter } from "./frontmatter";
import { type FileReport, START, type Place } from "./problems";
import { splitFrontmatter } from "./split-frontmatter";

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
/** For the body alone: frontmatter is only recognised on the first line of a file. */
const bodyParser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/**
 * For bodies in which no GFM construct can start: CommonMark and directives only, about 40 %
 * faster than with GFM (its bare-link finder looks at every letter, and its link transform
 * searches every text node).
 */
const plainBodyParser = unified().use(remarkParse).use(remarkDirective);

/**
 * Whether GFM could change the tree of `markdown`. Each of its constructs needs characters of
 * its own: tables a `|` or, with one column, a colon beside the hyphens of the delimiter row
 * (`:---:`); strikethrough a `~`; footnotes `[^`; task items `[ ]` or `[x]` (or a line break
 * between the brackets); bare links http, www or @, found in decoded text, hence `&` for
 * character references. Without any of them, GFM gives the tree CommonMark gives: the property
 * tests in tests/unit/content/parse-markdown.test.ts found the table and task-item cases.
 */
function mayUseGfm(markdown: string): boolean {
  return /[|~]|:-|-:|\[\^|\[(?:[\t\n\r xX]|\r\n)\]|http|www|@|&/i.test(markdown);
}

/** Parses a content file into its Markdown tree and its frontmatter, reporting syntax errors. */
export function parseMarkdownFile(file: string, source: string, report: FileReport): ParsedFile {
  // Editors sometimes save a byte-order mark; it is invisible, so it is not the author's error.
  const stray = /^(?:[ \t]*\r?\n)+(?=---[ \t]*\r?\n)/.exec(source.replace(/^\uFEFF/, ""));
  if (stray) {
    report.error(
      START,
      "the frontmatter does not start on the first line",
      "remove the blank lines above the opening `---`",
    );
  }
  // Parse from the `---` anyway, so the rest of the file is checked (and other files can refer
  // to it) instead of one misplaced line causing errors everywhere; positions are shifted back.
  const shift = stray ? stray[0].split("\n").length - 1 : 0;
  const text = source.replace(/^\uFEFF/, "").slice(stray ? stray[0].length : 0);
  const tree = parseMarkdownTree(text);
  if (shift > 0) shiftPositions(tree, shift, 0);
  const first = tree.children[0];
  const frontmatter =
    first?.type === "yaml"
      ? readFrontmatter(first.value, (first.position?.start.line ?? 1) + 1, report)
      : null;
  const body = tree.children.filter((n) => n.type !== "yaml");
  return { file, text, tree, frontmatter, body };
}

/**
 * The Markdown tree of a file, the same as remark-frontmatter gives (tests compare the two):
 * the frontmatter is cut off first, so the Markdown parser reads only the body. In the
 * attribute files that make up most of the content, the frontmatter is most of the text.
 */
export function parseMarkdownTree(text: string): Root {
  const split = splitFrontmatter(text);
  if (!split) return parser.parse(text);
  const yaml: Yaml = {
    type: "yaml",
    value: split.yaml,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: split.closingLine, column: split.closingLength + 1, offset: split.closingEnd },
    },
  };
  const source = text.slice(split.bodyOffset);
  const body = (mayUseGfm(source) ? bodyParser : plainBodyParser).parse(source);
  shiftPositions(body, split.bodyLine - 1, split.bodyOffset);
  return {
    type: "root",
    children: [yaml, ...body.children],
    position: {
      start: { line: 1, column: 1, offset: 0 },
      // A file that ends at the closing fence has no body, not an empty last line.
      end:
        split.closingEnd === text.length || !body.position ? yaml.position!.end : body.position.end,
    },
  };
}

function shiftPositions(tree: Root, lines: number, offset: number): void {
  if (lines === 0 && offset === 0) return;
  eachNode(tree, (node) => {
    const at = node.position;
    if (!at) return;
    at.start.line += lines;
    at.end.line += lines;
    if (at.start.offset !== undefined) at.start.offset += offset;
    if (at.end.offset !== undefined) at.end.offset += offset;
  });
}

/** Start of a Markdown node, or the start of the file for nodes without a position. */
export function placeOfNode(node: {
  position?: { start: { line: number; column: number } } | undefined;
}): Place {
  return node.position
    ? { line: node.position.start.line, column: node.position.start.column }
    : START;
}

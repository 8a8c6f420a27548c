import type { Root, RootContent, Yaml } from "mdast";
import remarkDirective from "remark-directive";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { type Data, type Processor, unified } from "unified";
import { visit as unistVisit } from "unist-util-visit";
import { type Document, isAlias, LineCounter, parseDocument, visit } from "yaml";
import { type FileReport, START, type Place } from "./problems";
import { splitFrontmatter } from "./split-frontmatter";

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
/** For the body alone: frontmatter is only recognised on the first line of a file. */
const bodyParser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

type FromMarkdownExtension = NonNullable<Data["fromMarkdownExtensions"]>[number];

/**
 * Drops the tree transform with which remark-gfm links bare URLs and e-mail addresses (a regex
 * search over every text node, a tenth of the loader's time at scale). Only for text that
 * cannot contain one: see `mayHoldLiteralLink`.
 */
function withoutLiteralAutolinkTransform(this: Processor) {
  const data = this.data();
  const strip = (ext: FromMarkdownExtension): FromMarkdownExtension =>
    Array.isArray(ext)
      ? ext.map((e) => strip(e) as (typeof ext)[number])
      : ext.enter && "literalAutolink" in ext.enter
        ? { ...ext, transforms: [] }
        : ext;
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map(strip);
}
const plainBodyParser = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(withoutLiteralAutolinkTransform)
  .use(remarkDirective);

/**
 * Whether the transform could find a link: every pattern it searches for needs http, www or @,
 * and a character reference (&…;) is the only way for text to hold a letter its source lacks.
 */
function mayHoldLiteralLink(markdown: string): boolean {
  return /http|www|@|&/i.test(markdown);
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
    let data: unknown;
    if (doc.errors.length === 0) data = toData(doc, lines, firstLine, report);
    frontmatter = { data, doc, lines, firstLine };
  }
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
  const body = (mayHoldLiteralLink(source) ? bodyParser : plainBodyParser).parse(source);
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
  unistVisit(tree, (node) => {
    const at = node.position;
    if (!at) return;
    at.start.line += lines;
    at.end.line += lines;
    if (at.start.offset !== undefined) at.start.offset += offset;
    if (at.end.offset !== undefined) at.end.offset += offset;
  });
}

/**
 * Plain data from the YAML document. Anchors and aliases (`&x`, `*x`) are refused: content
 * never needs them, a stray `*` at the start of a value (Markdown emphasis) would otherwise be
 * read as one, and nested aliases can expand without bound.
 */
function toData(doc: Document, lines: LineCounter, firstLine: number, report: FileReport): unknown {
  let aliases = 0;
  visit(doc, {
    Node(_, node) {
      const anchored = "anchor" in node && typeof node.anchor === "string";
      if (!isAlias(node) && !anchored) return;
      aliases++;
      const pos = lines.linePos(node.range?.[0] ?? 0);
      report.error(
        { line: firstLine + pos.line - 1, column: pos.col },
        `YAML ${isAlias(node) ? "alias" : "anchor"} \`${isAlias(node) ? "*" : "&"}${isAlias(node) ? node.source : String(node.anchor)}\` is not supported`,
        'a value starting with * or & must be put in double quotes, e.g. "*Overhead*"',
      );
    },
  });
  if (aliases > 0) return undefined;
  try {
    return doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    report.error(
      START,
      `the frontmatter could not be read (${e instanceof Error ? e.message : String(e)})`,
      "simplify the YAML",
    );
    return undefined;
  }
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

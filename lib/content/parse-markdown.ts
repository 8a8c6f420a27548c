import type { RootContent } from "mdast";
import remarkDirective from "remark-directive";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { type Frontmatter, parseYaml } from "./frontmatter";
import { type FileReport, START } from "./problems";
import { checkProse } from "./prose";

export interface ParsedFile {
  /** The text the nodes' offsets point into (without a byte-order mark or leading blank lines). */
  text: string;
  frontmatter: Frontmatter | null;
  /** Body nodes: everything after the frontmatter. */
  body: RootContent[];
}

const parser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ["yaml"])
  .use(remarkGfm)
  .use(remarkDirective);

/**
 * Parses a content file into its frontmatter and Markdown body, with the checks every kind of
 * file gets: YAML errors, and prose that content may not hold (see prose.ts).
 */
export function parseContentFile(source: string, report: FileReport): ParsedFile {
  // Editors sometimes save a byte-order mark; it is invisible, so it is not the author's error.
  const unmarked = source.replace(/^\uFEFF/, "");
  const stray = /^(?:[ \t]*\r?\n)+(?=---[ \t]*\r?\n)/.exec(unmarked)?.[0] ?? "";
  if (stray) {
    report.error(
      START,
      "the frontmatter does not start on the first line",
      "remove the blank lines above the opening `---`",
    );
  }
  // Parse from the `---` anyway, so the rest of the file is checked (and other files can refer
  // to it) instead of one misplaced line causing errors everywhere; lines are shifted back.
  const text = unmarked.slice(stray.length);
  const tree = parser.parse(text);
  const shift = stray.split("\n").length - 1;
  if (shift > 0) {
    visit(tree, (node) => {
      if (!node.position) return;
      node.position.start.line += shift;
      node.position.end.line += shift;
    });
  }
  const first = tree.children[0];
  const frontmatter =
    first?.type === "yaml"
      ? parseYaml(first.value, (first.position?.start.line ?? 1) + 1, report)
      : null;
  const parsed = { text, frontmatter, body: tree.children.filter((n) => n.type !== "yaml") };
  checkProse(parsed.body, text, report);
  return parsed;
}

import type { Root as HastRoot } from "hast";
import { defaultSchema, type Schema } from "hast-util-sanitize";
import type { Root as MdastRoot } from "mdast";
import { toString } from "mdast-util-to-string";
import rehypeSanitize from "rehype-sanitize";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { ALLOWED_SCHEMES } from "./safe-url";
import { slugify } from "./slug";

/** What inline directives resolve against: glossary terms and source labels, by id. */
export interface ProseContext {
  /** Each glossary term's definition as plain text, for the tooltip a term shows. */
  terms: ReadonlyMap<string, string>;
  /** Each source's number (its place on /sources, from 1) and short label. */
  sources: ReadonlyMap<string, { number: number; label: string }>;
}

/** Where glossary entries and sources are listed; directives link there. */
export const GLOSSARY_PATH = "/glossary";
export const SOURCES_PATH = "/sources";

/**
 * Content was checked at build time, but rendering sanitises anyway: a defence that does not
 * depend on every check being right. Only our own link classes survive; schemes are limited
 * to the ones content may use.
 */
const sanitizeSchema: Schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: [...ALLOWED_SCHEMES] },
  attributes: {
    ...defaultSchema.attributes,
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter(
        (d) => (Array.isArray(d) ? d[0] : d) !== "className",
      ),
      ["className", "term", "cite"],
      "ariaLabel",
    ],
  },
};

function remarkResolveDirectives(ctx: ProseContext) {
  return (tree: MdastRoot) => {
    visit(tree, (node) => {
      if (
        node.type !== "textDirective" &&
        node.type !== "leafDirective" &&
        node.type !== "containerDirective"
      )
        return;
      const label = toString(node).trim();
      const data = (node.data ??= {});
      if (node.type === "textDirective" && node.name === "term") {
        const id = node.attributes?.id ?? slugify(label);
        if (ctx.terms.has(id)) {
          data.hName = "a";
          data.hProperties = { href: `${GLOSSARY_PATH}#${id}`, className: ["term"] };
          return;
        }
      } else if (node.type === "textDirective" && node.name === "cite") {
        const source = ctx.sources.get(label);
        if (source) {
          // A numbered reference, as reference works print them; its name says which source.
          data.hName = "a";
          data.hProperties = {
            href: `${SOURCES_PATH}#${label}`,
            className: ["cite"],
            ariaLabel: `Source ${source.number}: ${source.label}`,
            title: source.label,
          };
          node.children = [{ type: "text", value: String(source.number) }];
          return;
        }
      }
      // Unresolvable directives cannot pass content:check; render their text as-is if one does.
      data.hName = "span";
    });
  };
}

/** Renders checked Markdown prose to a sanitised HTML tree (no React here). */
export function markdownToHast(markdown: string, ctx: ProseContext): HastRoot {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkResolveDirectives, ctx)
    .use(remarkRehype)
    .use(rehypeSanitize, sanitizeSchema);
  return processor.runSync(processor.parse(markdown));
}

const textParser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/** Plain text of Markdown prose (directives become their label; citations vanish). */
export function markdownToText(markdown: string): string {
  const tree = textParser.parse(markdown);
  visit(tree, "textDirective", (node, index, parent) => {
    if (node.name === "cite" && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
  return toString(tree)
    .replace(/\s+/g, " ")
    .replace(/\s+([.,;:])/g, "$1")
    .trim();
}

/**
 * The context for a matrix: every glossary term with its definition, and every source's short
 * label. Pages make it once and hand it to each piece of prose they render.
 */
export function proseContext(matrix: {
  glossary: ReadonlyArray<{ id: string; definition: readonly string[] }>;
  sources: ReadonlyArray<{ id: string; label: string }>;
}): ProseContext {
  return {
    terms: new Map(matrix.glossary.map((g) => [g.id, g.definition.map(markdownToText).join(" ")])),
    sources: new Map(matrix.sources.map((s, i) => [s.id, { number: i + 1, label: s.label }])),
  };
}

import { readdirSync } from "node:fs";
import fc from "fast-check";
import remarkDirective from "remark-directive";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { parseMarkdownTree } from "@/lib/content/parse-markdown";
import { splitFrontmatter } from "@/lib/content/split-frontmatter";
import { FIXTURES, readFixture } from "./fixtures";

/** What parseMarkdownFile used to do: remark-frontmatter reads the whole file. */
const reference = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ["yaml"])
  .use(remarkGfm)
  .use(remarkDirective);

/** Pieces of files around the frontmatter fences: fence look-alikes, line endings, Markdown. */
const piece = fc.constantFrom(
  "---",
  "--- ",
  "---\t",
  "----",
  "-- -",
  " ---",
  "***",
  "\n",
  "\n",
  "\n",
  "\r\n",
  "\r",
  "\t",
  "\0",
  "id: x",
  "name: A *b*",
  "  value: 1",
  "# Heading",
  "## bare-metal",
  "Title",
  "===",
  "text with :term[numa] and :cite[src]",
  "::leaf",
  ":::box",
  "- item",
  "1. item",
  "> quote",
  "```",
  "    code",
  "| a | b |",
  "| - | - |",
  "<b>html</b>",
  "[ref]: https://example.com",
  "[ref]",
  "www.example.com",
  "WWW.EXAMPLE.COM",
  "http://example.com/a",
  "HTTPS://EXAMPLE.COM",
  "a@b.co",
  "mailto:a@b.co",
  "a&#64;b.co",
  "&#119;ww.example.com",
  "&amp;",
  "example.com",
  "~~del~~",
  "[^1]",
  "[^1]: note",
  "- [ ] task",
  "* [x] done",
  "a | b",
  "-|-",
  "~one~",
  "&#124;",
);

/**
 * Markdown that comes close to GFM without any of the characters GFM needs, so the parser
 * without GFM is the one used: near-miss task items, brackets and carets, hyphen rows under
 * text (setext headings and thematic breaks, not tables), letters of www and http apart.
 */
const nearGfm = fc.constantFrom(
  "\n",
  "\n\n",
  " ",
  "\t",
  "- ",
  "1. ",
  "> ",
  "[",
  "]",
  "^",
  "[]",
  "[  ]",
  "[xx]",
  "[ x]",
  "[\r\n]",
  "\r\n",
  "[\n]",
  "- [",
  "x",
  "X",
  "-",
  "---",
  ":---:",
  ":",
  "::",
  ":term[a]",
  ":cite[b]{#c}",
  "w",
  "ww.",
  "w w w.",
  "htt",
  "p://",
  "h",
  "t",
  "&#",
  "#64;",
  "*",
  "_",
  "`",
  "\\",
  "a",
  "é",
  "(",
  ")",
  "<",
  ">",
);

const files = fc.oneof(
  fc.array(piece, { maxLength: 30 }).map((ps) => ps.join("")),
  // Mostly well-formed: a frontmatter block, then a body.
  fc
    .tuple(
      fc.array(piece, { maxLength: 8 }),
      fc.constantFrom("---", "--- ", "---\t\t", "----"),
      fc.array(piece, { maxLength: 12 }),
    )
    .map(([yaml, close, body]) => `---\n${yaml.join("")}\n${close}\n${body.join("")}`),
  fc
    .tuple(fc.array(piece, { maxLength: 8 }), fc.constantFrom("", "\n", "\n\n", "\r\n"))
    .map(([yaml, end]) => `---\n${yaml.join("")}\n---${end}`),
);

describe("parseMarkdownTree reads the body apart from the frontmatter", () => {
  it("gives the tree remark-frontmatter gives for the whole file, positions included", () => {
    fc.assert(
      fc.property(files, (text) => {
        expect(parseMarkdownTree(text)).toEqual(reference.parse(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("gives GFM's tree for Markdown that comes close to GFM without using it", () => {
    const body = fc.array(nearGfm, { maxLength: 40 }).map((ps) => ps.join(""));
    fc.assert(
      fc.property(body, (text) => {
        expect(parseMarkdownTree(`---\nid: x\n---\n${text}`)).toEqual(
          reference.parse(`---\nid: x\n---\n${text}`),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it("gives the same trees for every fixture file", () => {
    const names = readdirSync(FIXTURES, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      for (const file of readFixture(name)) {
        const text = file.text.replace(/^\uFEFF/, "");
        // Files with blank lines above the frontmatter are parsed from the fence (and shifted).
        if (/^[ \t]*\r?\n/.test(text)) continue;
        expect(parseMarkdownTree(text), `${name}/${file.relative}`).toEqual(reference.parse(text));
      }
    }
  });

  it("leaves files without a closed frontmatter, or with other line endings, to remark", () => {
    expect(splitFrontmatter("---\nid: x\n")).toBeNull();
    expect(splitFrontmatter("----\nid: x\n---\n")).toBeNull();
    expect(splitFrontmatter("---\r\nid: x\r\n---\r\n")).toBeNull();
    expect(splitFrontmatter("text\n---\nid: x\n---\n")).toBeNull();
    expect(splitFrontmatter("---\nid: x\n---\nbody")).toMatchObject({
      yaml: "id: x",
      closingLine: 3,
      bodyLine: 4,
      bodyOffset: 14,
    });
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkContentFiles, type ContentFile } from "@/lib/content/check-content";
import { readFixture, TODAY, YAML_PUNCTUATION } from "./fixtures";

const BASE = readFixture("valid-two");

/** Where a generated file is placed: an extra attribute or option, or in place of a single file. */
const PLACES = [
  "attributes/x.md",
  "options/x.md",
  "sources.md",
  "categories.md",
  "glossary.md",
  "overview.md",
] as const;

function withFile(relative: string, text: string): ContentFile[] {
  const file = { relative, display: `content/${relative}`, text };
  return [...BASE.filter((f) => f.relative !== relative), file];
}

function expectWellFormedProblems(files: ContentFile[]): void {
  const result = checkContentFiles(files, { today: TODAY, root: "content" });
  for (const p of result.problems) {
    expect(Number.isInteger(p.line) && p.line >= 1, `line of ${JSON.stringify(p)}`).toBe(true);
    expect(Number.isInteger(p.column) && p.column >= 1, `column of ${JSON.stringify(p)}`).toBe(
      true,
    );
    expect(p.message.length).toBeGreaterThan(0);
    expect(p.fix.length).toBeGreaterThan(0);
  }
}

/** Pieces that exercise YAML's trickier corners: flow collections, quotes, anchors, tags, tabs, indentation. */
const yamlToken = fc.oneof(
  fc.constantFrom(
    "id",
    "name",
    "cells",
    "bare-metal",
    "value",
    "verdict",
    "reviewed",
    "order",
    ":",
    ": ",
    "- ",
    "  ",
    "    ",
    "\t",
    ...YAML_PUNCTUATION,
    "#",
    "&a ",
    "*a",
    "&",
    "*",
    "*Overhead*",
    "&anchor value",
    "<<: *a",
    "[*a, *a]",
    "!!str ",
    "!tag ",
    "? ",
    "|",
    ">",
    "---",
    "...",
    "%YAML 1.2",
    "2026-02-30",
    "2026-11-25",
    "true",
    "null",
    "~",
    "1e9",
    "\\",
    "\r",
    "\u00a0",
    "\ufeff",
  ),
  fc.string({ maxLength: 8 }),
);
const yamlish = fc
  .array(
    fc.array(yamlToken, { maxLength: 8 }).map((parts) => parts.join("")),
    { maxLength: 12 },
  )
  .map((lines) => lines.join("\n"));

/** Markdown body pieces: directives, links, HTML, headings, lists. */
const bodyToken = fc.oneof(
  fc.constantFrom(
    ":term[",
    ":cite[",
    "]",
    "{#",
    "}",
    "::x",
    ":::y",
    "[a](",
    "javascript:",
    ")",
    "<b>",
    "</b>",
    "## ",
    "# ",
    "- ",
    "\n",
    "\n\n",
    "`",
    "```",
    "Bare metal",
    "faq-table",
    "![i](x.png)",
    "&#106;",
    "\\:",
  ),
  fc.string({ maxLength: 8 }),
);
const body = fc.array(bodyToken, { maxLength: 20 }).map((parts) => parts.join(""));

describe("the content loader never throws on malformed input", () => {
  it("survives arbitrary file text", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLACES),
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.string().map((s) => `---\n${s}`),
        ),
        (place, text) => expectWellFormedProblems(withFile(place, text)),
      ),
      { numRuns: 300 },
    );
  }, 30_000);

  it("survives arbitrary YAML-ish frontmatter and Markdown-ish bodies", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLACES), yamlish, body, (place, yaml, md) =>
        expectWellFormedProblems(withFile(place, `---\n${yaml}\n---\n${md}`)),
      ),
      { numRuns: 300 },
    );
  }, 30_000);

  it("survives arbitrary values in an otherwise valid attribute's fields", () => {
    const attribute = BASE.find((f) => f.relative === "attributes/boot-time.md");
    if (!attribute) throw new Error("fixture valid-two has no attributes/boot-time.md");
    const lines = attribute.text.split("\n");
    const frontmatterEnd = lines.indexOf("---", 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: frontmatterEnd - 1 }),
        fc.array(yamlToken, { maxLength: 6 }).map((parts) => parts.join("")),
        (index, replacement) => {
          const line = lines[index] ?? "";
          const key = /^(\s*[\w-]+:)/.exec(line)?.[1] ?? "";
          const changed = lines.with(index, `${key} ${replacement}`).join("\n");
          expectWellFormedProblems(withFile("attributes/boot-time.md", changed));
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);

  it("refuses a YAML anchor or alias in any field, on that field's line", () => {
    const attribute = BASE.find((f) => f.relative === "attributes/boot-time.md");
    if (!attribute) throw new Error("fixture valid-two has no attributes/boot-time.md");
    const lines = attribute.text.split("\n");
    const frontmatterEnd = lines.indexOf("---", 1);
    // Fields with a value on their own line (not `cells:` or an option's key, which hold mappings).
    const leaves = lines.flatMap((line, index) =>
      index > 0 && index < frontmatterEnd && /^\s*[\w-]+: \S/.test(line) ? [index] : [],
    );
    const name = fc.stringMatching(/^[A-Za-z][\w*-]{0,8}$/);
    const value = fc.oneof(
      name.map((n) => ({ text: `*${n}`, message: `YAML alias \`*${n}\` is not supported` })),
      name.map((n) => ({ text: `&${n} x`, message: `YAML anchor \`&${n}\` is not supported` })),
    );
    fc.assert(
      fc.property(fc.constantFrom(...leaves), value, (index, { text, message }) => {
        const key = /^(\s*[\w-]+:)/.exec(lines[index] ?? "")?.[1] ?? "";
        const changed = lines.with(index, `${key} ${text}`).join("\n");
        const result = checkContentFiles(withFile("attributes/boot-time.md", changed), {
          today: TODAY,
          root: "content",
        });
        expect(result.ok).toBe(false);
        expect(result.problems).toContainEqual(
          expect.objectContaining({
            file: "content/attributes/boot-time.md",
            line: index + 1,
            severity: "error",
            message,
          }),
        );
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});

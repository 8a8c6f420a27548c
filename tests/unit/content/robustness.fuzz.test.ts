import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { checkContentFiles, type ContentFile } from "@/lib/content/check-content";
import { fuzzRuns } from "../../fuzz";
import { readFixture, TODAY, YAML_PUNCTUATION } from "./fixtures";

const BASE = readFixture("valid-two");

function fixtureFile(relative: string): ContentFile {
  const found = BASE.find((f) => f.relative === relative);
  if (!found) throw new Error(`fixture valid-two has no ${relative}`);
  return found;
}
/**
 * Cases per property in the everyday run, fewer than `fuzzRuns` gives by default: each case
 * runs the whole loader, not one parser. `npm run test:fuzz` tries 10,000.
 */
const EVERYDAY = 100;

/**
 * Any code point, lone surrogates included: what fc.string's "binary" unit gives, without the
 * table of every code point it builds first (which made it the slowest part of these tests).
 */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((n) => String.fromCodePoint(n));

/** Where a generated file is placed, which decides what kind of content it is read as. */
const PLACES = [
  "attributes/x.md",
  "options/x.md",
  "questions/x.md",
  "sources.md",
  "factors.md",
  "categories.md",
  "glossary.md",
  "overview.md",
] as const;

/**
 * The fixture's files that others refer to by id: options, factors, sources, categories. Parsing
 * the whole fixture for every case would make the property several times slower.
 */
const PARTNERS = BASE.filter((f) =>
  ["options/", "factors.md", "sources.md", "categories.md"].some((p) => f.relative.startsWith(p)),
);

/** Valid files whose frontmatter fields the field-by-field properties change. */
const WITH_FIELDS = [
  "attributes/boot-time.md",
  "attributes/tenant-isolation.md",
  "questions/launch.md",
  "sources.md",
  "factors.md",
] as const;

/** A generated file as the loader reads it; checked alone (the loader reports what is missing). */
function file(relative: string, text: string): ContentFile {
  return { relative, display: `content/${relative}`, text };
}

/** Checks the files; every problem must have a place in the file, a message and a fix. */
function expectWellFormedProblems(files: ContentFile[]): void {
  const { problems } = checkContentFiles(files, { today: TODAY, root: "content" });
  const placed = (n: number) => Number.isInteger(n) && n >= 1;
  const malformed = problems.filter(
    (p) => !placed(p.line) || !placed(p.column) || p.message === "" || p.fix === "",
  );
  expect(malformed).toEqual([]);
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
    "evidence",
    "stated",
    "derived",
    "unstated",
    "unavailable",
    "factor",
    "priorities",
    "must",
    "none",
    "kind",
    "scope",
    "url",
    "https://example.com/",
    "http://",
    "read",
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

// As long as `npm run test:fuzz` gives each property (see tests/fuzz.vitest.config.ts).
describe("the content loader never throws on malformed input", { timeout: 300_000 }, () => {
  // Nor does it (or the yaml package) write warnings to the console: problems are its only output.
  const quiet = () => [
    vi.spyOn(process, "emitWarning"),
    vi.spyOn(console, "warn"),
    vi.spyOn(console, "error"),
  ];
  let spies: ReturnType<typeof quiet> = [];
  beforeEach(() => {
    spies = quiet();
  });
  afterEach(() => {
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it("survives arbitrary file text", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLACES),
        fc.oneof(
          fc.string(),
          fc.string({ unit: anyCodePoint }),
          fc.string().map((s) => `---\n${s}`),
        ),
        (place, text) => expectWellFormedProblems([file(place, text)]),
      ),
      fuzzRuns(EVERYDAY),
    );
  });

  it("survives arbitrary YAML-ish frontmatter and Markdown-ish bodies", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLACES), yamlish, body, (place, yaml, md) =>
        expectWellFormedProblems([file(place, `---\n${yaml}\n---\n${md}`)]),
      ),
      fuzzRuns(EVERYDAY),
    );
  });

  /** A frontmatter line of one of WITH_FIELDS set to `<its key> <replacement>`. */
  const fieldChange = fc
    .record({
      relative: fc.constantFrom(...WITH_FIELDS),
      n: fc.nat(),
      replacement: fc.array(yamlToken, { maxLength: 6 }).map((parts) => parts.join("")),
    })
    .map(({ relative, n, replacement }) => {
      const lines = fixtureFile(relative).text.split("\n");
      // A line between the two `---` lines; a list item's key keeps its `- `.
      const index = 1 + (n % (lines.indexOf("---", 1) - 1));
      const key = /^(\s*(?:- )?[\w-]+:)/.exec(lines[index] ?? "")?.[1] ?? "";
      return file(relative, lines.with(index, `${key} ${replacement}`).join("\n"));
    });

  it("survives arbitrary values in an otherwise valid file's fields", () => {
    fc.assert(
      fc.property(fieldChange, (changed) => expectWellFormedProblems([changed])),
      fuzzRuns(EVERYDAY),
    );
  });

  it("survives them beside the files they name, so the checks across files see them too", () => {
    // A factor's rows, the factors priorities name, cited sources, one cell per option. Each case
    // checks up to six files rather than one, so fewer are tried: 30 everyday, 1,000 in test:fuzz.
    fc.assert(
      fc.property(fieldChange, (changed) =>
        expectWellFormedProblems([
          changed,
          ...PARTNERS.filter((f) => f.relative !== changed.relative),
        ]),
      ),
      { numRuns: Math.min(fuzzRuns(30).numRuns, 1_000) },
    );
  });

  it("refuses a YAML anchor or alias in any field, on that field's line", () => {
    const lines = fixtureFile("attributes/boot-time.md").text.split("\n");
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
        const result = checkContentFiles([file("attributes/boot-time.md", changed)], {
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
      fuzzRuns(EVERYDAY),
    );
  });
});

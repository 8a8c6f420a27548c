import fc from "fast-check";
import { Document, isAlias, parseDocument, visit } from "yaml";
import { describe, expect, it } from "vitest";
import { isSimpleYaml, readFrontmatter } from "@/lib/content/frontmatter";
import { splitFrontmatter } from "@/lib/content/split-frontmatter";
import { FIXTURES, readFixture, YAML_PUNCTUATION } from "./fixtures";
import { readdirSync } from "node:fs";
import { placeInFrontmatter } from "@/lib/content/yaml-place";
import { FileReport } from "@/lib/content/problems";

/**
 * What frontmatter used to be read with alone: the `yaml` package, refusing errors, warnings,
 * anchors and aliases. readFrontmatter reads most text with js-yaml instead; it must accept
 * exactly the text this accepts, as the same data.
 */
function reference(text: string): { ok: true; data: unknown } | { ok: false } {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return { ok: false };
  let aliased = false;
  visit(doc, {
    Node(_, node) {
      if (isAlias(node) || ("anchor" in node && typeof node.anchor === "string")) aliased = true;
    },
  });
  return aliased ? { ok: false } : { ok: true, data: doc.toJS() };
}

function read(text: string) {
  const report = new FileReport("x.md");
  const fm = readFrontmatter(text, 2, report);
  return report.problems.length > 0 ? { ok: false } : { ok: true, data: fm.data };
}

/** Plain scalars the YAML 1.2 core schema resolves to numbers, booleans or null, and near misses. */
const SCALARS = [
  ...["0", "-0", "+0", "007", "-012", "0o17", "0o8", "0O17", "0x1F", "0X1F", "0xg", "0b101"],
  ...["1_000", "1,000", "1e3", "1E3", "1e+3", "1e-3", "1.", ".5", "+.5", "-.5", "5.e2", "1.5.2"],
  ...[".inf", "-.Inf", "+.INF", ".iNf", ".nan", ".NaN", ".NAN", "-.nan", "nan", "inf"],
  ...["~", "null", "Null", "NULL", "nULL", "", "true", "True", "TRUE", "tRUE", "yes", "no"],
  ...["on", "off", "y", "n", "2026-11-01", "2026-11-01T10:00:00Z", "12:30", "1:20:30", "0.1e+2"],
  ...[
    "'7'",
    '"7"',
    "'true'",
    '"null"',
    "-",
    "+",
    ".",
    "e3",
    "0x",
    "0o",
    "1e",
    "99999999999999999999",
  ],
];

/** Pieces of YAML: keys, indentation, sequences, flow collections, quotes, comments, block scalars. */
const piece = fc.constantFrom(
  "id: x",
  "name: A b",
  "k: ",
  "k:",
  "cells:",
  "  ",
  "    ",
  "\t",
  "\n",
  "\n",
  "- ",
  "- a",
  "? ",
  ": ",
  ":",
  "#",
  " # note",
  "[a, b]",
  "{a: 1}",
  ...YAML_PUNCTUATION,
  '"q"',
  "'s'",
  "|",
  ">",
  "|-",
  "---",
  "...",
  "\\",
  "a: b: c",
  "é",
  ...SCALARS,
);
const yamlText = fc.array(piece, { maxLength: 24 }).map((ps) => ps.join(""));

describe("frontmatter is read by js-yaml the way the yaml package reads it", () => {
  it("resolves every core-schema scalar, and every near miss, to the same value", () => {
    for (const s of SCALARS) {
      for (const text of [`k: ${s}\n`, `- ${s}\n`, `k: [${s}]\n`]) {
        expect(read(text), JSON.stringify(text)).toEqual(reference(text));
      }
    }
  });

  it("accepts exactly the text the yaml package accepts, as the same data", () => {
    fc.assert(
      fc.property(yamlText, (text) => {
        expect(read(text)).toEqual(reference(text));
      }),
      { numRuns: 10_000 },
    );
  });

  it("agrees on documents of the lines js-yaml reads, however they are indented", () => {
    const key = fc.constantFrom("id", "a", "b-c", "x_1", "1", "0x1F", "true", "null2", "k.v");
    const value = fc.constantFrom(
      ...SCALARS.filter((s) => /^[A-Za-z0-9(][^#:]*$/.test(s)),
      "Yes, it matters",
      "doesn't matter",
      "a - b",
      "(see notes)",
      '"quoted: text"',
      "'single # quoted'",
      "''",
      '""',
      "[a, b-c]",
      "[]",
      "[ x ]",
    );
    const entry = fc
      .tuple(key, fc.option(value))
      .map(([k, v]) => `${k}:${v === null ? "" : ` ${v}`}`);
    const line = fc.oneof(
      fc
        .tuple(
          fc.constantFrom("", "  ", "    ", " ", "      "),
          fc.constantFrom("", "- ", "- - "),
          entry,
        )
        .map((parts) => parts.join("")),
      fc
        .tuple(fc.constantFrom("", "  ", "    ", " "), fc.constantFrom("- ", "- - "), value)
        .map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const text = lines.join("\n");
        expect(isSimpleYaml(text)).toBe(true);
        expect(read(text)).toEqual(reference(text));
      }),
      { numRuns: 10_000 },
    );
  });

  it("reads every content and fixture frontmatter that is simple with js-yaml", () => {
    const names = readdirSync(FIXTURES, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    let simple = 0;
    for (const name of names) {
      for (const file of readFixture(name)) {
        const yaml = splitFrontmatter(file.text)?.yaml;
        if (yaml === undefined) continue;
        if (isSimpleYaml(yaml)) simple++;
        expect(read(yaml), `${name}/${file.relative}`).toEqual(reference(yaml));
      }
    }
    // Most fixture frontmatter is the simple kind, so the fast path is what these files test.
    expect(simple).toBeGreaterThan(50);
  });

  it("accepts the same well-formed documents as the same data", () => {
    const scalar = fc.oneof(
      fc.constantFrom(...SCALARS.filter((s) => !/^['"]/.test(s) && s !== "-")),
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        scalar,
        fc.array(tie("node"), { maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 8 }), tie("node"), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), value, { maxKeys: 6 }),
        fc.constantFrom("block", "flow"),
        (data, style) => {
          const text = new Document(data, { flow: style === "flow" }).toString();
          expect(read(text)).toEqual(reference(text));
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it("refuses anchors and aliases, and places problems at their line", () => {
    const report = new FileReport("x.md");
    const fm = readFrontmatter("a: &x 1\nb: *x\n", 5, report);
    expect(fm.data).toBeUndefined();
    expect(report.problems.map((p) => [p.line, p.message])).toEqual([
      [5, "YAML anchor `&x` is not supported"],
      [6, "YAML alias `*x` is not supported"],
    ]);
  });

  it("reports syntax errors found by js-yaml in the yaml package's words and places", () => {
    const report = new FileReport("x.md");
    readFrontmatter("id: x\nid: y\n", 2, report);
    expect(report.problems).toMatchObject([
      { line: 3, message: "the frontmatter is not valid YAML (a key appears twice)" },
    ]);
  });

  it("locates values only when a place is read, from the text it was given", () => {
    const report = new FileReport("x.md");
    const read = readFrontmatter("id: x\ncells:\n  a:\n    value: 1\n", 10, report);
    let located = 0;
    const fm = { ...read, located: () => (located++, read.located()) };
    const place = placeInFrontmatter(fm, ["cells", "a", "value"]);
    expect(located).toBe(0);
    expect({ line: place.line, column: place.column }).toEqual({ line: 13, column: 12 });
    expect(located).toBe(1);
    // A missing key places the problem where its parent's value starts.
    const missing = placeInFrontmatter(fm, ["cells", "b"], true);
    expect({ line: missing.line, column: missing.column }).toEqual({ line: 12, column: 3 });
  });
});

import fc from "fast-check";
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import type { Frontmatter } from "@/lib/content/parse-markdown";
import { parseSimpleYaml } from "@/lib/content/simple-yaml";
import { splitFrontmatter } from "@/lib/content/split-frontmatter";
import { placeInFrontmatter } from "@/lib/content/yaml-place";
import { readFixture } from "./fixtures";

const FIRST_LINE = 2;

function viaYaml(text: string) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const fm: Frontmatter = { data: undefined, yaml: { doc, lines }, firstLine: FIRST_LINE };
  return { doc, fm };
}

/** Every key path in the document, plus paths that stop early, overshoot or miss. */
function pathsOf(doc: ReturnType<typeof parseDocument>): PropertyKey[][] {
  const out: PropertyKey[][] = [[], ["missing"], [0]];
  const walk = (node: unknown, path: PropertyKey[]) => {
    if (!isMap(node)) {
      out.push([...path, "beyond"], [...path, 0]);
      return;
    }
    out.push([...path, "missing"], [...path, "missing", "deeper"]);
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const p = [...path, String(pair.key.value)];
      out.push(p);
      walk(pair.value, p);
    }
  };
  walk(doc.contents, []);
  return out;
}

function expectSameAsYaml(text: string): void {
  const simple = parseSimpleYaml(text);
  if (!simple) return;
  const { doc, fm } = viaYaml(text);
  expect(doc.errors, text).toEqual([]);
  expect(doc.warnings, text).toEqual([]);
  const js: unknown = doc.toJS();
  expect(simple.data, text).toEqual(js);
  expect(JSON.stringify(simple.data), text).toBe(JSON.stringify(js));
  const fast: Frontmatter = { data: simple.data, yaml: simple, firstLine: FIRST_LINE };
  for (const path of pathsOf(doc)) {
    for (const atKey of [false, true]) {
      expect(placeInFrontmatter(fast, path, atKey), `${JSON.stringify(path)} in\n${text}`).toEqual(
        placeInFrontmatter(fm, path, atKey),
      );
    }
  }
}

const usualKey = fc.constantFrom(
  "id",
  "name",
  "cells",
  "bare-metal",
  "option_2",
  "value",
  "verdict",
);
const oddKey = fc.constantFrom(
  "id",
  "name",
  "cells",
  "bare-metal",
  "option_2",
  "value",
  "verdict",
  "y",
  "no",
  "on",
  "constructor",
  "toString",
  "true",
  "null",
  "1",
  "a b",
);
/** Values like the ones content has. */
const common = fc.constantFrom(
  "plain text",
  "Why it matters.",
  "2026-11-01",
  "42",
  "true",
  '"Quoted, with: a colon # and a hash"',
  '"1-5 minutes"',
  '"escaped \\" quote and \\\\ backslash"',
  "'it''s single-quoted'",
  '""',
);
/** Values at YAML's corners. */
const tricky = fc.constantFrom(
  '"bad \\n escape"',
  '"unterminated',
  '"quoted" # comment',
  "'single' x",
  "plain text",
  "Why it matters.",
  "2026-11-01",
  "2026-1-1",
  "0",
  "7",
  "007",
  "-3",
  "+3",
  "1.5",
  ".5",
  "1e3",
  "0x1F",
  "0o17",
  ".inf",
  ".NaN",
  "true",
  "True",
  "TRUE",
  "tRUE",
  "false",
  "yes",
  "No",
  "null",
  "~",
  "12:30",
  "https://example.com/a#b",
  "a: b",
  "a #b",
  "a#b",
  "it's",
  '"quoted"',
  "'single'",
  "*alias",
  "&anchor x",
  "!tag x",
  "[flow]",
  "{flow: map}",
  "- item",
  "? key",
  "| block",
  "> folded",
  "%directive",
  "@at",
  "`tick`",
  "ends with colon:",
  "trailing ",
  " leading",
  "résumé — naïve",
  "tab\there",
  "",
  "9007199254740993",
);

const key = fc.oneof({ arbitrary: usualKey, weight: 4 }, { arbitrary: oddKey, weight: 1 });
const scalar = fc.oneof({ arbitrary: common, weight: 3 }, { arbitrary: tricky, weight: 1 });

type Tree = { [k: string]: string | Tree };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.dictionary(key, fc.oneof({ depthSize: "small" }, scalar, scalar, tie("tree")), {
    minKeys: 1,
    maxKeys: 5,
  }),
})).tree;

function render(t: Tree, indent: number, step: number): string {
  return Object.entries(t)
    .map(([k, v]) =>
      typeof v === "string"
        ? `${" ".repeat(indent)}${k}: ${v}`
        : `${" ".repeat(indent)}${k}:\n${render(v, indent + step, step)}`,
    )
    .join("\n");
}

/** Small edits that push a valid document towards YAML's corners. */
const edit = fc.constantFrom(
  "",
  " ",
  "  ",
  "\n",
  "\n\n",
  ":",
  "#",
  "- ",
  "\t",
  "\r",
  '"',
  "&a ",
  "---",
);

const documents = fc.oneof(
  fc.tuple(tree, fc.constantFrom(2, 2, 3, 4)).map(([t, step]) => render(t, 0, step)),
  fc.tuple(tree, fc.nat(), edit).map(([t, at, e]) => {
    const text = render(t, 0, 2);
    const i = at % (text.length + 1);
    return text.slice(0, i) + e + text.slice(i);
  }),
);

describe("parseSimpleYaml", () => {
  it("gives yaml's data and positions whenever it reads a document", () => {
    let read = 0;
    fc.assert(
      fc.property(documents, (text) => {
        if (parseSimpleYaml(text)) read++;
        expectSameAsYaml(text);
      }),
      { numRuns: 3000 },
    );
    // The shortcut must actually be taken for a good share of documents, or the test is empty.
    expect(read).toBeGreaterThan(300);
  });

  it("reads the frontmatter of generated and fixture attribute files, the same as yaml", () => {
    const files = readFixture("valid-two").filter((f) => f.relative.startsWith("attributes/"));
    expect(files.length).toBeGreaterThan(0);
    let read = 0;
    for (const f of files) {
      const split = splitFrontmatter(f.text);
      expect(split, f.relative).not.toBeNull();
      if (parseSimpleYaml(split!.yaml)) read++;
      expectSameAsYaml(split!.yaml);
    }
    expect(read).toBeGreaterThan(0);
  });

  it.each([
    ['a quoted value with an escape other than \\" and \\\\', 'name: "x\\ty"'],
    ["a quoted key", '"id": x'],
    ["a comment", "id: x # note"],
    ["a blank line", "id: x\n\nname: y"],
    ["a duplicate key", "id: x\nid: y"],
    ["an empty value", "id:"],
    ["an empty value before a sibling", "id:\nname: y"],
    ["a sequence", "list:\n  - a"],
    ["a flow map", "cells: {a: 1}"],
    ["an anchor", "id: &a x"],
    ["a tab", "id:\tx"],
    ["a number that is not a plain integer", "order: 1.5"],
    ["a null", "id: ~"],
    ["two spaces after the colon", "id:  x"],
    ["an indented first key", "  id: x"],
    ["an odd dedent", "a:\n    b: 1\n  c: 2"],
    ["CRLF", "id: x\r\nname: y"],
  ])("leaves %s to yaml", (_label, text) => {
    expect(parseSimpleYaml(text)).toBeNull();
  });
});

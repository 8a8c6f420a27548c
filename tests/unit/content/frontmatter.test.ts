import { afterEach, describe, expect, it, vi } from "vitest";
import { parseYaml, placeInFrontmatter } from "@/lib/content/frontmatter";
import { parseContentFile } from "@/lib/content/parse-markdown";
import { FileReport } from "@/lib/content/problems";

/** Parses `yaml` as frontmatter whose first line is line `firstLine` of its file. */
function parse(yaml: string, firstLine = 2) {
  const report = new FileReport("x.md");
  const fm = parseYaml(yaml, firstLine, report);
  return { fm, problems: report.problems.map((p) => [p.line, p.column, p.message]) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("parseYaml", () => {
  it.each([
    ["id: x\nname: A b\n", { id: "x", name: "A b" }],
    ["cells:\n  a:\n    value: 1\n", { cells: { a: { value: 1 } } }],
    ["reviewed: 2026-11-01\nflag: true\nn: 0x1F\n", { reviewed: "2026-11-01", flag: true, n: 31 }],
    ["", null],
  ])("reads %j as plain data", (yaml, data) => {
    expect(parse(yaml)).toEqual({ fm: expect.objectContaining({ data }), problems: [] });
  });

  it.each([
    [
      // An anchor is reported at the value it names (yaml keeps no place for `&x` itself).
      "anchors and aliases, each on its line",
      "a: &x 1\nb: *x\n",
      5,
      [
        [5, 7, "YAML anchor `&x` is not supported"],
        [6, 4, "YAML alias `*x` is not supported"],
      ],
    ],
    [
      "a value that starts like Markdown emphasis (an alias)",
      "name: *Overhead*\n",
      2,
      [[2, 7, "YAML alias `*Overhead*` is not supported"]],
    ],
    [
      "a key written twice",
      "id: x\nid: y\n",
      2,
      [[3, 1, "the frontmatter is not valid YAML (a key appears twice)"]],
    ],
    [
      "a key that is a list",
      "id: x\n[a, b]: c\n",
      2,
      [[3, 1, "a YAML key is a list or mapping, which is not supported"]],
    ],
    [
      "a key that is a mapping, written as an explicit key",
      "? {a: 1}\n: x\n",
      4,
      [[4, 3, "a YAML key is a list or mapping, which is not supported"]],
    ],
  ])("refuses %s", (_, yaml, firstLine, problems) => {
    const warn = vi.spyOn(process, "emitWarning");
    const result = parse(yaml, firstLine);
    expect(result.problems).toEqual(problems);
    expect(result.fm.data).toBeUndefined();
    // The yaml package warns on the console about keys it has to turn into text; none reach it.
    expect(warn).not.toHaveBeenCalled();
  });
});

describe("placeInFrontmatter", () => {
  const { fm } = parse("id: x\ncells:\n  a:\n    value: 1\n", 10);

  it.each([
    ["a value", ["cells", "a", "value"], false, { line: 13, column: 12 }],
    ["a key, for an unknown field", ["cells", "a"], true, { line: 12, column: 3 }],
    [
      "a missing key: where its parent's value starts",
      ["cells", "b"],
      true,
      { line: 12, column: 3 },
    ],
    ["a missing top-level field: the first line", ["why"], true, { line: 10, column: 1 }],
  ])("places %s", (_, path, atKey, place) => {
    expect(placeInFrontmatter(fm, path, atKey)).toEqual(place);
  });

  it("places a key inside a list item, as a question's priorities are placed", () => {
    const question = parse(
      "id: q\nanswers:\n  - id: a\n    priorities:\n      host-overhead: must\n",
      2,
    );
    expect(
      placeInFrontmatter(question.fm, ["answers", 0, "priorities", "host-overhead"], true),
    ).toEqual({ line: 6, column: 7 });
    expect(placeInFrontmatter(question.fm, ["answers", 0, "priorities", "host-overhead"])).toEqual({
      line: 6,
      column: 22,
    });
    // A missing entry of a list: where the list starts.
    expect(placeInFrontmatter(question.fm, ["answers", 3, "id"])).toEqual({ line: 4, column: 3 });
  });

  it("places problems of a file without frontmatter at its start", () => {
    expect(placeInFrontmatter(null, ["id"])).toEqual({ line: 1, column: 1 });
  });
});

describe("parseContentFile", () => {
  it("ignores a byte-order mark", () => {
    const report = new FileReport("x.md");
    const parsed = parseContentFile("\uFEFF---\nid: x\n---\n\nText.\n", report);
    expect(report.problems).toEqual([]);
    expect(parsed.frontmatter?.data).toEqual({ id: "x" });
    expect(parsed.body.map((n) => [n.type, n.position?.start.line])).toEqual([["paragraph", 5]]);
  });

  it("reads frontmatter below blank lines, reports them, and keeps the file's line numbers", () => {
    const report = new FileReport("x.md");
    const parsed = parseContentFile("\n\n---\nid: x\n---\n\nText.\n", report);
    expect(report.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [1, 1, "the frontmatter does not start on the first line"],
    ]);
    expect(parsed.frontmatter?.data).toEqual({ id: "x" });
    expect(placeInFrontmatter(parsed.frontmatter, ["id"])).toEqual({ line: 4, column: 5 });
    expect(parsed.body.map((n) => [n.type, n.position?.start.line])).toEqual([["paragraph", 7]]);
  });
});

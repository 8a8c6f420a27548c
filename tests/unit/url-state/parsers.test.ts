import { describe, expect, it } from "vitest";
import { createLoader, parseAsStringLiteral } from "nuqs/server";
import {
  MAX_RAW_LENGTH,
  parseAsFlag,
  parseAsIdList,
  parseAsText,
  inKeyOrder,
  toggleItem,
} from "@/lib/url-state/parsers";

const TEN_KB = "a".repeat(10 * 1024);
const SCRIPT = "<script>alert(1)</script>";
const JS_URL = "javascript:alert(1)";

/** Test titles: long raw values shortened, so a 10 KB case does not print 10 KB. */
function titled<T>(cases: readonly (readonly [string, T])[]): [string, string, T][] {
  return cases.map(([raw, expected]) => [
    raw.length > 40
      ? `${JSON.stringify(raw.slice(0, 20))}… (${raw.length} chars)`
      : JSON.stringify(raw),
    raw,
    expected,
  ]);
}

describe("parseAsText", () => {
  const p = parseAsText(12);

  it.each(
    titled<string | null>([
      ["", ""],
      ["numa", "numa"],
      ["012345678901", "012345678901"],
      ["0123456789012", null],
      // Not trimmed: a trailing space is part of typing.
      [" numa ", " numa "],
      ["a,b,,c", "a,b,,c"],
      ["__proto__", "__proto__"],
      ["constructor", "constructor"],
      [TEN_KB, null],
    ]),
  )("parse(%s) -> %j", (_title, raw, expected) => {
    expect(p.parse(raw)).toBe(expected);
  });

  it("keeps markup and script URLs as plain text (rendering escapes it)", () => {
    const wide = parseAsText(200);
    expect(wide.parse(SCRIPT)).toBe(SCRIPT);
    expect(wide.parse(JS_URL)).toBe(JS_URL);
  });

  it("serializes as itself and compares by value", () => {
    expect(p.serialize("a b")).toBe("a b");
    expect(p.eq("a", "a")).toBe(true);
    expect(p.eq("a", "a ")).toBe(false);
  });
});

describe("parseAsStringLiteral (nuqs's, as the sort direction and option ids use it)", () => {
  const p = parseAsStringLiteral(["asc", "desc"] as const);

  it.each(
    titled<string | null>([
      ["asc", "asc"],
      ["desc", "desc"],
      ["", null],
      ["DESC", null],
      [" desc", null],
      ["desc ", null],
      ["asc,desc", null],
      ["__proto__", null],
      ["constructor", null],
      ["toString", null],
      ["hasOwnProperty", null],
      [SCRIPT, null],
      [JS_URL, null],
      [TEN_KB, null],
    ]),
  )("parse(%s) -> %j", (_title, raw, expected) => {
    expect(p.parse(raw)).toBe(expected);
  });
});

describe("parseAsIdList (unordered: normalised to the set's order)", () => {
  const p = parseAsIdList(["x", "y", "z"]);

  it.each(
    titled<string[] | null>([
      ["", []],
      ["x", ["x"]],
      ["z,x", ["x", "z"]],
      ["z,y,x", ["x", "y", "z"]],
      // Duplicates dropped.
      ["x,x,y,x", ["x", "y"]],
      ["z,z", ["z"]],
      // Empty items and repeated commas ignored.
      ["x,,y", ["x", "y"]],
      [",,,", []],
      [",x,", ["x"]],
      // Items are trimmed.
      [" x , y ", ["x", "y"]],
      // Unknown ids dropped, valid ones kept.
      ["x,unknown,z", ["x", "z"]],
      ["__proto__,x", ["x"]],
      ["constructor,toString,valueOf", []],
      [`${SCRIPT},y`, ["y"]],
      [`${JS_URL},z`, ["z"]],
      // Case-sensitive: ids are lowercase.
      ["X,Y", []],
      [TEN_KB, null],
      [`x,${"y,".repeat(1500)}`, null],
    ]),
  )("parse(%s) -> %j", (_title, raw, expected) => {
    expect(p.parse(raw)).toEqual(expected);
  });

  it("serializes with commas in the set's order, and compares element-wise", () => {
    expect(p.serialize(["x", "z"])).toBe("x,z");
    expect(p.serialize(["z", "x"])).toBe("x,z");
    expect(p.serialize([])).toBe("");
    expect(p.eq(["x", "y"], ["x", "y"])).toBe(true);
    expect(p.eq(["x", "y"], ["y", "x"])).toBe(false);
    expect(p.eq(["x"], ["x", "y"])).toBe(false);
  });
});

describe("parseAsIdList (ordered, at least one item)", () => {
  const p = parseAsIdList(["x", "y", "z"], { ordered: true, minItems: 1 });

  it.each(
    titled<string[] | null>([
      ["z,x", ["z", "x"]],
      ["y", ["y"]],
      ["z,x,z,y,x", ["z", "x", "y"]],
      ["z,,x", ["z", "x"]],
      ["nope,z,__proto__", ["z"]],
      // Nothing valid left: refused, so the reader falls back to the default.
      ["", null],
      [",,", null],
      ["__proto__,constructor", null],
      ["nope", null],
      [TEN_KB, null],
    ]),
  )("parse(%s) -> %j", (_title, raw, expected) => {
    expect(p.parse(raw)).toEqual(expected);
  });

  it("keeps the order it is given when it serializes", () => {
    expect(p.serialize(["z", "x"])).toBe("z,x");
    expect(p.eq(["z", "x"], ["x", "z"])).toBe(false);
  });
});

describe("parseAsFlag", () => {
  const p = parseAsFlag;

  it.each(
    titled<boolean | null>([
      ["1", true],
      ["true", true],
      ["0", false],
      ["false", false],
      ["", null],
      ["yes", null],
      ["TRUE", null],
      [" 1", null],
      ["2", null],
      ["1,1", null],
      ["__proto__", null],
      [SCRIPT, null],
      [TEN_KB, null],
    ]),
  )("parse(%s) -> %j", (_title, raw, expected) => {
    expect(p.parse(raw)).toBe(expected);
  });

  it("serializes to 1/0", () => {
    expect(p.serialize(true)).toBe("1");
    expect(p.serialize(false)).toBe("0");
  });
});

describe("a list read through nuqs's loader, with a default", () => {
  const load = createLoader({
    list: parseAsIdList(["x", "y"], { ordered: true, minItems: 1 }).withDefault(["y"]),
  });

  it.each<[string, string[]]>([
    ["", ["y"]],
    ["?list=", ["y"]],
    ["?list=nope", ["y"]],
    ["?list=x", ["x"]],
    ["?list=x,y", ["x", "y"]],
    ["?list=x&list=y", ["x"]],
  ])("%j -> %j", (query, expected) => {
    expect(load(query).list).toEqual(expected);
  });

  it("falls back to the default for a raw value over MAX_RAW_LENGTH, even one made of valid ids", () => {
    expect(load(`?list=${"x,".repeat(MAX_RAW_LENGTH)}`).list).toEqual(["y"]);
  });
});

describe("toggleItem", () => {
  it.each<[string[], string, boolean, string[]]>([
    [[], "x", true, ["x"]],
    [["x"], "x", true, ["x"]],
    [["x", "y"], "x", true, ["y", "x"]],
    [["x", "y"], "x", false, ["y"]],
    [["y"], "x", false, ["y"]],
  ])("%j %s %s -> %j", (list, item, on, expected) => {
    expect(toggleItem(list, item, on)).toEqual(expected);
  });
});

describe("inKeyOrder", () => {
  const order = inKeyOrder(["q", "cat", "w", "step"]);
  it.each<[string, string]>([
    ["step=2&q=x", "q=x&step=2"],
    ["cat=a&q=x", "q=x&cat=a"],
    ["w=b&step=1&w=a", "w=b&w=a&step=1"],
    ["x=1&q=y&z=2", "q=y&x=1&z=2"],
    ["", ""],
    ["q=a+b&cat=%2C", "q=a+b&cat=%2C"],
  ])("%s -> %s", (search, ordered) => {
    expect(order(new URLSearchParams(search)).toString()).toBe(ordered);
  });
});

import { describe, expect, it } from "vitest";
import {
  MAX_RAW_LENGTH,
  sameParams,
  flagParam,
  listParam,
  literalParam,
  readParam,
  textParam,
} from "@/lib/url-state/param";

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

describe("textParam", () => {
  const p = textParam(12);

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
    const wide = textParam(200);
    expect(wide.parse(SCRIPT)).toBe(SCRIPT);
    expect(wide.parse(JS_URL)).toBe(JS_URL);
  });

  it("refuses anything over MAX_RAW_LENGTH whatever its own limit", () => {
    const huge = textParam(1_000_000);
    expect(huge.parse("x".repeat(MAX_RAW_LENGTH))).toBe("x".repeat(MAX_RAW_LENGTH));
    expect(huge.parse("x".repeat(MAX_RAW_LENGTH + 1))).toBeNull();
  });

  it("serializes as itself, compares by value, defaults to empty", () => {
    expect(p.serialize("a b")).toBe("a b");
    expect(p.eq("a", "a")).toBe(true);
    expect(p.eq("a", "a ")).toBe(false);
    expect(p.default).toBe("");
  });
});

describe("literalParam", () => {
  const p = literalParam(["asc", "desc"] as const, "asc");
  const nullable = literalParam(["metal", "vm"], null);

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

  it("has its fallback as default; a null fallback serializes to empty", () => {
    expect(p.default).toBe("asc");
    expect(nullable.default).toBeNull();
    expect(nullable.serialize(null)).toBe("");
    expect(nullable.serialize("vm")).toBe("vm");
    expect(nullable.parse("vm")).toBe("vm");
    expect(nullable.parse("VM")).toBeNull();
    expect(nullable.eq(null, null)).toBe(true);
    expect(nullable.eq("vm", null)).toBe(false);
  });
});

describe("listParam (unordered: normalised to the set's order)", () => {
  const p = listParam(["x", "y", "z"]);

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

  it("serializes with commas, compares element-wise, defaults to empty", () => {
    expect(p.serialize(["x", "z"])).toBe("x,z");
    expect(p.serialize([])).toBe("");
    expect(p.eq(["x", "y"], ["x", "y"])).toBe(true);
    expect(p.eq(["x", "y"], ["y", "x"])).toBe(false);
    expect(p.eq(["x"], ["x", "y"])).toBe(false);
    expect(p.default).toEqual([]);
  });

  it("does not share its default array between parameters", () => {
    const defaults = ["x"] as const;
    const a = listParam(["x", "y"], { default: defaults });
    expect(a.default).toEqual(["x"]);
    expect(a.default).not.toBe(defaults);
  });
});

describe("listParam (ordered, at least one item)", () => {
  const p = listParam(["x", "y", "z"], { ordered: true, default: ["x", "y", "z"], minItems: 1 });

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

  it("defaults to the given list", () => {
    expect(p.default).toEqual(["x", "y", "z"]);
    expect(p.eq(["z", "x"], ["x", "z"])).toBe(false);
  });
});

describe("flagParam", () => {
  const p = flagParam();

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

  it("serializes to 1/0 and defaults to false", () => {
    expect(p.serialize(true)).toBe("1");
    expect(p.serialize(false)).toBe("0");
    expect(p.default).toBe(false);
  });
});

describe("readParam", () => {
  const list = listParam(["x", "y"], { ordered: true, default: ["y"], minItems: 1 });

  it.each<[string | null | undefined, string[]]>([
    [null, ["y"]],
    [undefined, ["y"]],
    ["", ["y"]],
    ["nope", ["y"]],
    ["x", ["x"]],
    ["x,y", ["x", "y"]],
  ])("readParam(%j) -> %j", (raw, expected) => {
    expect(readParam(list, raw)).toEqual(expected);
  });

  it("falls back to the default for a raw value over MAX_RAW_LENGTH, even one made of valid ids", () => {
    expect(readParam(list, "x,".repeat(MAX_RAW_LENGTH))).toEqual(["y"]);
  });

  it("refuses a raw value that is not a string, even if a caller bypasses the types", () => {
    expect(textParam(10).parse(42 as unknown as string)).toBeNull();
    expect(flagParam().parse({} as unknown as string)).toBeNull();
  });
});

describe("sameParams", () => {
  it.each<[string, string, boolean]>([
    ["?a=1&b=2", "?b=2&a=1", true],
    ["", "", true],
    ["?a=1", "?a=1&b=2", false],
    ["?a=1&b=2", "?a=1", false],
    ["?a=1&a=1", "?a=1", false],
    ["?a=1&a=2", "?a=1&b=2", false],
    ["?a=x%20y", "?a=x+y", true],
    ["?a=1", "?a=2", false],
  ])("%s vs %s: %s", (a, b, same) => {
    expect(sameParams(a, b)).toBe(same);
  });
});

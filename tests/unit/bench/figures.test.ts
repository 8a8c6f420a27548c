import { describe, expect, it } from "vitest";
import { parseRange } from "../../../scripts/bench/support/ports";
import { median } from "../../../scripts/bench/support/stats";
import { formatTable, formatValue, verdict } from "../../../scripts/bench/support/table";
import { atLeast, atMost } from "../../../scripts/bench/types";

describe("budgets", () => {
  it.each([
    [atMost({ name: "r", value: 1.1, unit: "x" }, 1.1, "<= 1.10x"), "pass"],
    [atMost({ name: "r", value: 1.11, unit: "x" }, 1.1, "<= 1.10x"), "FAIL"],
    [atLeast({ name: "s", value: 98, unit: "score" }, 98, ">= 98"), "pass"],
    [atLeast({ name: "s", value: 97, unit: "score" }, 98, ">= 98"), "FAIL"],
    [atMost({ name: "m", value: null, unit: "x" }, 1.1, "<= 1.10x"), "n/a"],
    [{ name: "i", value: 3, unit: "ms" }, ""],
  ])("%o -> %s", (figure, expected) => {
    expect(verdict(figure)).toBe(expected);
  });
});

describe("formatValue", () => {
  it.each([
    [{ name: "", value: 2048, unit: "B" }, "2.0 KiB"],
    [{ name: "", value: 12_345, unit: "ms" }, "12.3 s"],
    [{ name: "", value: 42.4, unit: "ms" }, "42 ms"],
    [{ name: "", value: 1.234, unit: "x" }, "1.23x"],
    [{ name: "", value: null, unit: "x", note: "n/a (route missing)" }, "n/a (route missing)"],
    [{ name: "", value: 1, unit: "x", display: "shown" }, "shown"],
  ])("%o -> %s", (figure, expected) => {
    expect(formatValue(figure)).toBe(expected);
  });
});

describe("formatTable", () => {
  it("lines up one row per figure and lists the notes that explain misses", () => {
    const table = formatTable([
      { name: "a", value: 1, unit: "ms" },
      { name: "longer name", value: 2, unit: "x", budget: "<= 1", pass: false, note: "why" },
      { name: "gone", value: null, unit: "x", note: "n/a (route missing)" },
    ]);
    const lines = table.split("\n");
    expect(lines[2]).toMatch(/^a\s+1 ms$/);
    expect(lines[3]).toMatch(/^longer name\s+2\.00x\s+<= 1\s+FAIL$/);
    expect(lines.at(-1)).toBe("  longer name: why");
    expect(table).not.toContain("gone: n/a");
  });
});

describe("parseRange", () => {
  it("reads a port range and rejects anything else", () => {
    expect(parseRange("3500-3599")).toEqual([3500, 3599]);
    for (const bad of ["3599-3500", "3500", "0-10", "a-b", "3500-70000"])
      expect(() => parseRange(bad)).toThrow(/BENCH_PORTS/);
  });
});

describe("median", () => {
  it("takes the middle of an odd count, whatever the order", () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([])).toBeNaN();
  });
});

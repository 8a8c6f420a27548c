import { describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/load-matrix";
import { TODAY } from "./fixtures";

describe("the model is generic over the number of options", () => {
  it("validates the two-option fixture without problems", async () => {
    const result = await checkContent("tests/fixtures/valid-two", TODAY);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.matrix.options.map((o) => o.id)).toEqual(["bare-metal", "virtual-machine"]);
    expect(result.matrix.categories.map((c) => c.id)).toEqual(["performance", "security"]);
    // Grouped by category order, then by `order` inside the category.
    expect(result.matrix.attributes.map((a) => a.id)).toEqual([
      "overhead",
      "boot-time",
      "tenant-isolation",
    ]);
    // One factor per row, in category order.
    expect(result.matrix.factors.map((f) => f.id)).toEqual([
      "host-overhead",
      "launch-speed",
      "single-tenancy",
    ]);
    expect(result.matrix.attributes.map((a) => a.factor)).toEqual([
      "host-overhead",
      "launch-speed",
      "single-tenancy",
    ]);
  });

  it("keeps each kind of evidence the two-option fixture uses, with its note", async () => {
    const result = await checkContent("tests/fixtures/valid-two", TODAY);
    if (!result.ok) throw new Error("valid-two did not validate");
    const cells = (id: string) => result.matrix.attributes.find((a) => a.id === id)?.cells;
    // Unstated: no value or verdict of its own; its note says what the source lacks.
    const unstated = cells("boot-time")?.["bare-metal"];
    expect(unstated).toEqual({
      evidence: "unstated",
      source: "faq-table",
      reviewed: "2026-11-01",
      note: "The table gives no boot time for bare metal :cite[faq-table].",
    });
    // Derived: the note, headed by the option's id, gives the reasoning.
    expect(cells("tenant-isolation")?.["virtual-machine"]).toMatchObject({
      evidence: "derived",
      verdict: "neutral",
      note: "Derived from the table's pattern :cite[faq-table].",
    });
    // Stated, and marked unavailable: the one cell a must-have may rule an option out on.
    expect(cells("overhead")?.["virtual-machine"]).toMatchObject({
      evidence: "stated",
      verdict: "disadvantage",
      unavailable: true,
    });
    expect(cells("overhead")?.["bare-metal"]).not.toHaveProperty("unavailable");
  });

  it("loads three options, ordered by `order` rather than by file name", async () => {
    const result = await checkContent("tests/fixtures/three-options", TODAY);
    expect(result.problems).toEqual([]);
    if (!result.ok) throw new Error("three-options did not validate");
    const { options, attributes } = result.matrix;
    // Files sort as bare-metal, gpu-container, virtual-machine; `order` is 20, 30, 10.
    expect(options.map((o) => o.id)).toEqual(["virtual-machine", "bare-metal", "gpu-container"]);
    expect(options.map((o) => o.order)).toEqual([10, 20, 30]);
    for (const option of options) {
      expect(option.strengths.length, option.id).toBeGreaterThan(0);
      expect(option.limitations.length, option.id).toBeGreaterThan(0);
      expect(option.responsibilities.length, option.id).toBeGreaterThan(0);
    }

    expect(attributes).toHaveLength(3);
    for (const attribute of attributes) {
      expect(Object.keys(attribute.cells).sort(), attribute.id).toEqual([
        "bare-metal",
        "gpu-container",
        "virtual-machine",
      ]);
    }
  });

  it("attaches notes to the third option's cells, found by the option's name", async () => {
    const result = await checkContent("tests/fixtures/three-options", TODAY);
    if (!result.ok) throw new Error("three-options did not validate");
    const bootTime = result.matrix.attributes.find((a) => a.id === "boot-time");
    expect(bootTime?.cells["gpu-container"]).toMatchObject({
      evidence: "derived",
      value: "Seconds",
      verdict: "advantage",
    });
    expect(bootTime?.cells["gpu-container"]?.note).toContain("containers skip the OS boot");
  });
});

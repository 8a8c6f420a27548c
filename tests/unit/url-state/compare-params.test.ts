import { describe, expect, it } from "vitest";
import { COMPARE_KEYS, compareUrl, type CompareState } from "@/lib/url-state/compare-params";
import { URL_STATE } from "../compare/test-data";

const TEN_KB = "x".repeat(10 * 1024);
const SCRIPT = "<script>alert(1)</script>";
const JS_URL = "javascript:alert(1)";

const DEFAULT: CompareState = {
  q: "",
  cat: [],
  diff: false,
  adv: null,
  stated: false,
  verdict: [],
  cols: ["metal", "vm", "box"],
  sort: "category",
  dir: "asc",
  open: [],
  fold: [],
  only: [],
};

/** Parses a query string with the hand-built ids (options metal, vm, box). */
function parse(query: string | URLSearchParams): CompareState {
  return URL_STATE.parse(query);
}

function q(key: string, value: string): string {
  return `?${new URLSearchParams([[key, value]]).toString()}`;
}

describe("the default state", () => {
  it("is every parameter's default", () => {
    expect(URL_STATE.defaults).toEqual(DEFAULT);
    expect(Object.keys(URL_STATE.defaults).sort()).toEqual([...COMPARE_KEYS].sort());
  });
});

describe("parse: valid values", () => {
  it.each<[string, Partial<CompareState>]>([
    ["", {}],
    ["?q=local+nvme", { q: "local nvme" }],
    ["?q=%20numa%20", { q: " numa " }],
    ["?q=a,b", { q: "a,b" }],
    ["?cat=security", { cat: ["security"] }],
    ["?cat=operations,performance", { cat: ["performance", "operations"] }],
    ["?diff=1", { diff: true }],
    ["?diff=true", { diff: true }],
    ["?diff=0", { diff: false }],
    ["?stated=1", { stated: true }],
    ["?adv=vm", { adv: "vm" }],
    ["?verdict=disadvantage,advantage", { verdict: ["advantage", "disadvantage"] }],
    ["?cols=box,metal", { cols: ["box", "metal"] }],
    ["?cols=vm", { cols: ["vm"] }],
    ["?sort=name", { sort: "name" }],
    ["?sort=box&dir=desc", { sort: "box", dir: "desc" }],
    ["?open=snapshots,numa", { open: ["numa", "snapshots"] }],
    ["?fold=security", { fold: ["security"] }],
    ["?only=privacy,overhead", { only: ["overhead", "privacy"] }],
    [
      "?cat=security&diff=1&cols=vm,box&sort=vm&dir=desc",
      { cat: ["security"], diff: true, cols: ["vm", "box"], sort: "vm", dir: "desc" },
    ],
    // Unknown parameters are ignored.
    ["?utm_source=chat&page=2", {}],
  ])("%s", (query, expected) => {
    expect(parse(query)).toEqual({ ...DEFAULT, ...expected });
  });
});

describe("parse: hostile and stale values fall back, valid ones are kept", () => {
  it.each<[string, string, Partial<CompareState>]>([
    // Unknown ids mixed with known ones: the known ones survive.
    [
      "unknown ids in cat",
      "?cat=performance,retired,security",
      { cat: ["performance", "security"] },
    ],
    ["unknown ids in cols", "?cols=box,retired,metal", { cols: ["box", "metal"] }],
    ["unknown ids in open", "?open=gone,numa", { open: ["numa"] }],
    ["unknown verdict", "?verdict=advantage,great", { verdict: ["advantage"] }],
    // Duplicates are dropped.
    ["duplicate cols", "?cols=metal,metal,vm,metal", { cols: ["metal", "vm"] }],
    ["duplicate cat", "?cat=security,security", { cat: ["security"] }],
    ["duplicate verdicts", "?verdict=neutral,neutral", { verdict: ["neutral"] }],
    // Repeated commas and empty values.
    ["repeated commas", "?cat=,,,performance,,,,security,,", { cat: ["performance", "security"] }],
    ["only commas", "?cat=,,,", {}],
    ["empty cat", "?cat=", {}],
    ["empty cols", "?cols=", {}],
    ["empty q", "?q=", {}],
    ["empty diff", "?diff=", {}],
    ["empty adv", "?adv=", {}],
    ["empty sort", "?sort=", {}],
    ["empty dir", "?dir=", {}],
    // cols with nothing valid left -> all columns, never an empty table.
    ["cols all unknown", "?cols=retired,gone", {}],
    ["cols __proto__", "?cols=__proto__,constructor", {}],
    // Prototype names are not ids.
    ["cat __proto__", "?cat=__proto__", {}],
    ["adv __proto__", "?adv=__proto__", {}],
    ["adv constructor", "?adv=constructor", {}],
    ["sort constructor", "?sort=constructor", {}],
    ["sort toString", "?sort=toString", {}],
    ["dir __proto__", "?dir=__proto__", {}],
    ["diff constructor", "?diff=constructor", {}],
    ["only __proto__ with a valid id", "?only=__proto__,privacy", { only: ["privacy"] }],
    // Bad values for the scalar parameters.
    ["diff=yes", "?diff=yes", {}],
    ["diff=TRUE", "?diff=TRUE", {}],
    ["adv unknown", "?adv=retired", {}],
    ["adv in upper case", "?adv=VM", {}],
    ["sort unknown", "?sort=price", {}],
    ["dir unknown", "?dir=up", {}],
    // Markup and script URLs.
    ["adv javascript:", q("adv", JS_URL), {}],
    ["sort javascript:", q("sort", JS_URL), {}],
    ["cols <script>", q("cols", `${SCRIPT},vm`), { cols: ["vm"] }],
    ["cat <script>", q("cat", SCRIPT), {}],
    // Free text keeps markup as text; React renders it escaped.
    ["q <script>", q("q", SCRIPT), { q: SCRIPT }],
    ["q javascript:", q("q", JS_URL), { q: JS_URL }],
    // Length limits.
    ["q of 200 characters", q("q", "a".repeat(200)), { q: "a".repeat(200) }],
    ["q of 201 characters", q("q", "a".repeat(201)), {}],
    ["q of 10 KB", q("q", TEN_KB), {}],
    ["cat of 10 KB", q("cat", TEN_KB), {}],
    ["cols of 10 KB of valid ids", q("cols", "vm,".repeat(3500)), {}],
    ["open of 10 KB", q("open", `numa,${TEN_KB}`), {}],
    // Repeated keys: the first one counts.
    ["repeated cat", "?cat=security&cat=performance", { cat: ["security"] }],
    ["repeated cols", "?cols=box&cols=metal", { cols: ["box"] }],
    ["repeated q", "?q=first&q=second", { q: "first" }],
    // Broken percent-encoding does not throw.
    ["bad percent-encoding", "?q=%E0%A4%A&cat=%", { q: "\uFFFD%A" }],
  ])("%s", (_label, query, expected) => {
    expect(parse(query)).toEqual({ ...DEFAULT, ...expected });
  });

  it("builds a state object that is a plain object without inherited surprises", () => {
    const s = parse("?__proto__=x&constructor=y&cat=__proto__");
    expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
    expect(Object.keys(s).sort()).toEqual([...COMPARE_KEYS].sort());
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe("the sort key", () => {
  it("accepts category, name and any option id, and nothing else", () => {
    const p = compareUrl({ options: ["metal", "vm"], categories: [], attributes: [] }).parsers;
    expect(["category", "name", "metal", "vm"].map((s) => p.sort.parse(s))).toEqual([
      "category",
      "name",
      "metal",
      "vm",
    ]);
    expect(p.sort.parse("box")).toBeNull();
  });

  it("keeps 'name' meaning the name sort even if an option is called name", () => {
    const p = compareUrl({ options: ["name", "vm"], categories: [], attributes: [] }).parsers;
    expect(p.sort.parse("name")).toBe("name");
    expect(p.cols.parse("name,vm")).toEqual(["name", "vm"]);
  });
});

describe("serialize", () => {
  it.each<[Partial<CompareState>, string]>([
    [{}, ""],
    [DEFAULT, ""],
    [{ q: "" }, ""],
    [{ cols: ["metal", "vm", "box"] }, ""],
    [{ q: "local nvme" }, "?q=local+nvme"],
    // nuqs's encoding, as the address bar shows it: only what would change the meaning is escaped.
    [{ q: "a,b&c=d" }, "?q=a,b%26c=d"],
    [{ q: SCRIPT }, "?q=%3Cscript%3Ealert(1)%3C/script%3E"],
    [{ cat: ["performance", "security"] }, "?cat=performance,security"],
    [{ diff: true }, "?diff=1"],
    [{ stated: true }, "?stated=1"],
    [{ adv: "box" }, "?adv=box"],
    [{ adv: null }, ""],
    [{ cols: ["box", "metal"] }, "?cols=box,metal"],
    // Same items in another order is not the default: column order matters.
    [{ cols: ["box", "vm", "metal"] }, "?cols=box,vm,metal"],
    [{ sort: "name", dir: "desc" }, "?sort=name&dir=desc"],
    [{ dir: "desc" }, "?dir=desc"],
    // Keys in a fixed order, whatever the object's order.
    [{ only: ["numa"], q: "x", diff: true }, "?q=x&diff=1&only=numa"],
  ])("%j -> %j", (partial, expected) => {
    expect(URL_STATE.serialize(partial)).toBe(expected);
  });

  it("round-trips a full state with every parameter set", () => {
    const s: CompareState = {
      q: "Résumé, 5–10 % & more",
      cat: ["security", "operations"],
      diff: true,
      adv: "vm",
      stated: true,
      verdict: ["neutral", "disadvantage"],
      cols: ["box", "metal"],
      sort: "box",
      dir: "desc",
      open: ["numa", "privacy"],
      fold: ["performance"],
      only: ["overhead", "isolation", "self-service"],
    };
    expect(parse(URL_STATE.serialize(s))).toEqual(s);
  });
});

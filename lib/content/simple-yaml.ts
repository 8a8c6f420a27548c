/**
 * Reads the small part of YAML that content frontmatter mostly is (nested block maps of
 * one-line plain or quoted scalars) about ten times faster than the `yaml` package builds a document, keeping
 * where each key and value starts. Anything outside that subset, including every YAML error,
 * answers null, and the caller hands the text to `yaml` as before: so data and positions are
 * the ones `yaml` gives (tests compare the two), and every YAML problem is still reported by it.
 */

/** A block map: where it starts (its first key) and its entries in order. */
export interface SimpleMap {
  start: number;
  entries: Map<string, { keyStart: number; value: SimpleMap | SimpleScalar }>;
}

export interface SimpleScalar {
  start: number;
}

export interface SimpleYaml {
  data: Record<string, unknown>;
  root: SimpleMap;
  /** Offset where each line starts, for turning offsets into lines and columns. */
  lineStarts: number[];
}

const LINE = /^( *)([A-Za-z_][A-Za-z0-9_-]*):(?: (.*))?$/;
/** Keys YAML would not read as plain strings. */
const SPECIAL_KEYS = new Set([
  "null",
  "Null",
  "NULL",
  "true",
  "True",
  "TRUE",
  "false",
  "False",
  "FALSE",
]);
/** Characters that start something other than a plain scalar (quotes, flow, anchors, tags, ...). */
const INDICATORS = new Set([..."-?:,[]{}#&*!|>'\"%@`"]);
/** Control characters but the line feed, and the code points YAML treats specially or refuses. */
const ODD_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
/** Starts of scalars the core schema might read as a number, a null, a boolean or infinity. */
const NUMBER_LIKE = /^[-+.0-9~]|^(?:null|Null|NULL)$/;

const DOUBLE_QUOTED = /^"((?:[^"\\]|\\["\\])*)"$/;
const SINGLE_QUOTED = /^'((?:[^']|'')*)'$/;

function scalarValue(raw: string): unknown {
  // Quoted on one line, with no escapes but \" and \\ (content quotes most prose values).
  const double = DOUBLE_QUOTED.exec(raw);
  if (double) return double[1]!.replace(/\\(["\\])/g, "$1");
  const single = SINGLE_QUOTED.exec(raw);
  if (single) return single[1]!.replaceAll("''", "'");
  if (raw === "" || raw.startsWith(" ") || raw.endsWith(" ") || raw.endsWith(":")) return undefined;
  if (INDICATORS.has(raw[0]!) || raw.includes(": ") || raw.includes(" #")) return undefined;
  if (raw === "true" || raw === "True" || raw === "TRUE") return true;
  if (raw === "false" || raw === "False" || raw === "FALSE") return false;
  if (/^(?:0|[1-9][0-9]{0,14})$/.test(raw)) return Number(raw);
  // A date stays a string in YAML 1.2 (the core schema has no timestamps).
  if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(raw)) return raw;
  if (NUMBER_LIKE.test(raw)) return undefined;
  return raw;
}

/** The frontmatter's data and key positions, or null when `yaml` must read it. */
export function parseSimpleYaml(src: string): SimpleYaml | null {
  if (src === "" || src.includes("\r") || src.includes("\t") || ODD_CHARS.test(src)) return null;
  const lines = src.split("\n");
  const lineStarts: number[] = [];
  const data: Record<string, unknown> = {};
  const root: SimpleMap = { start: 0, entries: new Map() };
  const stack: { indent: number; map: SimpleMap; obj: Record<string, unknown> }[] = [];
  // A `key:` with nothing after it, waiting for the nested map on the next line.
  let open: { indent: number; key: string; parent: (typeof stack)[number] } | null = null;
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    const m = LINE.exec(line);
    if (!m) return null;
    const indent = m[1]!.length;
    const key = m[2]!;
    const raw = m[3];
    if (SPECIAL_KEYS.has(key) || key === "__proto__") return null;
    const keyStart = offset + indent;
    if (stack.length === 0) {
      if (indent !== 0) return null;
      root.start = keyStart;
      stack.push({ indent, map: root, obj: data });
    } else if (open) {
      if (indent <= open.indent) return null;
      const map: SimpleMap = { start: keyStart, entries: new Map() };
      const obj: Record<string, unknown> = {};
      open.parent.map.entries.get(open.key)!.value = map;
      open.parent.obj[open.key] = obj;
      stack.push({ indent, map, obj });
      open = null;
    } else {
      while (stack.length > 0 && indent < stack.at(-1)!.indent) stack.pop();
      if (stack.length === 0 || indent !== stack.at(-1)!.indent) return null;
    }
    const top = stack.at(-1)!;
    if (top.map.entries.has(key)) return null;
    if (raw === undefined) {
      top.map.entries.set(key, { keyStart, value: { start: keyStart } });
      top.obj[key] = null;
      open = { indent, key, parent: top };
    } else {
      const value = scalarValue(raw);
      if (value === undefined) return null;
      top.map.entries.set(key, { keyStart, value: { start: keyStart + key.length + 2 } });
      top.obj[key] = value;
    }
    offset += line.length + 1;
  }
  if (open) return null;
  return { data, root, lineStarts };
}

function isMap(node: SimpleMap | SimpleScalar): node is SimpleMap {
  return "entries" in node;
}

/**
 * The offset of the value at `path`, by the rules of placeInFrontmatter (yaml-place.ts): where
 * the path ends early, the deepest existing node; with `atKey`, the last segment's key.
 */
export function simpleYamlOffset(
  yaml: SimpleYaml,
  path: readonly PropertyKey[],
  atKey: boolean,
): number {
  let node: SimpleMap | SimpleScalar = yaml.root;
  let offset = yaml.root.start;
  for (const [i, segment] of path.entries()) {
    if (!isMap(node)) break;
    const entry = node.entries.get(String(segment));
    if (!entry) break;
    offset = atKey && i === path.length - 1 ? entry.keyStart : entry.value.start;
    node = entry.value;
  }
  return offset;
}

/** 1-based line and column of an offset, as yaml's LineCounter gives them. */
export function simpleYamlLinePos(yaml: SimpleYaml, offset: number): { line: number; col: number } {
  const starts = yaml.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - starts[lo]! + 1 };
}

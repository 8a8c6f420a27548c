import {
  type Document,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
} from "yaml";
import { START, type FileReport, type Place } from "./problems";

/** The YAML frontmatter of a file: its data, and its document for placing problems. */
export interface Frontmatter {
  /** Plain data; undefined when the YAML has errors (they are reported). */
  data: unknown;
  /** File line of the first YAML line (the one after the opening `---`). */
  firstLine: number;
  /** The YAML with the source range of every node. */
  doc: Document;
  lines: LineCounter;
}

/**
 * Parses frontmatter YAML, keeping where each value is written so that problems found later
 * (by the schema, or by checks across files) can point at it. Syntax errors are reported in
 * the yaml package's words, at the place it gives.
 */
export function parseYaml(yaml: string, firstLine: number, report: FileReport): Frontmatter {
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const fm: Frontmatter = { data: undefined, firstLine, doc, lines };
  for (const e of [...doc.errors, ...doc.warnings]) {
    report.error(
      placeAt(fm, e.pos[0]),
      `the frontmatter is not valid YAML (${e.code === "DUPLICATE_KEY" ? "a key appears twice" : firstSentence(e.message)})`,
      e.code === "DUPLICATE_KEY"
        ? "keep one of the two entries"
        : "check indentation (two spaces per level), colons after keys, and quote values that contain a colon",
    );
  }
  if (doc.errors.length === 0) fm.data = toData(fm, report);
  return fm;
}

/**
 * Plain data from the YAML document. Refused, each where it is written:
 * - anchors and aliases (`&x`, `*x`): content never needs them, a stray `*` at the start of a
 *   value (Markdown emphasis) would otherwise be read as one, and nested aliases can expand
 *   without bound;
 * - keys that are lists or mappings (`[a]: b`): a JavaScript object cannot hold them, and the
 *   yaml package would turn them into text with a warning on the console.
 */
function toData(fm: Frontmatter, report: FileReport): unknown {
  let refused = 0;
  visit(fm.doc, {
    Node(key, node) {
      const at = placeAt(fm, node.range?.[0] ?? 0);
      if (key === "key" && isCollection(node)) {
        refused++;
        report.error(
          at,
          "a YAML key is a list or mapping, which is not supported",
          "write each key as a plain name followed by a colon, e.g. `name: value`",
        );
        return visit.SKIP;
      }
      const anchor = "anchor" in node && typeof node.anchor === "string" ? node.anchor : undefined;
      if (isAlias(node)) {
        refused++;
        report.error(at, `YAML alias \`*${node.source}\` is not supported`, QUOTE_IT);
      } else if (anchor !== undefined) {
        refused++;
        report.error(at, `YAML anchor \`&${anchor}\` is not supported`, QUOTE_IT);
      }
    },
  });
  if (refused > 0) return undefined;
  try {
    return fm.doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    report.error(
      START,
      `the frontmatter could not be read (${e instanceof Error ? e.message : String(e)})`,
      "simplify the YAML",
    );
    return undefined;
  }
}

const QUOTE_IT = 'a value starting with * or & must be put in double quotes, e.g. "*Overhead*"';

function firstSentence(message: string): string {
  return message.split(/\n|\. /)[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? message;
}

/**
 * File position of the frontmatter value at `path` (e.g. ["cells", "bare-metal", "value"]).
 * Where the path ends early (a missing key), the deepest existing node is used, so the author
 * lands next to where the value belongs. With `atKey`, the last segment's key is the target:
 * that is where an unknown field is. A file without frontmatter answers its start.
 */
export function placeInFrontmatter(
  fm: Frontmatter | null,
  path: readonly PropertyKey[],
  atKey = false,
): Place {
  if (!fm) return START;
  let node: unknown = fm.doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [i, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (!pair) break;
      const keyStart = rangeStart(pair.key);
      const valueStart = rangeStart(pair.value);
      const isLast = i === path.length - 1;
      offset = (atKey && isLast) || valueStart === undefined ? (keyStart ?? offset) : valueStart;
      node = pair.value;
    } else if (isSeq(node)) {
      const item: unknown = node.items[Number(segment)];
      const start = rangeStart(item);
      if (start === undefined) break;
      offset = start;
      node = item;
    } else {
      break;
    }
  }
  return placeAt(fm, offset);
}

function placeAt({ lines, firstLine }: Frontmatter, offset: number): Place {
  const pos = lines.linePos(offset);
  return { line: firstLine + pos.line - 1, column: pos.col };
}

function rangeStart(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined;
}

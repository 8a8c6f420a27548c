import * as YAML from "yaml";
import type { z } from "zod";
import { START, type FileReport, type Place } from "./problems";

/** The YAML frontmatter of a file: its data, and its document for placing problems. */
export interface Frontmatter {
  /** Plain data; undefined when the YAML has errors (they are reported). */
  data: unknown;
  /** File line of the first YAML line (the one after the opening `---`). */
  firstLine: number;
  /** The YAML with the source range of every node. */
  doc: YAML.Document;
  lines: YAML.LineCounter;
}

/**
 * Parses frontmatter YAML, keeping where each value is written so that problems found later
 * can point at it. Syntax errors are reported in the yaml package's words, where it finds them.
 */
export function parseYaml(yaml: string, firstLine: number, report: FileReport): Frontmatter {
  const lines = new YAML.LineCounter();
  const doc = YAML.parseDocument(yaml, { lineCounter: lines, prettyErrors: false });
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
 * Plain data from the YAML document. Refused where written: anchors and aliases (content never
 * needs them, Markdown emphasis starting a value would be read as one, and nested aliases can
 * expand without bound), and keys that are lists or mappings (a JavaScript object cannot hold
 * them; the yaml package would make them text, with a warning on the console).
 */
function toData(fm: Frontmatter, report: FileReport): unknown {
  const before = report.problems.length;
  YAML.visit(fm.doc, {
    Node(key, node) {
      const at = placeAt(fm, node.range?.[0] ?? 0);
      if (key === "key" && YAML.isCollection(node)) {
        report.error(
          at,
          "a YAML key is a list or mapping, which is not supported",
          "write each key as a plain name followed by a colon, e.g. `name: value`",
        );
        return YAML.visit.SKIP;
      }
      if (YAML.isAlias(node)) {
        report.error(at, `YAML alias \`*${node.source}\` is not supported`, QUOTE_IT);
      } else if (node.anchor !== undefined) {
        report.error(at, `YAML anchor \`&${node.anchor}\` is not supported`, QUOTE_IT);
      }
    },
  });
  return report.problems.length > before ? undefined : fm.doc.toJS();
}

const QUOTE_IT = 'a value starting with * or & must be put in double quotes, e.g. "*Overhead*"';

function firstSentence(message: string): string {
  return message.split(/\n|\. /)[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? message;
}

/**
 * Validates frontmatter with a schema and turns each zod issue into a located problem.
 * Schemas carry messages shaped "what is wrong — how to fix"; this splits them so a missing
 * field reads "`x` is missing — <fix>" rather than a type complaint about `undefined`.
 */
export function parseFrontmatter<S extends z.ZodType>(
  schema: S,
  fm: Frontmatter | null,
  report: FileReport,
): z.infer<S> | undefined {
  if (!fm) {
    report.error(
      START,
      "the file has no frontmatter",
      "start the file with a `---` line, the fields (see content/README.md), and another `---` line",
    );
    return undefined;
  }
  if (fm.data === undefined) return undefined; // YAML syntax errors were already reported.
  const result = schema.safeParse(fm.data ?? {}, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        report.error(
          placeInFrontmatter(fm, path, true),
          `unknown field \`${label(path)}\``,
          "remove it or correct its spelling (content/README.md lists every field)",
        );
      }
      continue;
    }
    const [what, fix] = splitMessage(issue.message);
    const missing = issue.input === undefined && issue.path.length > 0;
    const path = issue.path.length > 0 ? label(issue.path) : "the frontmatter";
    if (missing) {
      // Point at the key the field belongs under (or the first line for a top-level field).
      const parent = issue.path.slice(0, -1);
      report.error(
        placeInFrontmatter(fm, parent, true),
        `\`${path}\` is missing`,
        `add \`${String(issue.path.at(-1))}:\` ${parent.length > 0 ? `under \`${label(parent)}:\`` : "to the frontmatter"}; it ${what}${fix ? ` (${fix})` : ""}`,
      );
      continue;
    }
    report.error(
      placeInFrontmatter(fm, issue.path),
      `\`${path}\` ${what}`,
      fix ?? "see content/README.md for what this field takes",
    );
  }
  return undefined;
}

/**
 * File position of the frontmatter value at `path` (e.g. ["cells", "bare-metal", "value"]), or
 * with `atKey` of its key (where an unknown field is). For a missing key, the deepest node that
 * exists: next to where the value belongs. A file without frontmatter answers its start.
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
    if (YAML.isMap(node)) {
      const pair = node.items.find(
        (p) => YAML.isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (!pair) break;
      const keyStart = rangeStart(pair.key) ?? offset;
      offset = atKey && i === path.length - 1 ? keyStart : (rangeStart(pair.value) ?? keyStart);
      node = pair.value;
    } else if (YAML.isSeq(node)) {
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
  return YAML.isNode(node) ? node.range?.[0] : undefined;
}

function splitMessage(message: string): [string, string | undefined] {
  const i = message.indexOf(" — ");
  return i === -1 ? [message, undefined] : [message.slice(0, i), message.slice(i + 3)];
}

function label(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

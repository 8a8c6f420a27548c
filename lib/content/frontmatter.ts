import jsyaml from "js-yaml";
import { type Document, isAlias, LineCounter, parseDocument, visit } from "yaml";
import { START, type FileReport } from "./problems";
import { YAML_CORE_SCHEMA } from "./yaml-core-schema";

/** The YAML frontmatter of a file: its data, and its lines for placing problems. */
export interface Frontmatter {
  /** Plain data; undefined when the YAML has errors (they are reported). */
  data: unknown;
  /** File line of the first YAML line (the one after the opening `---`). */
  firstLine: number;
  /** The YAML as a document with source ranges, built on first use: only problems need it. */
  located(): Located;
}

export interface Located {
  doc: Document;
  lines: LineCounter;
}

/**
 * The YAML that js-yaml may read: block mappings and sequences of simple keys and one-line
 * values (plain text without `#` or `:`, quoted text without escapes, or a flow list of ids).
 * That is what content files hold; in it, js-yaml and the `yaml` package agree (property-tested
 * in tests/unit/content/frontmatter-parsers.test.ts, which found the corners they do not agree
 * on: tabs, explicit keys, keys read as null, comments right after quotes, document markers).
 * Anything else, including the anchors, aliases and tags this loader refuses, is read by `yaml`.
 */
const VALUE = String.raw`(?:[A-Za-z0-9(][^#:\x00-\x1f\x7f]*|"[^"\\\x00-\x1f\x7f]*"|'[^'\x00-\x1f\x7f]*'|\[ *(?:[A-Za-z0-9][\w.-]*(?: *, *[A-Za-z0-9][\w.-]*)*)? *\])`;
const SIMPLE_LINE = new RegExp(
  String.raw`^(?: *| *#.*| *(?:- )*(?!(?:null|Null|NULL):)[A-Za-z0-9_][\w.-]*:(?: +${VALUE})? *| *(?:- )+${VALUE} *)$`,
);

export function isSimpleYaml(yaml: string): boolean {
  return yaml.split("\n").every((line) => SIMPLE_LINE.test(line));
}

/**
 * Reads frontmatter YAML. Simple YAML (see above), which is what content files hold, is read
 * with js-yaml, ten times faster than building the `yaml` package's document (that took 1.8 s
 * of the 5.5 s the loader took for 10,000 attribute files). The document, with the positions
 * problems point at, is built only when a problem needs a place, and at once for any other
 * YAML or when js-yaml refuses the text, so errors are reported, with their places, exactly as
 * `yaml` words them.
 */
export function readFrontmatter(yaml: string, firstLine: number, report: FileReport): Frontmatter {
  let located: Located | undefined;
  const locate = () => (located ??= parseLocated(yaml));
  if (isSimpleYaml(yaml)) {
    try {
      // An empty document is null, as `yaml` reads it, so missing fields are still reported.
      const data = jsyaml.load(yaml, { schema: YAML_CORE_SCHEMA }) ?? null;
      return { data, firstLine, located: locate };
    } catch {
      // Reported below, in the words and places of the `yaml` package.
    }
  }
  const { doc, lines } = locate();
  for (const e of [...doc.errors, ...doc.warnings]) {
    const pos = lines.linePos(e.pos[0]);
    report.error(
      { line: firstLine + pos.line - 1, column: pos.col },
      `the frontmatter is not valid YAML (${e.code === "DUPLICATE_KEY" ? "a key appears twice" : firstSentence(e.message)})`,
      e.code === "DUPLICATE_KEY"
        ? "keep one of the two entries"
        : "check indentation (two spaces per level), colons after keys, and quote values that contain a colon",
    );
  }
  const data = doc.errors.length === 0 ? toData(doc, lines, firstLine, report) : undefined;
  return { data, firstLine, located: locate };
}

function parseLocated(yaml: string): Located {
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  return { doc, lines };
}

/**
 * Plain data from the YAML document. Anchors and aliases (`&x`, `*x`) are refused: content
 * never needs them, a stray `*` at the start of a value (Markdown emphasis) would otherwise be
 * read as one, and nested aliases can expand without bound.
 */
function toData(doc: Document, lines: LineCounter, firstLine: number, report: FileReport): unknown {
  let aliases = 0;
  visit(doc, {
    Node(_, node) {
      const anchored = "anchor" in node && typeof node.anchor === "string";
      if (!isAlias(node) && !anchored) return;
      aliases++;
      const pos = lines.linePos(node.range?.[0] ?? 0);
      report.error(
        { line: firstLine + pos.line - 1, column: pos.col },
        `YAML ${isAlias(node) ? "alias" : "anchor"} \`${isAlias(node) ? "*" : "&"}${isAlias(node) ? node.source : String(node.anchor)}\` is not supported`,
        'a value starting with * or & must be put in double quotes, e.g. "*Overhead*"',
      );
    },
  });
  if (aliases > 0) return undefined;
  try {
    return doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    report.error(
      START,
      `the frontmatter could not be read (${e instanceof Error ? e.message : String(e)})`,
      "simplify the YAML",
    );
    return undefined;
  }
}

function firstSentence(message: string): string {
  return message.split(/\n|\. /)[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? message;
}

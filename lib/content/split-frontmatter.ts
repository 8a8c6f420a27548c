/** A file cut at its YAML frontmatter, as remark-frontmatter would read it. */
export interface SplitFile {
  /** The YAML between the fences (remark-frontmatter's `yaml` node value). */
  yaml: string;
  /** 1-based line of the closing fence. */
  closingLine: number;
  /** Length of the closing fence line, for the node's end column. */
  closingLength: number;
  /** Offset just after the closing fence (before its line ending). */
  closingEnd: number;
  /** Where the body starts: the line after the closing fence, and its offset. */
  bodyLine: number;
  bodyOffset: number;
}

const FENCE = /^---[ \t]*$/;

/**
 * Finds the frontmatter of `text` the way micromark-extension-frontmatter does (`---` alone on
 * the first line, then lines up to the next `---` line; no closing fence, no frontmatter), so
 * the Markdown parser only has to read the body. Answers null — "parse the whole file as
 * before" — whenever the text has anything the shortcut does not model: other line endings
 * than \n, or NUL characters (which micromark replaces).
 */
export function splitFrontmatter(text: string): SplitFile | null {
  if (!text.startsWith("---")) return null;
  const firstEnd = text.indexOf("\n");
  if (firstEnd === -1 || !FENCE.test(text.slice(0, firstEnd))) return null;
  let start = firstEnd + 1;
  let line = 2;
  while (start <= text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    const content = text.slice(start, end);
    if (FENCE.test(content)) {
      const head = text.slice(0, end);
      if (head.includes("\r") || head.includes("\0")) return null;
      return {
        yaml: text.slice(firstEnd + 1, start === firstEnd + 1 ? start : start - 1),
        closingLine: line,
        closingLength: content.length,
        closingEnd: end,
        bodyLine: line + 1,
        bodyOffset: nl === -1 ? text.length : nl + 1,
      };
    }
    if (nl === -1) return null;
    start = nl + 1;
    line++;
  }
  return null;
}

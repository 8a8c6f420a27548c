import { checkDisguisedLinks } from "./disguised-links";
import { parseMarkdownFile, type ParsedFile } from "./parse-markdown";
import type { FileReport } from "./problems";

/** A content file's Markdown and frontmatter, with the checks every kind of file gets. */
export function readContentFile(display: string, text: string, report: FileReport): ParsedFile {
  const parsed = parseMarkdownFile(display, text, report);
  checkDisguisedLinks(parsed, report);
  return parsed;
}

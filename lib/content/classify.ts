/** What a content file is, decided by where it sits in the content folder. */
export type FileKind =
  | "option"
  | "attribute"
  | "question"
  | "categories"
  | "sources"
  | "glossary"
  | "overview"
  | "readme";

const SINGLE_FILES: Record<string, FileKind> = {
  "categories.md": "categories",
  "sources.md": "sources",
  "glossary.md": "glossary",
  "overview.md": "overview",
  "README.md": "readme",
};

/** The files every content folder must have, with what each holds. */
export const REQUIRED_FILES: ReadonlyArray<[string, string]> = [
  ["categories.md", "the attribute categories"],
  ["sources.md", "the sources that facts cite"],
  ["glossary.md", "the glossary terms"],
  ["overview.md", "the home-page overview"],
];

/** `relative` is the path inside the content folder, with forward slashes. */
export function classifyFile(relative: string): FileKind | undefined {
  const single = SINGLE_FILES[relative];
  if (single) return single;
  if (/^options\/[^/]+\.md$/.test(relative)) return "option";
  if (/^attributes\/[^/]+\.md$/.test(relative)) return "attribute";
  if (/^questions\/[^/]+\.md$/.test(relative)) return "question";
  return undefined;
}

import type { ContentFile } from "./check-content";
import { START, type FileReport } from "./problems";

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
const REQUIRED_FILES: ReadonlyArray<[name: string, holds: string]> = [
  ["categories.md", "the attribute categories"],
  ["sources.md", "the sources that facts cite"],
  ["glossary.md", "the glossary terms"],
  ["overview.md", "the home-page overview"],
];

/** The folders every content folder must have, with how many files each needs, and why. */
type Folder = [kind: FileKind, folder: string, fewest: number, fix: string];
const REQUIRED_FOLDERS: readonly Folder[] = [
  ["option", "options", 2, "a comparison needs at least two option files in options/"],
  ["question", "questions", 1, "add at least one question file in questions/ for the advisor"],
  ["attribute", "attributes", 1, "add at least one attribute file in attributes/"],
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

/** Reports files of no known kind, and the files and folders a content folder lacks. */
export function checkFolder(
  files: readonly ContentFile[],
  reportFor: (file: string) => FileReport,
  root: string,
): void {
  for (const file of files) {
    if (classifyFile(file.relative)) continue;
    reportFor(file.display).error(
      START,
      "this file is not a known kind of content",
      "options go in options/, attributes in attributes/, questions in questions/; the other files are categories.md, sources.md, glossary.md and overview.md — move or rename it",
    );
  }
  for (const [name, holds] of REQUIRED_FILES) {
    if (files.some((file) => file.relative === name)) continue;
    reportFor(`${root}/${name}`).error(
      START,
      `the file is missing (it holds ${holds})`,
      `create ${root}/${name}; see content/README.md`,
    );
  }
  for (const [kind, folder, fewest, fix] of REQUIRED_FOLDERS) {
    const count = files.filter((file) => classifyFile(file.relative) === kind).length;
    if (count >= fewest) continue;
    const message = count === 0 ? `there are no ${folder}` : `there is only one ${kind}`;
    reportFor(`${root}/${folder}`).error(START, message, fix);
  }
}

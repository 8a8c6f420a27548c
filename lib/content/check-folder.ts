import type { ContentFile } from "./check-content";
import { START, type FileReport } from "./problems";

/** What a content file is, decided by where it sits in the content folder. */
export type FileKind = (typeof FOLDERS)[number][0] | (typeof SINGLE_FILES)[number][1];

/** The folders of content files, with how many files each needs, and why. */
const FOLDERS = [
  ["option", "options", 2, "a comparison needs at least two option files in options/"],
  ["question", "questions", 1, "add at least one question file in questions/ for the advisor"],
  ["attribute", "attributes", 1, "add at least one attribute file in attributes/"],
] as const;

/** The single files, with what each holds; every one but the README is required. */
const SINGLE_FILES = [
  ["categories.md", "categories", "the attribute categories"],
  ["factors.md", "factors", "the decision factors the advisor weighs"],
  ["sources.md", "sources", "the sources that facts cite"],
  ["glossary.md", "glossary", "the glossary terms"],
  ["overview.md", "overview", "the home-page overview"],
  ["README.md", "readme", undefined],
] as const;

/** `relative` is the path inside the content folder, with forward slashes. */
export function classifyFile(relative: string): FileKind | undefined {
  const single = SINGLE_FILES.find(([name]) => name === relative);
  if (single) return single[1];
  return FOLDERS.find(([, folder]) => new RegExp(`^${folder}/[^/]+\\.md$`).test(relative))?.[0];
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
      "options go in options/, attributes in attributes/, questions in questions/; the other files are categories.md, factors.md, sources.md, glossary.md and overview.md — move or rename it",
    );
  }
  for (const [name, , holds] of SINGLE_FILES) {
    if (holds === undefined || files.some((file) => file.relative === name)) continue;
    reportFor(`${root}/${name}`).error(
      START,
      `the file is missing (it holds ${holds})`,
      `create ${root}/${name}; see content/README.md`,
    );
  }
  for (const [kind, folder, fewest, fix] of FOLDERS) {
    const count = files.filter((file) => classifyFile(file.relative) === kind).length;
    if (count >= fewest) continue;
    const message = count === 0 ? `there are no ${folder}` : `there is only one ${kind}`;
    reportFor(`${root}/${folder}`).error(START, message, fix);
  }
}

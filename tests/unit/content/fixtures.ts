import { mkdir, writeFile } from "node:fs/promises";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import {
  checkContentFiles,
  type ContentFile,
  type ContentResult,
} from "@/lib/content/check-content";
import { readContentFiles } from "@/lib/content/load-matrix";

/** The date every fixture test validates against, so results do not depend on the clock. */
export const TODAY = "2026-11-25";

export const FIXTURES = "tests/fixtures";

/** The valid two-option fixture that broken content is made from, one edit at a time. */
export const VALID = "tests/fixtures/valid-two";

/** A fixture folder's Markdown files, as `readContentFiles` would read them (display under `content/`). */
export function readFixture(name: string): ContentFile[] {
  const dir = path.join(FIXTURES, name);
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((rel) => rel.endsWith(".md"))
    .map((rel) => rel.split(path.sep).join("/"))
    .sort()
    .map((relative) => ({
      relative,
      display: `content/${relative}`,
      text: readFileSync(path.join(dir, relative), "utf8"),
    }));
}

/**
 * A change to one file of a fixture, made in memory: replace a text that occurs exactly once
 * in it, delete it (a path ending in `/` deletes a folder), or add it.
 */
export type Edit =
  | { file: string; replace: string; with: string }
  | { file: string; delete: true }
  | { file: string; add: string };

/**
 * The files of the fixture folder `dir` with `edits` made, as `readContentFiles` would read the
 * edited folder. An edit that does not apply (its text is missing or not unique, its file is
 * missing or already there) throws, so a case cannot silently test the valid fixture.
 */
export async function editFixture(
  edits: readonly Edit[],
  dir: string = VALID,
): Promise<ContentFile[]> {
  let files = await readContentFiles(dir);
  for (const edit of edits) {
    const target = files.find((f) => f.relative === edit.file);
    if ("add" in edit) {
      if (target) throw new Error(`${edit.file} is already in ${dir}`);
      files.push({ relative: edit.file, display: `${dir}/${edit.file}`, text: edit.add });
    } else if ("delete" in edit) {
      const gone = files.filter(
        (f) =>
          f.relative === edit.file || (edit.file.endsWith("/") && f.relative.startsWith(edit.file)),
      );
      if (gone.length === 0) throw new Error(`nothing to delete at ${edit.file} in ${dir}`);
      files = files.filter((f) => !gone.includes(f));
    } else {
      if (!target) throw new Error(`${edit.file} is not in ${dir}`);
      const count = target.text.split(edit.replace).length - 1;
      if (count !== 1) throw new Error(`"${edit.replace}" occurs ${count} times in ${edit.file}`);
      target.text = target.text.replace(edit.replace, () => edit.with);
    }
  }
  // In the order readContentFiles reads a folder: some checks report the later of two files.
  return files.sort((a, b) => (a.relative < b.relative ? -1 : 1));
}

/** Checks the fixture folder `dir` with `edits` made, as `checkContent` checks a folder. */
export async function checkEdited(
  edits: readonly Edit[],
  dir: string = VALID,
): Promise<ContentResult> {
  return checkContentFiles(await editFixture(edits, dir), { today: TODAY, root: dir });
}

/** Writes content files into `dir`, for the command-line checker, which reads a folder. */
export async function writeFiles(files: readonly ContentFile[], dir: string): Promise<void> {
  for (const file of files) {
    await mkdir(path.dirname(path.join(dir, file.relative)), { recursive: true });
    await writeFile(path.join(dir, file.relative), file.text);
  }
}

/** Three breaks in two files of the valid fixture, for checks that report everything in one run. */
export const MULTIPLE_ERRORS: Edit[] = [
  { file: "attributes/overhead.md", replace: "verdict: disadvantage", with: "verdict: worse" },
  {
    file: "attributes/overhead.md",
    replace: "runs on the host :cite",
    with: "runs on the :host[x] :cite",
  },
  { file: "overview.md", replace: ":term[hypervisor]", with: ":term[hypervisr]" },
];

/** The virtual machine's boot-time review dated 366 days before TODAY: a warning, not an error. */
export const STALE_REVIEW: Edit[] = [
  {
    file: "attributes/boot-time.md",
    replace: "source: faq-prose\n    reviewed: 2026-11-01",
    with: "source: faq-prose\n    reviewed: 2025-11-24",
  },
];

/** YAML's flow and quoting punctuation, for generators of YAML-ish text. */
export const YAML_PUNCTUATION = ["[", "]", "{", "}", ",", '"', "'"] as const;

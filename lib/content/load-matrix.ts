import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { FeatureMatrix } from "../model/schema";
import { checkContentFiles, type ContentFile, type ContentResult } from "./check-content";
import { ContentError } from "./problems";

/** Where the site's content lives; `CONTENT_DIR` points a build at a fixture instead. */
export const CONTENT_DIR = process.env.CONTENT_DIR || "content";

/** Reads every Markdown file below `dir`, sorted so problems come out in a stable order. */
export async function readContentFiles(dir: string): Promise<ContentFile[]> {
  const root = contentRoot(dir);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
  return Promise.all(
    files.map(async (relative) => ({
      relative,
      display: path.posix.join(root, relative),
      text: await readFile(path.join(dir, relative), "utf8"),
    })),
  );
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Reads and checks a content folder: the validated matrix, or every problem in it. What
 * `npm run content:check` prints, and what loadMatrix builds the site from.
 */
export async function checkContent(
  dir: string = CONTENT_DIR,
  date: string = today(),
): Promise<ContentResult> {
  return checkContentFiles(await readContentFiles(dir), { today: date, root: contentRoot(dir) });
}

/** The content folder as problems name it: relative to the project, with forward slashes. */
function contentRoot(dir: string): string {
  return path.relative(process.cwd(), path.resolve(dir)).split(path.sep).join("/") || ".";
}

let cached: Promise<FeatureMatrix> | undefined;

/**
 * The site's validated matrix, loaded once per process. Throws a ContentError listing every
 * problem, so `next build` stops instead of rendering a half-broken site.
 */
export function loadMatrix(): Promise<FeatureMatrix> {
  cached ??= checkContent().then((result) => {
    if (!result.ok) throw new ContentError(result.problems);
    return result.matrix;
  });
  return cached;
}

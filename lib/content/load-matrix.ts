import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { FeatureMatrix } from "../model/schema";
import { ContentError } from "./problems";
import { validateContent, type ContentFile, type ValidationResult } from "./validate-content";

/**
 * Where the site's content lives, relative to the project root. `CONTENT_DIR` overrides it,
 * so the same build can be pointed at a fixture (e.g. one with a third option).
 */
export const CONTENT_DIR = process.env.CONTENT_DIR || "content";

/** Reads every Markdown file below `dir` (sorted, so problems come out in a stable order). */
export async function readContentFiles(dir: string): Promise<ContentFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  return Promise.all(
    files.map(async (abs) => ({
      relative: path.relative(dir, abs).split(path.sep).join("/"),
      display: path.relative(process.cwd(), abs).split(path.sep).join("/"),
      text: await readFile(abs, "utf8"),
    })),
  );
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Reads and validates a content folder, returning the matrix or every problem. */
export async function checkContent(
  dir: string = CONTENT_DIR,
  date: string = today(),
): Promise<ValidationResult> {
  const root = path.relative(process.cwd(), path.resolve(dir)).split(path.sep).join("/") || ".";
  return validateContent(await readContentFiles(dir), { today: date, root });
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

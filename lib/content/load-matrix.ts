import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { FeatureMatrix } from "../model/schema";
import { ContentError } from "./problems";
import { validateContent, type ContentFile, type ValidationResult } from "./validate-content";

/**
 * Where the site's content lives, relative to the project root. `CONTENT_DIR` overrides it,
 * so the same build can be pointed at a fixture (e.g. one with a third option).
 */
export const CONTENT_DIR = process.env.CONTENT_DIR || "content";

/**
 * Reads every Markdown file below `dir` (sorted, so problems come out in a stable order).
 * Synchronously, one after the other: content files are small and were usually just written,
 * and for 10,000 of them fs.promises.readFile (four thread-pool round trips per file, with or
 * without a concurrency limit) took ten times as long as readFileSync.
 */
export async function readContentFiles(dir: string): Promise<ContentFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const displayRoot = path.relative(process.cwd(), dir);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
    .map((abs) => {
      const inside = path.relative(dir, abs);
      return {
        relative: inside.split(path.sep).join("/"),
        display: path.join(displayRoot, inside).split(path.sep).join("/"),
        text: readFileSync(abs, "utf8"),
      };
    });
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Reads and validates a content folder, returning the matrix or every problem. */
export async function checkContent(
  dir: string = CONTENT_DIR,
  date: string = today(),
): Promise<ValidationResult> {
  return validateContent(await readContentFiles(dir), { today: date, root: contentRoot(dir) });
}

/** The content folder as problems about missing files name it (relative to the project). */
export function contentRoot(dir: string): string {
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

import type { z } from "zod";
import { placeInFrontmatter, type Frontmatter } from "./frontmatter";
import { START, type FileReport } from "./problems";

/**
 * Validates frontmatter with a schema and turns each zod issue into a located problem.
 * Schemas carry messages shaped "what is wrong — how to fix"; this splits them so a missing
 * field reads "`x` is missing — <fix>" rather than a type complaint about `undefined`.
 */
export function parseFrontmatter<S extends z.ZodType>(
  schema: S,
  fm: Frontmatter | null,
  report: FileReport,
): z.infer<S> | undefined {
  if (!fm) {
    report.error(
      START,
      "the file has no frontmatter",
      "start the file with a `---` line, the fields (see content/README.md), and another `---` line",
    );
    return undefined;
  }
  if (fm.data === undefined) return undefined; // YAML syntax errors were already reported.
  const result = schema.safeParse(fm.data ?? {}, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        report.error(
          placeInFrontmatter(fm, path, true),
          `unknown field \`${label(path)}\``,
          "remove it or correct its spelling (content/README.md lists every field)",
        );
      }
      continue;
    }
    const [what, fix] = splitMessage(issue.message);
    const missing = issue.input === undefined && issue.path.length > 0;
    const path = issue.path.length > 0 ? label(issue.path) : "the frontmatter";
    if (missing) {
      // Point at the key the field belongs under (or the first line for a top-level field).
      const parent = issue.path.slice(0, -1);
      report.error(
        placeInFrontmatter(fm, parent, true),
        `\`${path}\` is missing`,
        `add \`${String(issue.path.at(-1))}:\` ${parent.length > 0 ? `under \`${label(parent)}:\`` : "to the frontmatter"}; it ${what}${fix ? ` (${fix})` : ""}`,
      );
      continue;
    }
    report.error(
      placeInFrontmatter(fm, issue.path),
      `\`${path}\` ${what}`,
      fix ?? "see content/README.md for what this field takes",
    );
  }
  return undefined;
}

/**
 * The problem for a matrix that fails its schema although every content check passed: a bug
 * in the loader, said plainly rather than shipped.
 */
export function loaderBug(error: z.ZodError): { message: string; fix: string } {
  const issues = error.issues.map((i) => `${label(i.path)}: ${i.message}`).join("; ");
  return {
    message: `the assembled matrix is invalid (${issues})`,
    fix: "this is a bug in the loader, not in your content; please report it",
  };
}

function splitMessage(message: string): [string, string | undefined] {
  const i = message.indexOf(" — ");
  return i === -1 ? [message, undefined] : [message.slice(0, i), message.slice(i + 3)];
}

function label(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

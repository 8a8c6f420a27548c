/** A position in a content file, 1-based as editors show it. */
export interface Place {
  line: number;
  column: number;
}

/** One thing wrong (or worth a look) in one content file. */
export interface Problem extends Place {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  severity: "error" | "warning";
  /** What is wrong, naming the field or construct. */
  message: string;
  /** How to fix it, in words an author who does not program can follow. */
  fix: string;
}

export function formatProblem(p: Problem): string {
  const tag = p.severity === "warning" ? "warning: " : "";
  return `${p.file}:${p.line}:${p.column} — ${tag}${p.message} — ${p.fix}`;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** Thrown by `loadMatrix` so a build stops with every content problem listed at once. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const errors = problems.filter((p) => p.severity === "error");
    super(
      `Content has ${errors.length} error${errors.length === 1 ? "" : "s"}:\n` +
        sortProblems(errors).map(formatProblem).join("\n") +
        "\nSee content/README.md for every field and error.",
    );
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** Collects problems for one file so parsers do not thread the path through every call. */
export class FileReport {
  readonly problems: Problem[] = [];

  constructor(readonly file: string) {}

  // Places are read, not spread: a place located on demand keeps line and column in getters.
  error(at: Place, message: string, fix: string): void {
    this.problems.push({
      file: this.file,
      line: at.line,
      column: at.column,
      severity: "error",
      message,
      fix,
    });
  }

  warn(at: Place, message: string, fix: string): void {
    this.problems.push({
      file: this.file,
      line: at.line,
      column: at.column,
      severity: "warning",
      message,
      fix,
    });
  }
}

export const START: Place = { line: 1, column: 1 };

/**
 * A place worked out when it is first read. Parsers note the place of every reference, date and
 * id, but only the few that turn out wrong are shown, and locating one in frontmatter means
 * building a positioned YAML document. Read `line` and `column`; spreading finds no fields.
 */
export class DeferredPlace implements Place {
  #place: Place | undefined;

  constructor(private readonly find: () => Place) {}

  get line(): number {
    return this.#resolve().line;
  }

  get column(): number {
    return this.#resolve().column;
  }

  #resolve(): Place {
    return (this.#place ??= this.find());
  }
}

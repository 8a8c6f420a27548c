/** A position in a content file, 1-based as editors show it. */
export interface Place {
  line: number;
  column: number;
}

export const START: Place = { line: 1, column: 1 };

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

/** A use of an id that another file defines, checked once every file is read. */
export interface Ref {
  kind: "term" | "source" | "option" | "category" | "attribute" | "factor";
  id: string;
  place: Place;
}

/** What one file gives the checks: its problems, and the ids it uses that others define. */
export class FileReport {
  readonly problems: Problem[] = [];
  readonly refs: Ref[] = [];

  constructor(readonly file: string) {}

  error(at: Place, message: string, fix: string): void {
    this.#add("error", at, message, fix);
  }

  warn(at: Place, message: string, fix: string): void {
    this.#add("warning", at, message, fix);
  }

  refer(kind: Ref["kind"], id: string, place: Place): void {
    this.refs.push({ kind, id, place });
  }

  #add(severity: Problem["severity"], { line, column }: Place, message: string, fix: string) {
    this.problems.push({ file: this.file, line, column, severity, message, fix });
  }
}

/** Start of a Markdown node, or the start of the file for nodes without a position. */
export function placeOfNode(node: { position?: { start: Place } | undefined }): Place {
  return node.position
    ? { line: node.position.start.line, column: node.position.start.column }
    : START;
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

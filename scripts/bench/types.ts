/** One line of the final table, and one entry in bench-results.json. */
export interface Figure {
  /** What was measured, e.g. "first-load JS /compare (gzip)". */
  name: string;
  /** The number, in `unit`; null when it could not be measured (`note` says why). */
  value: number | null;
  unit: string;
  /** How the value shows in the table when the bare number would say too little. */
  display?: string;
  /** The budget as people read it ("<= 1.10x"); absent for figures that only inform. */
  budget?: string;
  /** Within budget? Absent when there is no budget or nothing was measured. */
  pass?: boolean;
  /** Why a value is missing, or what explains a miss. */
  note?: string;
}

/** What a module reports: its figures, plus raw detail kept for bench-results.json. */
export interface ModuleResult {
  figures: Figure[];
  details?: unknown;
}

export interface BenchContext {
  /** The project being measured (the current directory). */
  root: string;
  /** A scratch directory for this run, deleted at the end. */
  scratch: string;
}

export interface BenchModule {
  /** The name BENCH_ONLY selects it by. */
  name: string;
  /** It reads the built site in out/, so a build must exist (or run first). */
  needsBuild: boolean;
  run(ctx: BenchContext): Promise<ModuleResult>;
}

/** A figure checked against a budget; unmeasured (null) figures get no verdict. */
function withBudget(
  figure: Omit<Figure, "budget" | "pass">,
  budget: string,
  meets: (value: number) => boolean,
): Figure {
  return { ...figure, budget, ...(figure.value === null ? {} : { pass: meets(figure.value) }) };
}

/** A figure whose budget is an upper bound. */
export function atMost(figure: Omit<Figure, "budget" | "pass">, limit: number, budget: string) {
  return withBudget(figure, budget, (v) => v <= limit);
}

/** A figure whose budget is a lower bound. */
export function atLeast(figure: Omit<Figure, "budget" | "pass">, limit: number, budget: string) {
  return withBudget(figure, budget, (v) => v >= limit);
}

import type { FileReport, Place, Ref } from "./problems";

const KIND_NAMES: Record<Ref["kind"], { noun: string; where: string }> = {
  term: { noun: "glossary term", where: "a `## Term` heading in glossary.md" },
  source: { noun: "source", where: "an entry in sources.md" },
  option: { noun: "option", where: "a file in options/" },
  category: { noun: "category", where: "an entry in categories.md" },
  attribute: { noun: "attribute", where: "a file in attributes/" },
  factor: { noun: "factor", where: "an entry in factors.md" },
};

/** A fact checked longer ago than this is flagged, so it gets checked again. */
const STALE_AFTER_DAYS = 365;

/**
 * A date a person checked something on (a cell's review, a source's reading): an error in the
 * future, a warning once it is more than a year old.
 */
export function checkDate(
  report: FileReport,
  at: Place,
  date: string,
  today: string,
  words: { future: string; futureFix: string; old: (days: number) => string; oldFix: string },
): void {
  const age = Math.round(
    (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000,
  );
  if (age < 0) report.error(at, words.future, words.futureFix);
  else if (age > STALE_AFTER_DAYS) report.warn(at, words.old(age), words.oldFix);
}

/** Reports the second and later definitions of the same id. */
export function checkUnique<T extends { idPlace: Place; report: FileReport }>(
  noun: string,
  defs: readonly T[],
  idOf: (def: T) => string,
): void {
  const first = new Map<string, T>();
  for (const def of defs) {
    const id = idOf(def);
    const earlier = first.get(id);
    if (earlier) {
      def.report.error(
        def.idPlace,
        `the ${noun} id "${id}" is already used in ${earlier.report.file}:${earlier.idPlace.line}`,
        "ids must be unique; give this one a different id",
      );
    } else {
      first.set(id, def);
    }
  }
}

/** Reports every use of an id that nothing defines, suggesting the ids that exist. */
export function checkRefs(
  reports: Iterable<FileReport>,
  known: Record<Ref["kind"], ReadonlySet<string>>,
): void {
  for (const report of reports) {
    for (const ref of report.refs) {
      const ids = known[ref.kind];
      if (ids.has(ref.id)) continue;
      const { noun, where } = KIND_NAMES[ref.kind];
      const suggestions = [...ids].sort();
      report.error(
        ref.place,
        `unknown ${noun} "${ref.id}"`,
        suggestions.length > 0
          ? `use one of: ${suggestions.slice(0, 12).join(", ")}${suggestions.length > 12 ? ", …" : ""}; or add it as ${where}`
          : `add it as ${where}`,
      );
    }
  }
}

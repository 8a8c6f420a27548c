import type { Place } from "./problems";
import type { FileReport } from "./problems";
import type { Ref } from "./prose";

/** A definition of an id, for the uniqueness check. */
export interface Def {
  id: string;
  place: Place;
  report: FileReport;
}

const KIND_NAMES: Record<Ref["kind"], { noun: string; where: string }> = {
  term: { noun: "glossary term", where: "a `## Term` heading in glossary.md" },
  source: { noun: "source", where: "an entry in sources.md" },
  option: { noun: "option", where: "a file in options/" },
  category: { noun: "category", where: "an entry in categories.md" },
  attribute: { noun: "attribute", where: "a file in attributes/" },
};

/** Reports the second and later definitions of the same id. */
export function checkUnique(noun: string, defs: readonly Def[]): void {
  const first = new Map<string, Def>();
  for (const def of defs) {
    const earlier = first.get(def.id);
    if (earlier) {
      def.report.error(
        def.place,
        `the ${noun} id "${def.id}" is already used in ${earlier.report.file}:${earlier.place.line}`,
        "ids must be unique; give this one a different id",
      );
    } else {
      first.set(def.id, def);
    }
  }
}

/** Reports every reference to an id that nothing defines, suggesting the ids that exist. */
export function checkRefs(
  refs: readonly Ref[],
  known: Record<Ref["kind"], ReadonlySet<string>>,
  reportFor: (file: string) => FileReport,
): void {
  for (const ref of refs) {
    const ids = known[ref.kind];
    if (ids.has(ref.id)) continue;
    const { noun, where } = KIND_NAMES[ref.kind];
    const suggestions = [...ids].sort();
    reportFor(ref.file).error(
      ref.place,
      `unknown ${noun} "${ref.id}"`,
      suggestions.length > 0
        ? `use one of: ${suggestions.slice(0, 12).join(", ")}${suggestions.length > 12 ? ", …" : ""}; or add it as ${where}`
        : `add it as ${where}`,
    );
  }
}

/** Days between two ISO dates, b - a. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

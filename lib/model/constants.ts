/*
 * Values the model's schemas use that client code needs too. Kept apart from the zod schemas
 * (schema.ts) so the browser bundle does not pull in zod.
 */

/** The answer every question must offer, with no effect on the result. */
export const NOT_SURE = "not-sure";

/**
 * How a cell's fact is known: `stated` (the cited source says it for this option), `derived`
 * (it follows from a stated fact; the note gives the reasoning), `unstated` (the source is
 * silent, so the cell says "Not stated: ask your provider" and weighs for no option).
 */
export const EVIDENCE = ["stated", "derived", "unstated"] as const;

/** What an unstated cell reads as, wherever it is shown or exported. */
export const UNSTATED_VALUE = "Not stated: ask your provider";

/**
 * How much a need matters to a workload. A must-have rules out an option only where that
 * option's cell states it cannot be met; otherwise it weighs heavily.
 */
export const IMPORTANCE = ["must", "important", "nice", "none"] as const;

/** What kind of publication a source is; it tells a reader how far its facts reach. */
export const SOURCE_KINDS = [
  "provider-faq",
  "provider-docs",
  "vendor-docs",
  "research",
  "news",
] as const;

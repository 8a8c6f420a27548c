/**
 * How many cases a parser's property test tries. The everyday run (`npm run test:unit`) tries a
 * few hundred per property, enough to catch a regression in a shape the generators reach often;
 * `npm run test:fuzz` sets FUZZ_RUNS (10,000) and runs only the `*.fuzz.test.ts` files, so the
 * full search happens once per `npm test` rather than on every edit.
 */
export function fuzzRuns(everyday = 200): { numRuns: number } {
  const full = Number(process.env.FUZZ_RUNS);
  return { numRuns: Number.isInteger(full) && full > 0 ? full : everyday };
}

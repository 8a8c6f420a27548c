/*
 * The parts of @mdn/mdn-http-observatory (plain JavaScript with JSDoc) that
 * tests/serving/observatory.ts calls, typed as its JSDoc types them.
 */
declare module "@mdn/mdn-http-observatory/src/retriever/retriever.js" {
  /** The responses the tests read: only `auto` (the final response) is looked at here. */
  export interface Requests {
    responses: { auto: { status: number; headers: Record<string, string> } | null };
  }
  export function retrieve(
    hostname: string,
    options?: { httpPort?: number; httpsPort?: number; path?: string },
  ): Promise<Requests>;
}

declare module "@mdn/mdn-http-observatory/src/constants.js" {
  import type { Requests } from "@mdn/mdn-http-observatory/src/retriever/retriever.js";
  /** One test's outcome: `result` is an expectation name, e.g. "csp-implemented-with-no-unsafe". */
  export interface Output {
    result: string | null;
    pass: boolean | null;
  }
  export const ALL_TESTS: ReadonlyArray<(requests: Requests) => Output>;
}

declare module "@mdn/mdn-http-observatory/src/grader/grader.js" {
  export function getScoreModifier(expectation: string): number;
  export function getGradeForScore(score: number): { score: number; grade: string };
}

declare module "@mdn/mdn-http-observatory/src/grader/charts.js" {
  export const MINIMUM_SCORE_FOR_EXTRA_CREDIT: number;
}

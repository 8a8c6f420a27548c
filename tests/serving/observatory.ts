import { retrieve } from "@mdn/mdn-http-observatory/src/retriever/retriever.js";
import { ALL_TESTS } from "@mdn/mdn-http-observatory/src/constants.js";
import { getGradeForScore, getScoreModifier } from "@mdn/mdn-http-observatory/src/grader/grader.js";
import { MINIMUM_SCORE_FOR_EXTRA_CREDIT } from "@mdn/mdn-http-observatory/src/grader/charts.js";

/** The official MDN HTTP Observatory's verdict on one URL. */
export interface ObservatoryGrade {
  /** The status of the final response (after the HTTP-to-HTTPS redirect). */
  status: number;
  score: number;
  grade: string;
  /** Each test's name, result and modifier, e.g. `redirection: redirection-to-https (+0)`. */
  tests: string[];
}

/**
 * Retrieves `path` of `hostname` over HTTP (`httpPort`) and HTTPS (`httpsPort`) with the
 * Observatory's own retriever, runs all of its tests and adds up their score modifiers with
 * its grader, exactly as its scan() does (src/scanner/index.js): penalties first, the bonuses
 * only when the score is still 90 or more. scan() itself cannot be called here: it takes only a
 * host name (default ports, path /), and refuses any status but 2xx, 3xx, 401 and 403, so it
 * could not grade the 404 page.
 */
export async function observatoryGrade(
  hostname: string,
  options: { httpPort: number; httpsPort: number; path: string },
): Promise<ObservatoryGrade> {
  const requests = await retrieve(hostname, options);
  const final = requests.responses.auto;
  if (!final)
    throw new Error(`the Observatory could not reach ${hostname} ${JSON.stringify(options)}`);
  let withExtraCredit = 100;
  let uncurved = 100;
  const tests: string[] = [];
  for (const test of ALL_TESTS) {
    const output = test(requests);
    if (!output.result) continue;
    const modifier = getScoreModifier(output.result);
    withExtraCredit += modifier;
    if (modifier < 0) uncurved += modifier;
    const name = (output.constructor as { name: string }).name;
    tests.push(`${name}: ${output.result} (${modifier >= 0 ? "+" : ""}${modifier})`);
  }
  const { score, grade } = getGradeForScore(
    uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved,
  );
  return { status: final.status, score, grade, tests };
}

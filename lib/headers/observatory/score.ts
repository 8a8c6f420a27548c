import { cspResult } from "./csp";
import {
  contentTypeOptionsResult,
  cookiesResult,
  corsResult,
  frameOptionsResult,
  hstsResult,
  referrerPolicyResult,
  resourcePolicyResult,
  sriResult,
  type ResponseHeaders,
} from "./header-tests";
import { gradeOf, MINIMUM_SCORE_FOR_EXTRA_CREDIT, MODIFIERS, type Result } from "./modifiers";

/**
 * Scores one HTTP response the way the MDN HTTP Observatory scores a site
 * (https://developer.mozilla.org/en-US/observatory/docs/tests_and_scoring): a baseline of 100,
 * penalties first, bonuses only if the score is still 90 or more, never below 0.
 */

export interface ScoredResponse {
  /** Response headers by lower-case name (multiple values joined with ", "). */
  headers: ResponseHeaders;
  /** Each Set-Cookie header separately (they cannot be joined with commas). */
  setCookies?: readonly string[];
  /** The body, when the response is HTML (for the subresource-integrity test). */
  html?: string;
  /** The URL as the deployment serves it (https://…): scripts are judged against its origin. */
  url: string;
  /** The Origin header the request carried, so a server that reflects it can be caught. */
  requestOrigin?: string;
  /**
   * Whether the host is on the browsers' HSTS preload list. The Observatory looks this up;
   * a `preload` directive alone earns nothing, and a local server is on no list.
   */
  hstsPreloaded?: boolean;
}

export interface TestOutcome {
  test: string;
  result: Result;
  modifier: number;
}

export interface Score {
  score: number;
  grade: string;
  tests: TestOutcome[];
}

export function scoreResponse(response: ScoredResponse): Score {
  const h = response.headers;
  const https = new URL(response.url).protocol === "https:";
  const csp = cspResult(h["content-security-policy"], https);
  const hsts = hstsResult(h["strict-transport-security"], response.hstsPreloaded ?? false);
  const results: [string, Result][] = [
    ["content-security-policy", csp.result],
    ["cookies", cookiesResult(response.setCookies ?? [], hsts)],
    ["cross-origin-resource-sharing", corsResult(h, response.requestOrigin)],
    // Redirection is a property of the live host's http:// entry point, not of a response.
    ["redirection", "redirection-not-applicable"],
    ["referrer-policy", referrerPolicyResult(h["referrer-policy"])],
    ["strict-transport-security", hsts],
    ["subresource-integrity", sriResult(response.html, response.url)],
    ["x-content-type-options", contentTypeOptionsResult(h["x-content-type-options"])],
    ["x-frame-options", frameOptionsResult(h["x-frame-options"], csp.csp)],
    ["cross-origin-resource-policy", resourcePolicyResult(h["cross-origin-resource-policy"])],
  ];
  const tests = results.map(([test, result]) => ({ test, result, modifier: MODIFIERS[result] }));
  const penalties = tests.reduce((sum, t) => sum + Math.min(t.modifier, 0), 0);
  const bonuses = tests.reduce((sum, t) => sum + Math.max(t.modifier, 0), 0);
  const afterPenalties = Math.max(0, 100 + penalties);
  const score =
    afterPenalties >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? afterPenalties + bonuses : afterPenalties;
  return { score, grade: gradeOf(score), tests };
}

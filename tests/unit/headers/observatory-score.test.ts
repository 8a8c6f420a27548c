import { describe, expect, it } from "vitest";
import { BASE_HEADERS, pageHeaders } from "@/lib/headers/security-headers";
import { gradeOf } from "@/lib/headers/observatory/modifiers";
import { scoreResponse, type ScoredResponse } from "@/lib/headers/observatory/score";

const URL_ = "https://advisor.example/compare";
const SAME_ORIGIN_PAGE = `<!doctype html><html><head><script src="/_next/static/a.js"></script></head><body></body></html>`;

/**
 * A response that earns every bonus a single response can: 100 + CSP 10 + Referrer-Policy 5 +
 * frame-ancestors 5 + CORP 10 = 130. Each case below breaks one thing.
 */
const STRONG: Record<string, string> = {
  "content-security-policy":
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  "strict-transport-security": "max-age=31536000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  "cross-origin-resource-policy": "same-origin",
};

function score(over: Record<string, string | undefined>, extra: Partial<ScoredResponse> = {}) {
  const headers = { ...STRONG, ...over };
  for (const k of Object.keys(headers)) if (headers[k] === undefined) delete headers[k];
  return scoreResponse({ headers, url: URL_, html: SAME_ORIGIN_PAGE, ...extra });
}

function resultOf(s: ReturnType<typeof scoreResponse>, test: string) {
  return s.tests.find((t) => t.test === test)?.result;
}

const lower = (h: Record<string, string>) =>
  Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));

describe("scoreResponse (MDN HTTP Observatory rules)", () => {
  it("gives the strong reference response every bonus: 130, A+", () => {
    const s = score({});
    expect(s.score).toBe(130);
    expect(s.grade).toBe("A+");
    expect(s.tests.every((t) => t.modifier >= 0)).toBe(true);
  });

  it("gives a response with no security headers 30 (D): CSP -25, HSTS -20, XCTO -5, XFO -20", () => {
    const s = scoreResponse({ headers: {}, url: URL_, html: SAME_ORIGIN_PAGE });
    expect(s.score).toBe(30);
    expect(s.grade).toBe("D");
    expect(s.tests.filter((t) => t.modifier < 0).map((t) => [t.result, t.modifier])).toEqual([
      ["csp-not-implemented", -25],
      ["hsts-not-implemented", -20],
      ["x-content-type-options-not-implemented", -5],
      ["x-frame-options-not-implemented", -20],
    ]);
  });

  // Each case loses points; [headers changed, result of the test, final score].
  it.each<[string, Record<string, string | undefined>, string, string, number]>([
    // A penalty of 20 drops the score below 90, so no bonus is added on top.
    [
      "'unsafe-inline' in script-src",
      {
        "content-security-policy":
          "default-src 'none'; script-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
      },
      "content-security-policy",
      "csp-implemented-with-unsafe-inline",
      80,
    ],
    [
      "data: in script-src",
      {
        "content-security-policy": "default-src 'self'; script-src 'self' data:; object-src 'none'",
      },
      "content-security-policy",
      "csp-implemented-with-unsafe-inline",
      80,
    ],
    [
      "a scheme-wide https: source in script-src",
      { "content-security-policy": "default-src 'self'; script-src https:; object-src 'none'" },
      "content-security-policy",
      "csp-implemented-with-unsafe-inline",
      80,
    ],
    [
      "no object-src and no default-src (plugins from anywhere)",
      { "content-security-policy": "script-src 'self'; frame-ancestors 'none'" },
      "content-security-policy",
      "csp-implemented-with-unsafe-inline",
      80,
    ],
    [
      "an http: script source on an https page",
      {
        "content-security-policy":
          "default-src 'self'; script-src 'self' http://cdn.example; object-src 'none'; frame-ancestors 'none'",
      },
      "content-security-policy",
      "csp-implemented-with-insecure-scheme",
      80,
    ],
    [
      "a directive given twice",
      { "content-security-policy": "default-src 'none'; script-src 'self'; script-src 'none'" },
      "content-security-policy",
      "csp-header-invalid",
      // -25 and no frame-ancestors credit (the policy is unreadable): XFO DENY still counts.
      75,
    ],
    [
      "'strict-dynamic' without a hash or nonce",
      {
        "content-security-policy":
          "default-src 'none'; script-src 'strict-dynamic'; form-action 'self'",
      },
      "content-security-policy",
      "csp-header-invalid",
      75,
    ],
    [
      "no CSP at all",
      { "content-security-policy": undefined },
      "content-security-policy",
      "csp-not-implemented",
      75,
    ],
    // A penalty of 10 leaves 90, so the other bonuses still count: 90 + 5 + 5 + 10.
    [
      "'unsafe-eval' in script-src",
      {
        "content-security-policy":
          "default-src 'none'; script-src 'self' 'unsafe-eval'; form-action 'self'; frame-ancestors 'none'",
      },
      "content-security-policy",
      "csp-implemented-with-unsafe-eval",
      110,
    ],
    [
      "http: images on an https page",
      {
        "content-security-policy":
          "default-src 'none'; script-src 'self'; img-src http:; form-action 'self'; frame-ancestors 'none'",
      },
      "content-security-policy",
      "csp-implemented-with-insecure-scheme-in-passive-content-only",
      110,
    ],
    [
      "HSTS shorter than six months",
      { "strict-transport-security": "max-age=86400" },
      "strict-transport-security",
      "hsts-implemented-max-age-less-than-six-months",
      120,
    ],
    [
      "HSTS without max-age",
      { "strict-transport-security": "includeSubDomains" },
      "strict-transport-security",
      "hsts-header-invalid",
      80,
    ],
    [
      "no HSTS",
      { "strict-transport-security": undefined },
      "strict-transport-security",
      "hsts-not-implemented",
      80,
    ],
    [
      "Referrer-Policy unsafe-url",
      { "referrer-policy": "unsafe-url" },
      "referrer-policy",
      "referrer-policy-unsafe",
      120,
    ],
    [
      "an unrecognised Referrer-Policy",
      { "referrer-policy": "never" },
      "referrer-policy",
      "referrer-policy-header-invalid",
      120,
    ],
    [
      "no Referrer-Policy (no bonus)",
      { "referrer-policy": undefined },
      "referrer-policy",
      "referrer-policy-not-implemented",
      125,
    ],
    [
      "X-Content-Type-Options other than nosniff",
      { "x-content-type-options": "sniff" },
      "x-content-type-options",
      "x-content-type-options-header-invalid",
      125,
    ],
    [
      "no X-Content-Type-Options",
      { "x-content-type-options": undefined },
      "x-content-type-options",
      "x-content-type-options-not-implemented",
      125,
    ],
    [
      "X-Frame-Options DENY without frame-ancestors (no bonus)",
      { "content-security-policy": "default-src 'none'; script-src 'self'; form-action 'self'" },
      "x-frame-options",
      "x-frame-options-sameorigin-or-deny",
      125,
    ],
    [
      "neither X-Frame-Options nor frame-ancestors",
      {
        "content-security-policy": "default-src 'none'; script-src 'self'; form-action 'self'",
        "x-frame-options": undefined,
      },
      "x-frame-options",
      "x-frame-options-not-implemented",
      80,
    ],
    [
      "frame-ancestors * with X-Frame-Options garbage",
      {
        "content-security-policy": "default-src 'none'; form-action 'self'; frame-ancestors *",
        "x-frame-options": "ALLOWALL",
      },
      "x-frame-options",
      "x-frame-options-header-invalid",
      80,
    ],
    [
      "default-src 'none' without form-action (the smaller CSP bonus)",
      { "content-security-policy": "default-src 'none'; frame-ancestors 'none'" },
      "content-security-policy",
      "csp-implemented-with-no-unsafe",
      125,
    ],
    [
      "CORP cross-origin (no bonus)",
      { "cross-origin-resource-policy": "cross-origin" },
      "cross-origin-resource-policy",
      "cross-origin-resource-policy-implemented-with-cross-origin",
      120,
    ],
    [
      "an unrecognised CORP",
      { "cross-origin-resource-policy": "same" },
      "cross-origin-resource-policy",
      "cross-origin-resource-policy-header-invalid",
      115,
    ],
    [
      "CORS granting a foreign origin credentialed access",
      {
        "access-control-allow-origin": "https://evil.example",
        "access-control-allow-credentials": "true",
      },
      "cross-origin-resource-sharing",
      "cross-origin-resource-sharing-implemented-with-universal-access",
      50,
    ],
  ])("%s", (_name, over, test, result, expected) => {
    const s = score(over, { requestOrigin: "https://evil.example" });
    expect(resultOf(s, test)).toBe(result);
    expect(s.score).toBe(expected);
    expect(s.score).toBeLessThan(130);
  });

  it("ignores 'unsafe-inline' beside a hash, as browsers do", () => {
    const s = score({
      "content-security-policy":
        "default-src 'none'; script-src 'self' 'unsafe-inline' 'sha256-abc='; form-action 'self'; frame-ancestors 'none'",
    });
    expect(resultOf(s, "content-security-policy")).toBe(
      "csp-implemented-with-no-unsafe-default-src-none",
    );
  });

  it("enforces every policy of a header that carries several", () => {
    // The second policy alone is safe, but the first allows inline script: both apply, and
    // the sources they share in script-src are only 'self'.
    const both = score({
      "content-security-policy":
        "default-src 'none'; script-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none', script-src 'self'",
    });
    expect(resultOf(both, "content-security-policy")).toBe(
      "csp-implemented-with-no-unsafe-default-src-none",
    );
  });

  describe("cookies", () => {
    it.each<[string[], string, number]>([
      [[], "cookies-not-found", 130],
      [
        ["id=1; Secure; HttpOnly; SameSite=Strict"],
        "cookies-secure-with-httponly-sessions-and-samesite",
        135,
      ],
      [["id=1; Secure; HttpOnly"], "cookies-secure-with-httponly-sessions", 130],
      [["id=1; HttpOnly; SameSite=Lax"], "cookies-without-secure-flag-but-protected-by-hsts", 125],
      [["id=1; Secure; HttpOnly; SameSite=Sometimes"], "cookies-samesite-flag-invalid", 80],
    ])("%j -> %s", (setCookies, result, expected) => {
      const s = score({}, { setCookies });
      expect(resultOf(s, "cookies")).toBe(result);
      expect(s.score).toBe(expected);
    });

    it("penalises an insecure cookie fully when HSTS does not protect it", () => {
      const s = score({ "strict-transport-security": undefined }, { setCookies: ["id=1"] });
      expect(resultOf(s, "cookies")).toBe("cookies-without-secure-flag");
      expect(s.score).toBe(60);
    });
  });

  describe("subresource integrity", () => {
    const page = (scripts: string) => `<!doctype html><html><head>${scripts}</head></html>`;
    it.each<[string, string, string, number]>([
      ["no scripts", page(""), "sri-not-implemented-but-no-scripts-loaded", 130],
      [
        "inline scripts only",
        page("<script>1</script>"),
        "sri-not-implemented-but-no-scripts-loaded",
        130,
      ],
      [
        "same-origin scripts with integrity",
        page(`<script src="/a.js" integrity="sha384-x"></script>`),
        "sri-implemented-and-all-scripts-loaded-securely",
        135,
      ],
      [
        "an https script elsewhere with integrity",
        page(`<script src="https://cdn.example/a.js" integrity="sha384-x"></script>`),
        "sri-implemented-and-external-scripts-loaded-securely",
        135,
      ],
      [
        "an https script elsewhere without integrity",
        page(`<script src="https://cdn.example/a.js"></script>`),
        "sri-not-implemented-but-external-scripts-loaded-securely",
        125,
      ],
      [
        "a protocol-relative script with integrity",
        page(`<script src="//cdn.example/a.js" integrity="sha384-x"></script>`),
        "sri-implemented-but-external-scripts-not-loaded-securely",
        80,
      ],
      [
        "an http script without integrity",
        page(`<script src="http://cdn.example/a.js"></script>`),
        "sri-not-implemented-and-external-scripts-not-loaded-securely",
        50,
      ],
    ])("%s", (_name, html, result, expected) => {
      const s = score({}, { html });
      expect(resultOf(s, "subresource-integrity")).toBe(result);
      expect(s.score).toBe(expected);
    });

    it("does not apply to a response that is not HTML", () => {
      const s = score({}, { html: undefined });
      expect(resultOf(s, "subresource-integrity")).toBe("sri-not-implemented-response-not-html");
    });
  });

  it("adds the preload bonus only for a host on the preload list, not for the directive", () => {
    const directive = score({
      "strict-transport-security": "max-age=63072000; includeSubDomains; preload",
    });
    expect(resultOf(directive, "strict-transport-security")).toBe(
      "hsts-implemented-max-age-at-least-six-months",
    );
    expect(directive.score).toBe(130);
    expect(score({}, { hstsPreloaded: true }).score).toBe(135);
  });

  it("never goes below 0", () => {
    const s = scoreResponse({
      headers: {
        "content-security-policy": "script-src *",
        "referrer-policy": "unsafe-url",
        "cross-origin-resource-policy": "x",
        "access-control-allow-origin": "*",
        "access-control-allow-credentials": "true",
      },
      html: `<script src="http://x.example/a.js"></script>`,
      url: URL_,
      setCookies: ["a=1; SameSite=Maybe"],
    });
    expect(s.score).toBe(0);
    expect(s.grade).toBe("F");
  });

  it.each([
    [145, "A+"],
    [100, "A+"],
    [99, "A"],
    [90, "A"],
    [89, "A-"],
    [85, "A-"],
    [84, "B+"],
    [80, "B+"],
    [79, "B"],
    [70, "B"],
    [69, "B-"],
    [65, "B-"],
    [64, "C+"],
    [60, "C+"],
    [59, "C"],
    [50, "C"],
    [49, "C-"],
    [45, "C-"],
    [44, "D+"],
    [40, "D+"],
    [39, "D"],
    [30, "D"],
    [29, "D-"],
    [25, "D-"],
    [24, "F"],
    [0, "F"],
  ])("grades %i as %s", (n, grade) => {
    expect(gradeOf(n)).toBe(grade);
  });
});

describe("the site's own header policy", () => {
  const page = lower(pageHeaders(["sha256-abc="]));
  const base = lower(BASE_HEADERS);

  it.each([
    ["an HTML page", page, SAME_ORIGIN_PAGE],
    ["any other response", base, undefined],
  ])("scores A+ with no penalty for %s", (_name, headers, html) => {
    const s = scoreResponse({ headers, html, url: URL_ });
    expect(s.tests.filter((t) => t.modifier < 0)).toEqual([]);
    expect(s.score).toBeGreaterThanOrEqual(100);
    // Every bonus a single response can earn (only cookies with SameSite and SRI would add more).
    expect(s.tests.find((t) => t.test === "content-security-policy")?.result).toBe(
      "csp-implemented-with-no-unsafe-default-src-none",
    );
    expect(s.score).toBe(130);
  });

  it.each(Object.keys(page))("scores lower without %s", (name) => {
    const full = scoreResponse({ headers: page, html: SAME_ORIGIN_PAGE, url: URL_ }).score;
    const without = { ...page };
    delete without[name];
    const less = scoreResponse({ headers: without, html: SAME_ORIGIN_PAGE, url: URL_ }).score;
    // The Observatory does not score Permissions-Policy or COOP, and frame-ancestors in the CSP
    // already earns what X-Frame-Options would; everything else counts.
    if (["permissions-policy", "cross-origin-opener-policy", "x-frame-options"].includes(name))
      expect(less).toBe(full);
    else expect(less).toBeLessThan(full);
  });
});

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_HEADERS } from "@/lib/headers/security-headers";
import { builtManifest, builtRoutes } from "../built-site";
import { exchange, parseResponse, parseResponses } from "./raw-http";
import { startSiteProcess, type SiteProcess } from "./site-process";

/*
 * Random requests over raw sockets against the live embedded server: method, target, HTTP
 * version and headers (Host, Range, If-*, Accept-Encoding, Expect, Content-Length, arbitrary
 * ones) drawn by fast-check. Whatever is sent, the answer is one well-formed HTTP response with
 * every security header, never a 5xx, and the process keeps running. FUZZ_RUNS sets the count
 * (5,000 unless set); a failure prints the seed and the smallest failing request.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 5000);

let site: SiteProcess;
beforeAll(async () => {
  site = await startSiteProcess();
});
afterAll(async () => {
  await site.stop();
});

const published = builtRoutes();
const unpublished = builtManifest().unpublished;

/** Characters a tester reaches for in a path: separators, escapes, dots, controls, non-ASCII. */
const pathChar = fc.constantFrom(
  ..."/./..\\%;?#&=+~_-$!*'()@:[]{}|^` \t\u0000\r\n\u00e9\u2028\ud83d\ude00".split(""),
  ..."%2e %2f %5c %00 %25 %c0%ae %ff %E0%A4%A %5f".split(" "),
  "a",
  "compare",
  "_next",
  "static",
  "html",
);
const target = fc.oneof(
  fc.constantFrom(...published, ...unpublished, "/matrix.json", "/robots.txt", "*"),
  fc.array(pathChar, { maxLength: 30 }).map((parts) => `/${parts.join("")}`),
  fc
    .tuple(fc.constantFrom(...published), fc.string({ maxLength: 40 }))
    .map(([p, q]) => `${p}?${q}`),
  fc.constantFrom("http://localhost/compare", "http://evil.example/../deploy/headers.json"),
  fc.integer({ min: 1, max: 70 }).map((kib) => `/${"x".repeat(kib * 1024)}`),
);
const method = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("GET", "HEAD") },
  { weight: 3, arbitrary: fc.constantFrom("POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE") },
  { weight: 1, arbitrary: fc.constantFrom("CONNECT", "PROPFIND", "PURGE", "QUERY", "get", "FOO") },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 8 }) },
);
const version = fc.constantFrom(
  "HTTP/1.1",
  "HTTP/1.1",
  "HTTP/1.1",
  "HTTP/1.0",
  "HTTP/2.0",
  "HTTP/1.x",
);
const number = fc.oneof(fc.nat(100_000), fc.constantFrom("18446744073709551615", "-1", "1e3", ""));
const range = fc.oneof(
  fc.tuple(number, number).map(([a, b]) => `bytes=${a}-${b}`),
  number.map((n) => `bytes=-${n}`),
  number.map((n) => `bytes=${n}-`),
  fc
    .array(fc.tuple(number, number), { minLength: 2, maxLength: 5 })
    .map((rs) => `bytes=${rs.map(([a, b]) => `${a}-${b}`).join(",")}`),
  fc.string({ maxLength: 20 }).map((s) => `bytes=${s}`),
  fc.string({ maxLength: 20 }),
);
const date = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
  fc.string({ maxLength: 30 }),
);
const etag = fc.oneof(fc.constantFrom("*", '"x"', 'W/"1-2"'), fc.string({ maxLength: 30 }));
const headerValue = fc.string({ maxLength: 60 });
const header = fc.oneof(
  { weight: 3, arbitrary: range.map((v) => `Range: ${v}`) },
  etag.map((v) => `If-None-Match: ${v}`),
  etag.map((v) => `If-Match: ${v}`),
  fc.oneof(etag, date).map((v) => `If-Range: ${v}`),
  date.map((v) => `If-Modified-Since: ${v}`),
  date.map((v) => `If-Unmodified-Since: ${v}`),
  fc
    .oneof(
      fc.constantFrom("br", "gzip", "br, gzip", "gzip;q=0, br;q=1", "identity", "*", "br;q=0", ""),
      headerValue,
    )
    .map((v) => `Accept-Encoding: ${v}`),
  fc
    .oneof(fc.constantFrom("localhost", "localhost:3000", "", "[::1]"), headerValue)
    .map((v) => `Host: ${v}`),
  fc.constantFrom("100-continue", "teapot").map((v) => `Expect: ${v}`),
  fc.constantFrom("Upgrade: websocket\r\nConnection: Upgrade", "Transfer-Encoding: chunked"),
  fc.tuple(fc.stringMatching(/^[A-Za-z-]{1,20}$/), headerValue).map(([n, v]) => `${n}: ${v}`),
  fc.string({ maxLength: 40 }),
);
const request = fc
  .record({
    method,
    target,
    version,
    host: fc.constantFrom(...Array<string>(5).fill("Host: localhost\r\n"), ""),
    headers: fc.array(header, { maxLength: 8 }),
    body: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
  })
  .map(({ method, target, version, host, headers, body }) => ({
    method,
    bytes:
      `${method} ${target} ${version}\r\n${host}${headers.map((h) => `${h}\r\n`).join("")}` +
      (body === undefined ? "" : `Content-Length: ${Buffer.byteLength(body)}\r\n`) +
      `Connection: close\r\n\r\n${body ?? ""}`,
  }));

describe("fuzzing the embedded server", () => {
  it(`answers ${RUNS} random requests, each with one well-formed response and every header`, async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async ({ method, bytes }) => {
        const { bytes: answer, timedOut } = await exchange(site.port, bytes, 10_000);
        expect(timedOut, "no answer within 10 s").toBe(false);
        // A blank line inside the drawn headers ends the request early: what follows is a second
        // request, and gets its own answer.
        for (const response of parseResponses(answer, method)) {
          for (const name of Object.keys(BASE_HEADERS))
            expect(response.headers.has(name.toLowerCase()), name).toBe(true);
          expect(response.status).toBeLessThan(500);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        }
        expect(site.alive()).toBe(true);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    const answers = [...statuses.values()].reduce((a, b) => a + b, 0);
    console.log(
      `fuzz: ${RUNS} requests, ${answers} answers; statuses ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}: ${n}`)
        .join(", ")}`,
    );
    // The draw reaches the interesting answers, not only 400s.
    for (const status of [200, 206, 304, 400, 404, 405, 416, 431])
      expect(statuses.get(status), `no ${status} among the answers`).toBeGreaterThan(0);
    expect(site.alive()).toBe(true);
    const home = parseResponse(
      (await exchange(site.port, "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
        .bytes,
      "GET",
    );
    expect(home.status).toBe(200);
    expect(site.output()).not.toMatch(/"level":(50|60)/);
  }, 600_000);
});

import { METHODS } from "node:http";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_HEADERS } from "@/lib/headers/security-headers";
import { OUT_DIR } from "../built-site";
import { exchange, parseResponse, type RawResponse } from "./raw-http";
import { startSiteProcess, type SiteProcess } from "./site-process";

/*
 * A security tester's requests against the live embedded server (scripts/serve.ts in a process
 * of its own): broken Range headers, path traversal in every encoding, huge URLs, bad Host
 * headers, every method, malformed headers. Each must get a complete HTTP answer with the
 * security headers, none may reach a file outside the site, and afterwards the server still
 * runs and serves /.
 */

let site: SiteProcess;
beforeAll(async () => {
  site = await startSiteProcess();
});
afterAll(async () => {
  await site.stop();
});

/** Sends raw request bytes; the answer must be one well-formed response with every header. */
async function ask(request: string, method = request.split(" ")[0]!): Promise<RawResponse> {
  const { bytes, timedOut } = await exchange(site.port, request);
  expect(timedOut, `no answer within 5 s to ${JSON.stringify(request.slice(0, 120))}`).toBe(false);
  const response = parseResponse(bytes, method);
  for (const name of Object.keys(BASE_HEADERS))
    expect(response.headers.has(name.toLowerCase()), `${name} on ${response.status}`).toBe(true);
  return response;
}

const get = (target: string, headers = "") =>
  `GET ${target} HTTP/1.1\r\nHost: localhost\r\n${headers}Connection: close\r\n\r\n`;
const header = (response: RawResponse, name: string) => response.headers.get(name)?.join(", ");

const matrix = readFileSync(path.join(OUT_DIR, "matrix.json"));
const size = matrix.length;

describe("Range (RFC 9110 §14), on the file itself (no Accept-Encoding)", () => {
  it.each([
    ["bytes=0-0", 206, `bytes 0-0/${size}`, matrix.subarray(0, 1)],
    ["bytes=0-99", 206, `bytes 0-99/${size}`, matrix.subarray(0, 100)],
    ["bytes=-100", 206, `bytes ${size - 100}-${size - 1}/${size}`, matrix.subarray(size - 100)],
    ["bytes=100-", 206, `bytes 100-${size - 1}/${size}`, matrix.subarray(100)],
    ["bytes=0-18446744073709551615", 206, `bytes 0-${size - 1}/${size}`, matrix],
    [`bytes=-${size * 10}`, 206, `bytes 0-${size - 1}/${size}`, matrix],
    ["bytes=5-1", 416, `bytes */${size}`, null],
    ["bytes=1-0", 416, `bytes */${size}`, null],
    ["bytes=-0", 416, `bytes */${size}`, null],
    [`bytes=${size}-`, 416, `bytes */${size}`, null],
    ["bytes=18446744073709551615-", 416, `bytes */${size}`, null],
    ["bytes=abc", 200, undefined, matrix],
    ["bytes=", 200, undefined, matrix],
    ["bytes=1x-2", 200, undefined, matrix],
    ["bytes=1-2-3", 200, undefined, matrix],
    ["items=0-1", 200, undefined, matrix],
    ["bytes=0-1, bytes=2-3", 200, undefined, matrix],
    // Several ranges are answered with the whole file (RFC 9110 allows ignoring Range).
    ["bytes=0-1,5-6", 200, undefined, matrix],
  ] as const)("%s: %i", async (range, status, contentRange, body) => {
    const response = await ask(get("/matrix.json", `Range: ${range}\r\n`));
    expect(response.status).toBe(status);
    expect(header(response, "content-range")).toBe(contentRange);
    if (body) expect(response.body.equals(body)).toBe(true);
  });

  it("applies a range to the encoding sent, and a stale If-Range gets the whole file", async () => {
    const br = await ask(get("/matrix.json", "Accept-Encoding: br\r\nRange: bytes=0-9\r\n"));
    expect(br.status).toBe(206);
    expect(header(br, "content-encoding")).toBe("br");
    expect(br.body.equals(readFileSync(path.join(OUT_DIR, "matrix.json.br")).subarray(0, 10))).toBe(
      true,
    );
    const stale = await ask(get("/matrix.json", 'Range: bytes=0-9\r\nIf-Range: "stale"\r\n'));
    expect(stale.status).toBe(200);
    expect(stale.body.length).toBe(size);
  });

  it("honours If-Range only with a strong validator: a weak ETag gets the whole file", async () => {
    const first = await ask(get("/matrix.json"));
    const etag = header(first, "etag")!;
    // The server's ETags are weak, so a range is conditional on the date alone.
    expect(etag).toMatch(/^W\//);
    const ifRange = (value: string) =>
      ask(get("/matrix.json", `Range: bytes=0-9\r\nIf-Range: ${value}\r\n`));
    expect((await ifRange(header(first, "last-modified")!)).status).toBe(206);
    for (const weak of [etag, ` ${etag}`]) {
      const response = await ifRange(weak);
      expect(response.status).toBe(200);
      expect(response.body.length).toBe(size);
    }
  });

  it("answers HEAD with the headers of GET and no body, and a matching ETag with 304", async () => {
    const head = await ask(get("/matrix.json").replace("GET", "HEAD"), "HEAD");
    expect(head.status).toBe(200);
    expect(header(head, "content-length")).toBe(String(size));
    const etag = header(head, "etag")!;
    const again = await ask(get("/matrix.json", `If-None-Match: ${etag}\r\n`));
    expect(again.status).toBe(304);
    expect(header(again, "etag")).toBe(etag);
  });
});

describe("path traversal", () => {
  it.each([
    "/../../../../etc/passwd",
    "/..%2f..%2f..%2fetc%2fpasswd",
    "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
    "/%252e%252e/%252e%252e/etc/passwd",
    "/..%252f..%252fetc%252fpasswd",
    "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "/..\\..\\..\\etc\\passwd",
    "/%2e%2e%5c%2e%2e%5cetc%5cpasswd",
    "/..;/..;/etc/passwd",
    "//etc/passwd",
    "/etc/passwd%00.html",
    "/_next/static/../../package.json",
    "/_next/static/%2e%2e/%2e%2e/package.json",
    "/_next/static/..%2f..%2fpackage.json",
    "/../deploy/headers.json",
    "/.%2e/deploy/nginx.conf",
    "/%2e%2e/deploy/nginx.conf",
    "/./../out/_headers",
    "http://localhost/../../etc/passwd",
    "/_headers",
    "/%5fheaders",
    "/%5Fheaders",
    "/_HEADERS",
    "/_headers/",
    "//_headers",
    "/./_headers",
    "/compare/../_headers",
    "/_deploy/headers.json",
    "/404.html",
    "/_not-found.html",
    "/compare.html.br",
    "/matrix.json.gz",
  ])("%s reaches nothing outside the site", async (target) => {
    const response = await ask(get(target));
    expect([400, 404]).toContain(response.status);
    const body = response.body.toString("latin1");
    expect(body).not.toMatch(/root:|"dependencies"|Content-Security-Policy|add_header/);
  });
});

describe("request size", () => {
  it.each([16, 64])("a %i KiB URL gets 431", async (kib) => {
    const response = await ask(get(`/${"a".repeat(kib * 1024)}`));
    expect(response.status).toBe(431);
  });

  it("a 16 KiB header gets 431, and 200 headers still get an answer", async () => {
    expect((await ask(get("/", `X-Big: ${"b".repeat(16 * 1024)}\r\n`))).status).toBe(431);
    const many = Array.from({ length: 200 }, (_, i) => `X-H${i}: ${i}\r\n`).join("");
    expect((await ask(get("/", many))).status).toBe(200);
  });
});

describe("Host", () => {
  it.each([
    ["missing", "GET / HTTP/1.1\r\nConnection: close\r\n\r\n", 400],
    ["empty", "GET / HTTP/1.1\r\nHost:\r\nConnection: close\r\n\r\n", 400],
    ["junk", "GET / HTTP/1.1\r\nHost: a b/c@d\r\nConnection: close\r\n\r\n", 400],
    ["duplicated", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n", 400],
    ["2 KiB", `GET / HTTP/1.1\r\nHost: ${"h".repeat(2048)}\r\nConnection: close\r\n\r\n`, 400],
    ["a bad port", "GET / HTTP/1.1\r\nHost: localhost:99999\r\nConnection: close\r\n\r\n", 400],
    ["missing in HTTP/1.0", "GET / HTTP/1.0\r\n\r\n", 200],
    ["a name and port", "GET / HTTP/1.1\r\nHost: localhost:3000\r\nConnection: close\r\n\r\n", 200],
  ])("%s: %i", async (_what, request, status) => {
    const response = await ask(request, "GET");
    expect(response.status).toBe(status);
    if (status === 400) expect(response.body.toString()).toMatch(/^400 Bad Request\n.*Host/);
  });
});

describe("methods", () => {
  it.each(METHODS.filter((m) => m !== "GET" && m !== "HEAD"))(
    "%s gets 405 with Allow",
    async (method) => {
      const target = method === "CONNECT" ? "localhost:443" : "/compare";
      const response = await ask(
        `${method} ${target} HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi`,
      );
      expect(response.status).toBe(405);
      expect(header(response, "allow")).toBe("GET, HEAD");
    },
  );

  it.each(["FOO", "get", "G\u00c9T", "GET\u0000"])(
    "the unknown method %j gets 400",
    async (method) => {
      const response = await ask(`${method} / HTTP/1.1\r\nHost: localhost\r\n\r\n`, "GET");
      expect(response.status).toBe(400);
    },
  );

  it("a request whose declared body never comes is answered and closed", async () => {
    const response = await ask(
      "POST /compare HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000\r\n\r\npartial",
    );
    expect(response.status).toBe(405);
    expect(header(response, "connection")).toBe("close");
  });
});

describe("malformed requests", () => {
  it.each([
    ["a header without a colon", get("/", "Broken header\r\n")],
    ["a space before the colon", get("/", "X-Test : 1\r\n")],
    ["a folded header line", get("/", "X-Test: 1\r\n folded\r\n")],
    ["a NUL in a header value", get("/", "X-Test: a\u0000b\r\n")],
    ["a bare CR", get("/", "X-Test: a\rb\r\n")],
    ["an invalid header name", get("/", "X(Test): 1\r\n")],
    ["Content-Length and chunked", get("/", "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n")],
    ["two different Content-Lengths", get("/", "Content-Length: 1\r\nContent-Length: 2\r\n")],
    ["a negative Content-Length", get("/", "Content-Length: -1\r\n")],
    ["an unknown HTTP version", "GET / HTTP/9.9\r\nHost: localhost\r\n\r\n"],
    ["spaces in the target", "GET /a b HTTP/1.1\r\nHost: localhost\r\n\r\n"],
    ["binary garbage", "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u01fc\u0003\u0003\r\n\r\n"],
    ["an HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"],
  ])("%s gets 400", async (_what, request) => {
    const response = await ask(request, "GET");
    expect(response.status).toBe(400);
  });

  it("an Expect it does not know gets 417", async () => {
    expect((await ask(get("/", "Expect: teapot\r\n"))).status).toBe(417);
  });
});

describe("afterwards", () => {
  it("the server still runs and / answers 200", async () => {
    expect((await ask(get("/"))).status).toBe(200);
    expect(site.alive()).toBe(true);
    expect(site.output()).not.toMatch(/"level":(50|60)/);
  });
});

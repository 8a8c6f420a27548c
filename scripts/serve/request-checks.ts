/**
 * Checks of request headers that the static file library leaves to its caller. Pure functions:
 * tests/unit/serve/request-checks.test.ts holds their tables.
 */

/** A host name (labels of letters, digits, `-`, `_`) or an IP literal, with an optional port. */
const HOST =
  /^(?:(?:[a-z0-9_-]{1,63}\.)*[a-z0-9_-]{1,63}\.?|\[[0-9a-f:.]{2,45}\])(?::(\d{1,5}))?$/i;

/**
 * Why the Host header of a request is unacceptable, or null when it is fine. RFC 9112 §3.2: a
 * server MUST answer 400 to an HTTP/1.1 request without Host and to any request with more than
 * one Host or an invalid one. HTTP/1.0 requests may leave it out.
 *
 * @param rawHeaders Node's `req.rawHeaders` (name, value, name, value…): `req.headers` keeps only
 *   the first of duplicated Host headers, so duplicates can only be counted here.
 */
export function hostProblem(rawHeaders: readonly string[], httpVersion: string): string | null {
  const hosts: string[] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2)
    if (rawHeaders[i]!.toLowerCase() === "host") hosts.push(rawHeaders[i + 1]!);
  if (hosts.length > 1) return "more than one Host header";
  const host = hosts[0];
  if (host === undefined) return httpVersion === "1.0" ? null : "no Host header";
  if (host.length > 255) return "the Host header is longer than 255 characters";
  const match = HOST.exec(host);
  if (!match) return "the Host header is not a host name";
  if (match[1] !== undefined && Number(match[1]) > 65535)
    return "the Host header's port is not a port";
  return null;
}

const RANGE_SPEC = /^(?:\d+-\d*|-\d+)$/;

/**
 * The Range header to act on, spelled as the library expects (`bytes=0-99,-5`), or null when it
 * is to be ignored and the whole file sent: a unit other than bytes, which RFC 9110 §14.2 says
 * to ignore, or a value that does not follow the grammar of §14.1.1 (`bytes=abc`, `bytes=1-2-3`),
 * which a server may ignore. @fastify/send would answer those with 416, and parses numbers
 * loosely (`bytes=1x-2`). Well-formed but unsatisfiable ranges (`bytes=5-1`, `bytes=-0`, a start
 * past the end) are kept: the library answers them with 416 and a `Content-Range` giving the size.
 */
export function byteRanges(header: string): string | null {
  const match = /^bytes=(.*)$/i.exec(header.trim());
  if (!match) return null;
  // A list may hold empty elements, which a recipient ignores (RFC 9110 §5.6.1.2).
  const specs = match[1]!
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (specs.length === 0 || !specs.every((s) => RANGE_SPEC.test(s))) return null;
  return `bytes=${specs.join(",")}`;
}

/**
 * `ranges` (as byteRanges returns it) for a file of `size` bytes, with every suffix range longer
 * than the file made `0-`: RFC 9110 §14.1.3 says such a range means the whole file, where
 * @fastify/send computes a negative start and answers 416.
 */
export function fitSuffixRanges(ranges: string, size: number): string {
  const specs = ranges.slice("bytes=".length).split(",");
  return `bytes=${specs.map((s) => (s.startsWith("-") && Number(s.slice(1)) >= size && size > 0 ? "0-" : s)).join(",")}`;
}

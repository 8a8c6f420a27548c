import { connect } from "node:net";

/**
 * HTTP over a bare socket, for requests no HTTP client would send (broken request lines,
 * duplicate Host, header floods) and for reading the answer exactly as the server wrote it.
 */

/**
 * Sends `request` on a new connection to 127.0.0.1:`port` and resolves with every byte the
 * server sent until it closed the connection (or `timeoutMs` passed: then `timedOut` is true
 * and the bytes so far are returned). The connection is not half-closed after the request, as
 * Node's HTTP server takes a client's end of sending for an abort: requests that should be
 * answered and closed say `Connection: close`.
 */
export function exchange(
  port: number,
  request: string | Buffer,
  timeoutMs = 5_000,
): Promise<{ bytes: Buffer; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect({ port, host: "127.0.0.1" });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ bytes: Buffer.concat(chunks), timedOut: true });
    }, timeoutMs);
    socket.on("data", (d: Buffer) => chunks.push(d));
    // A reset after the answer (the server closing with unread bytes) still leaves the answer.
    socket.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "ECONNRESET" && e.code !== "EPIPE") {
        clearTimeout(timer);
        reject(e);
      }
    });
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ bytes: Buffer.concat(chunks), timedOut: false });
    });
    socket.write(request);
  });
}

export interface RawResponse {
  status: number;
  /** Header names in lower case, values as sent; a repeated header keeps every value. */
  headers: Map<string, string[]>;
  body: Buffer;
}

/**
 * Reads exactly one HTTP/1.1 response from `bytes`, strictly: a status line, well-formed
 * header lines, and a body whose framing (Content-Length or chunked) matches what follows, with
 * nothing after it. Throws with what is wrong otherwise. `method` tells whether a body is due
 * (HEAD answers and 304 have none).
 */
export function parseResponse(bytes: Buffer, method: string): RawResponse {
  const { response, rest } = readResponse(bytes, method);
  if (rest.length) throw new Error(`${rest.length} bytes after the response`);
  return response;
}

/**
 * Reads every response in `bytes`, each as strictly as parseResponse: what a connection gets
 * when the bytes sent held more than one request (a blank line inside drawn headers ends the
 * first). `method` is the first request's; the later ones are read as answers to GET.
 */
export function parseResponses(bytes: Buffer, method: string): RawResponse[] {
  const responses: RawResponse[] = [];
  let rest = bytes;
  do {
    const read = readResponse(rest, responses.length ? "GET" : method);
    responses.push(read.response);
    rest = read.rest;
  } while (rest.length);
  return responses;
}

function readResponse(bytes: Buffer, method: string): { response: RawResponse; rest: Buffer } {
  // An interim answer (100 Continue to `Expect: 100-continue`) comes before the response.
  while (/^HTTP\/1\.1 1\d\d [^\r\n]*\r\n\r\n/.test(bytes.subarray(0, 64).toString("latin1")))
    bytes = bytes.subarray(bytes.indexOf("\r\n\r\n") + 4);
  const end = bytes.indexOf("\r\n\r\n");
  if (end < 0)
    throw new Error(
      `no end of headers in ${JSON.stringify(bytes.toString("latin1").slice(0, 200))}`,
    );
  const [statusLine = "", ...lines] = bytes.subarray(0, end).toString("latin1").split("\r\n");
  const status = /^HTTP\/1\.[01] ([1-5]\d\d) [^\r\n]*$/.exec(statusLine);
  if (!status) throw new Error(`bad status line ${JSON.stringify(statusLine)}`);
  const headers = new Map<string, string[]>();
  for (const line of lines) {
    const field = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!field) throw new Error(`bad header line ${JSON.stringify(line)}`);
    const name = field[1]!.toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), field[2]!]);
  }
  const rest = bytes.subarray(end + 4);
  const code = Number(status[1]);
  const one = (name: string) => {
    const values = headers.get(name) ?? [];
    if (values.length > 1) throw new Error(`${name} sent ${values.length} times`);
    return values[0];
  };
  const length = one("content-length");
  const chunked = /(^|,)\s*chunked\s*$/i.test(one("transfer-encoding") ?? "");
  if (length !== undefined && chunked) throw new Error("both Content-Length and chunked");
  if (method === "HEAD" || code === 304 || code === 204 || code < 200)
    return { response: { status: code, headers, body: Buffer.alloc(0) }, rest };
  if (length !== undefined) {
    if (!/^\d+$/.test(length)) throw new Error(`bad Content-Length ${length}`);
    if (rest.length < Number(length))
      throw new Error(`Content-Length ${length} but ${rest.length} bytes follow`);
    return {
      response: { status: code, headers, body: rest.subarray(0, Number(length)) },
      rest: rest.subarray(Number(length)),
    };
  }
  if (chunked) {
    const { body, used } = dechunk(rest);
    return { response: { status: code, headers, body }, rest: rest.subarray(used) };
  }
  // Neither: the body runs to the end of the connection, which is how it was read.
  return { response: { status: code, headers, body: rest }, rest: Buffer.alloc(0) };
}

/** The body of a chunked message at the start of `data`, and how many bytes it took. */
function dechunk(data: Buffer): { body: Buffer; used: number } {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = data.indexOf("\r\n", at);
    const size = /^([0-9a-fA-F]+)(;.*)?$/.exec(data.subarray(at, lineEnd).toString("latin1"));
    if (lineEnd < 0 || !size) throw new Error(`bad chunk size at byte ${at}`);
    const n = parseInt(size[1]!, 16);
    at = lineEnd + 2;
    if (n === 0) {
      if (data.subarray(at, at + 2).toString("latin1") !== "\r\n")
        throw new Error("bad chunked ending");
      return { body: Buffer.concat(parts), used: at + 2 };
    }
    parts.push(data.subarray(at, at + n));
    at += n;
    if (data.subarray(at, at + 2).toString("latin1") !== "\r\n") throw new Error("bad chunk end");
    at += 2;
  }
}

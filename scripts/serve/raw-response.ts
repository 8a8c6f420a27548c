import { STATUS_CODES } from "node:http";
import type { Headers } from "../../lib/headers/security-headers";

/**
 * A complete HTTP/1.1 answer, for the few cases Node settles on the socket before any request
 * handler runs (a request it cannot parse, a header timeout, CONNECT, an `Expect` it does not
 * know). Node's own answers there carry no headers; these carry the security headers too, and
 * close the connection.
 */
export function rawResponse(status: number, headers: Headers): string {
  const reason = STATUS_CODES[status] ?? "Error";
  const body = `${status} ${reason}\n`;
  const lines = Object.entries({
    ...headers,
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": String(Buffer.byteLength(body)),
    "Cache-Control": "no-store",
    Connection: "close",
  }).map(([name, value]) => `${name}: ${value}\r\n`);
  return `HTTP/1.1 ${status} ${reason}\r\n${lines.join("")}\r\n${body}`;
}

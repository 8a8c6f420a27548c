import { STATUS_CODES } from "node:http";
import type { Headers } from "../../lib/headers/security-headers";

/**
 * A complete HTTP/1.1 answer, for the few cases Node settles on the socket before any request
 * handler runs (a request it cannot parse, a header timeout, CONNECT). Node's own answers there
 * carry no headers; these carry the security headers too, and close the connection. No body:
 * the request may have been a HEAD, which must get none, and could not be read to tell.
 */
export function rawResponse(status: number, headers: Headers): string {
  const lines = Object.entries({
    ...headers,
    "Content-Length": "0",
    "Cache-Control": "no-store",
    Connection: "close",
  }).map(([name, value]) => `${name}: ${value}\r\n`);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Error"}\r\n${lines.join("")}\r\n`;
}

import { STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { Headers } from "../../lib/headers/security-headers";

const ALLOW = "GET, HEAD";

/**
 * What happens on a connection outside any request handler: requests Node cannot parse, the
 * header timeout, CONNECT and an unknown `Expect`. Node's own answers there have no headers (or,
 * for CONNECT, none at all); these carry `headers`. It also keeps a second answer from being
 * written into a connection whose answer is under way.
 */
export function connectionGuard(headers: Headers) {
  /** Requests being answered, per connection (pipelined requests queue on one). */
  const inFlight = new WeakMap<Socket, number>();
  /**
   * Connections that close once their current answers are out: the rest of the bytes on them
   * cannot be read (a parse error after a request, or the unread rest of a body).
   */
  const closing = new WeakSet<Socket>();

  return {
    /** For Fastify's `clientErrorHandler`. */
    onClientError(error: NodeJS.ErrnoException, socket: Socket) {
      if (error.code === "ECONNRESET" || !socket.writable) {
        socket.destroy();
        return;
      }
      // An answer under way owns the connection: it goes out whole, then the connection
      // closes; a second answer written now would corrupt it.
      if ((inFlight.get(socket) ?? 0) > 0 || closing.has(socket)) {
        closing.add(socket);
        return;
      }
      const status =
        error.code === "ERR_HTTP_REQUEST_TIMEOUT"
          ? 408
          : error.code === "HPE_HEADER_OVERFLOW"
            ? 431
            : 400;
      socket.end(rawResponse(status, headers));
    },

    /** Listens to `server` for what Node settles without a request handler. */
    watch(server: Server) {
      server.on("request", (request: IncomingMessage, response: ServerResponse) => {
        const socket = request.socket;
        inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
        response.once("close", () => {
          const left = (inFlight.get(socket) ?? 1) - 1;
          inFlight.set(socket, left);
          if (left === 0 && closing.has(socket)) socket.end();
        });
      });
      server.on("connect", (_request: IncomingMessage, socket: Socket) =>
        socket.end(rawResponse(405, { ...headers, Allow: ALLOW })),
      );
      server.on("checkExpectation", (_request: IncomingMessage, response: ServerResponse) => {
        response.writeHead(417, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
        response.end("417 Expectation Failed\n");
      });
    },

    /**
     * Whether the answer to `request` must close its connection: true once its body can no
     * longer be read in step (it has not all arrived), or after a parse error on it.
     */
    closesAfter(request: IncomingMessage): boolean {
      if (!request.complete) closing.add(request.socket);
      return closing.has(request.socket);
    },
  };
}

/**
 * A complete HTTP/1.1 answer, for the few cases Node settles on the socket before any request
 * handler runs (a request it cannot parse, a header timeout, CONNECT). Node's own answers there
 * carry no headers; these carry the security headers too, and close the connection. No body:
 * the request may have been a HEAD, which must get none, and could not be read to tell.
 */
function rawResponse(status: number, headers: Headers): string {
  const lines = Object.entries({
    ...headers,
    "Content-Length": "0",
    "Cache-Control": "no-store",
    Connection: "close",
  }).map(([name, value]) => `${name}: ${value}\r\n`);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Error"}\r\n${lines.join("")}\r\n`;
}

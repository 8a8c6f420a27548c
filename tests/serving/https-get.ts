import https from "node:https";
import { connect } from "node:tls";

export interface HttpsAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * One HTTPS request with the request target sent exactly as given (fetch would resolve `.` and
 * `..` first), on a new connection, trusting NODE_EXTRA_CA_CERTS like any Node client here.
 */
export function httpsGet(
  port: number,
  target: string,
  options: { method?: string; headers?: Record<string, string>; servername?: string } = {},
): Promise<HttpsAnswer> {
  return new Promise((resolve, reject) => {
    const request = https.request(
      {
        host: "127.0.0.1",
        port,
        servername: options.servername ?? "localhost",
        path: target,
        method: options.method ?? "GET",
        headers: { Host: `localhost:${port}`, ...options.headers },
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (d: Buffer) => chunks.push(d));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    request.on("error", reject);
    request.end();
  });
}

/** Resolves with how a TLS handshake naming `servername` ended: "ok", or the error's text. */
export function tlsHandshake(port: number, servername: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port, servername }, () => {
      socket.end();
      resolve("ok");
    });
    socket.on("error", (e) => resolve(e.message));
  });
}

/**
 * The slow clients of slow-clients.test.ts, as a process of their own (an attacker is not the
 * visitor: sharing the visitor's event loop would add their work to its latencies).
 *
 *   node --import tsx tests/serving/slowloris.ts PORT COUNT DURATION_MS
 *
 * Opens COUNT connections to 127.0.0.1:PORT that each write a request's headers one byte a
 * second, spread over the first second, until DURATION_MS; prints one JSON line per connection:
 * when the server closed it (ms from the start), how many of the request's bytes it had sent,
 * and what it received.
 */
import { connect } from "node:net";

const [port, count, duration] = process.argv.slice(2).map(Number) as [number, number, number];
const REQUEST = "GET / HTTP/1.1\r\nHost: localhost\r\nUser-Agent: slow\r\nAccept: */*\r\n\r\n";
const start = performance.now();

const clients = Array.from({ length: count }, (_, i) => {
  const client = { closedAt: null as number | null, sent: 0, received: [] as Buffer[] };
  const socket = connect({ port, host: "127.0.0.1" });
  let timer: NodeJS.Timeout | undefined;
  const write = () => {
    if (client.closedAt !== null || performance.now() - start >= duration) return;
    socket.write(REQUEST[client.sent % REQUEST.length]!);
    client.sent++;
  };
  socket.on("data", (d: Buffer) => client.received.push(d));
  socket.on("error", () => {});
  socket.on("close", () => {
    client.closedAt = performance.now() - start;
    clearInterval(timer);
  });
  setTimeout(
    () => {
      write();
      timer = setInterval(write, 1000);
    },
    (i * 1000) / count,
  );
  return { client, socket, stop: () => clearInterval(timer) };
});

setTimeout(() => {
  for (const { client, socket, stop } of clients) {
    stop();
    socket.destroy();
    const received = Buffer.concat(client.received).toString("latin1");
    console.log(
      JSON.stringify({
        closedAt: client.closedAt,
        sent: client.sent,
        of: REQUEST.length,
        received,
      }),
    );
  }
}, duration);

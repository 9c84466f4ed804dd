import { createServer } from "node:http";
import { type AddressInfo } from "node:net";

/**
 * A forwarding HTTP proxy in front of one service that can hold a request: `holdNext()` arms it,
 * `arrived` resolves once the next request is being held, `release()` lets it through. It keeps a
 * request in flight for exactly as long as a test needs, with no timer.
 */
export async function startHeldProxy(target: string) {
  const origin = new URL(target).origin;
  let armed: { arrived: () => void; released: Promise<void> } | null = null;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      const hold = armed;
      armed = null;
      if (hold) {
        hold.arrived();
        await hold.released;
      }
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter(
          (entry): entry is [string, string] =>
            typeof entry[1] === "string" && !["host", "connection"].includes(entry[0]),
        ),
      );
      const upstream = await fetch(`${origin}${request.url}`, {
        method: request.method,
        headers,
        body: chunks.length ? Buffer.concat(chunks) : undefined,
      });
      response.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "text/plain" });
      response.end(Buffer.from(await upstream.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    holdNext() {
      let arrived!: () => void;
      let release!: () => void;
      const arrival = new Promise<void>((resolve) => (arrived = resolve));
      armed = { arrived, released: new Promise<void>((resolve) => (release = resolve)) };
      return { arrived: arrival, release };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

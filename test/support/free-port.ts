import { createServer } from "node:net";

/**
 * A free port below the ephemeral range, where the port-0 listeners of tests running alongside
 * (which the kernel places in 32768–60999) cannot take it between this check and its use.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const candidate = 20_000 + Math.floor(Math.random() * 10_000);
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(false));
      server.listen(candidate, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (free) return candidate;
  }
}

import { type Server, createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { type Access } from "@frontera/auth";
import { RAW_BODY_SIGNATURE_HEADER, hasValidRawBodySignature } from "@frontera/service";
import { DisclosureLog, disclosuresUrlOf } from "../../src/disclosure/disclosure-log";

const SECRET = "the-gateway-and-subgraphs-share-this-secret";

// The agreements subgraph's POST /disclosures, played by a real HTTP server that takes its time
// (as a commit does) and remembers each call; the log under test is the gateway's side.
let server: Server;
let url: string;
let calls: Array<Array<{ jti: string }>> = [];
let failing: "no" | "503" | "fewer ids" = "no";

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const bytes = Buffer.concat(chunks);
      // Agreements refuses an unsigned write, or one sent elsewhere than beside its /graphql; so does its stand-in.
      const signature = request.headers[RAW_BODY_SIGNATURE_HEADER];
      if (
        request.method !== "POST" ||
        request.url !== "/disclosures" ||
        request.headers.authorization !== "Bearer service-token" ||
        !hasValidRawBodySignature(SECRET, "POST /disclosures", bytes, signature)
      ) {
        response.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ errors: [] }));
        return;
      }
      const { disclosures: inputs } = JSON.parse(bytes.toString()) as { disclosures: Array<{ jti: string }> };
      calls.push(inputs);
      setTimeout(() => {
        if (failing === "503") {
          response.writeHead(503, { "content-type": "application/json" }).end(JSON.stringify({ errors: [] }));
          return;
        }
        const ids = inputs.map((_, i) => `id-${i}`).slice(failing === "fewer ids" ? 1 : 0);
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ids }));
      }, 30);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  calls = [];
  failing = "no";
});

const access = (jti: string) =>
  ({ claims: { agency: "SENASICA", subject: "s", jti, kind: "partner" }, effectiveScopes: [] }) as unknown as Access;
const disclosed = {
  scopes: ["cargo:manifest:read"],
  entityCounts: [{ typeName: "Shipment", count: 1 }],
  grants: [{ scope: "cargo:manifest:read", arrangementIds: ["cbp-senasica-agriculture"] }],
  records: [{ typeName: "Shipment", scopes: ["cargo:manifest:read"], keys: ["ABCD1234"] }],
};
const hash = "a".repeat(64);

describe("the gateway's disclosure log", () => {
  it("records answers ready during a write together in the next one, each resolved once stored", async () => {
    const log = new DisclosureLog(url, async () => "service-token", SECRET);
    const first = log.record(access("t0"), "Q", hash, null, disclosed);
    // these arrive while the first write is under way
    const rest = Array.from({ length: 20 }, (_, i) => log.record(access(`t${i + 1}`), "Q", hash, null, disclosed));
    await Promise.all([first, ...rest]);
    expect(calls.map((call) => call.length)).toEqual([1, 20]);
    expect(calls.flat().map((input) => input.jti)).toEqual(Array.from({ length: 21 }, (_, i) => `t${i}`));
    // keys in sorted order: one disclosure is always the same text
    const keys = Object.keys(calls[0][0]);
    expect(keys).toEqual([...keys].sort());
  });

  it.each(["503", "fewer ids"] as const)("refuses every answer of a write the log did not take (%s)", async (how) => {
    const log = new DisclosureLog(url, async () => "service-token", SECRET);
    failing = how;
    const results = await Promise.allSettled(
      [1, 2, 3].map((i) => log.record(access(`t${i}`), null, hash, null, disclosed)),
    );
    expect(results.every((result) => result.status === "rejected")).toBe(true);
    failing = "no";
    await expect(log.record(access("t9"), null, hash, null, disclosed)).resolves.toBeUndefined();
  });

  // Two writes to show the log is under load: one answer, then three that came meanwhile.
  const underLoad = async (log: DisclosureLog) => {
    const load = [log.record(access("a0"), "Q", hash, null, disclosed)];
    load.push(...[1, 2, 3].map((i) => log.record(access(`a${i}`), "Q", hash, null, disclosed)));
    await Promise.all(load);
  };
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it("under load, a write waits for the answers being made to join it, and no longer", async () => {
    const withGather = async (gatherMs: number) => {
      calls = [];
      const log = new DisclosureLog(url, async () => "service-token", SECRET, gatherMs);
      await underLoad(log);
      // Then three answers announced together and ready 10 ms apart.
      const arrivals = [4, 5, 6].map(() => log.expectAnswer());
      const started = performance.now();
      const spaced: Array<Promise<void>> = [];
      for (const [n, i] of [4, 5, 6].entries()) {
        spaced.push(log.record(access(`a${i}`), "Q", hash, null, disclosed, arrivals[n]));
        await pause(10);
      }
      await Promise.all(spaced);
      return { writes: calls.map((call) => call.length), ms: performance.now() - started };
    };
    // Without gathering, the first of the three is written alone: how the other two split depends
    // on timers that a loaded machine delays ([1, 3, 1, 2] or [1, 3, 1, 1, 1]; once in CI).
    const ungathered = (await withGather(0)).writes;
    expect(ungathered.slice(0, 3)).toEqual([1, 3, 1]);
    expect(ungathered.slice(3).reduce((sum, n) => sum + n, 0)).toBe(2);
    const gathered = await withGather(2_000);
    expect(gathered.writes).toEqual([1, 3, 3]);
    // written once the third arrived (the write itself takes 30 ms here), not after 2 s
    expect(gathered.ms).toBeLessThan(1_000);
  });

  it("never waits for answers nobody announced, and at most the gathering time for one that never comes", async () => {
    const log = new DisclosureLog(url, async () => "service-token", SECRET, 200);
    await underLoad(log);
    // nothing announced: written at once
    const alone = performance.now();
    await log.record(access("b1"), "Q", hash, null, disclosed);
    expect(performance.now() - alone).toBeLessThan(150);
    // an answer announced that never arrives (its request failed before it settled)
    await underLoad(log);
    const stuck = log.expectAnswer();
    const started = performance.now();
    await log.record(access("b2"), "Q", hash, null, disclosed);
    expect(performance.now() - started).toBeGreaterThanOrEqual(195);
    stuck();
    stuck(); // settling twice counts once
    await underLoad(log);
    const next = performance.now();
    await log.record(access("b3"), "Q", hash, null, disclosed);
    expect(performance.now() - next).toBeLessThan(150);
  });

  it("never holds an answer that comes alone", async () => {
    // A wait this long would time the test out: one answer at a time is written at once.
    const log = new DisclosureLog(url, async () => "service-token", SECRET, 60_000);
    for (const i of [1, 2, 3]) await log.record(access(`s${i}`), "Q", hash, null, disclosed);
    expect(calls.map((call) => call.length)).toEqual([1, 1, 1]);
  });

  it("refuses every answer when agreements refuses the signature", async () => {
    const log = new DisclosureLog(url, async () => "service-token", `${SECRET}-not-agreements'`);
    await expect(log.record(access("t1"), null, hash, null, disclosed)).rejects.toThrow(/HTTP 401/);
    expect(calls).toEqual([]);
  });

  it("writes beside agreements' /graphql, keeping any path in front of it", () => {
    expect(disclosuresUrlOf("http://agreements:4001/graphql")).toBe("http://agreements:4001/disclosures");
    expect(disclosuresUrlOf("https://internal.example/agreements/graphql")).toBe(
      "https://internal.example/agreements/disclosures",
    );
  });
});

import { type Server, createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { type Access } from "@frontera/auth";
import { hasValidSignature } from "@frontera/service";
import { DisclosureLog } from "../../src/disclosure/disclosure-log";

const SECRET = "the-gateway-and-subgraphs-share-this-secret";

// The agreements subgraph's recordDisclosures, played by a real HTTP server that takes its time
// (as a commit does) and remembers each call; the log under test is the gateway's side.
let server: Server;
let url: string;
let calls: Array<Array<{ jti: string }>> = [];
let failing = false;

beforeAll(async () => {
  server = createServer((request, response) => {
    let text = "";
    request.on("data", (chunk: Buffer) => (text += chunk.toString()));
    request.on("end", () => {
      const body = JSON.parse(text) as { variables: { inputs: Array<{ jti: string }> } };
      // Agreements refuses an unsigned write; so does its stand-in.
      if (!hasValidSignature(SECRET, body)) {
        response.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ errors: [] }));
        return;
      }
      const { inputs } = body.variables;
      calls.push(inputs);
      setTimeout(() => {
        const data = failing ? { recordDisclosures: null } : { recordDisclosures: inputs.map((_, i) => `id-${i}`) };
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data }));
      }, 30);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  calls = [];
  failing = false;
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
    // keys in sorted order: the signature is taken over JSON.stringify's own text (stableJson)
    const keys = Object.keys(calls[0][0]);
    expect(keys).toEqual([...keys].sort());
  });

  it("refuses every answer of a write the log did not take", async () => {
    const log = new DisclosureLog(url, async () => "service-token", SECRET);
    failing = true;
    const results = await Promise.allSettled(
      [1, 2, 3].map((i) => log.record(access(`t${i}`), null, hash, null, disclosed)),
    );
    expect(results.every((result) => result.status === "rejected")).toBe(true);
    failing = false;
    await expect(log.record(access("t9"), null, hash, null, disclosed)).resolves.toBeUndefined();
  });
});

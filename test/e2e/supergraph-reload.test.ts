import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningGateway, SUPERGRAPH_FILE, startGateway } from "@frontera/gateway";
import { agreementsSubgraph } from "@frontera/subgraph-agreements";
import { cargoSubgraph } from "@frontera/subgraph-cargo";
import { travellersSubgraph } from "@frontera/subgraph-travellers";
import { type TestGraph, postGraphQL, startTestGraph } from "@frontera/testing";
import { QUERY_FIELDS, changedSupergraph } from "../support/changed-supergraph";
import { startHeldProxy } from "../support/held-proxy";

// The supergraph file replaced under a serving gateway (what SIGHUP does in the gateway process):
// a request already in flight finishes on the old supergraph, new requests see the new one (new
// field, new scope rules), and a bad file changes nothing but the log.

const work = mkdtempSync(join(tmpdir(), "frontera-reload-"));
const supergraphFile = join(work, "supergraph.graphql");
const logFile = join(work, "gateway.log");
let graph: TestGraph;
let gateway: RunningGateway;
let cargoProxy: Awaited<ReturnType<typeof startHeldProxy>>;

beforeAll(async () => {
  copyFileSync(SUPERGRAPH_FILE, supergraphFile);
  graph = await startTestGraph({
    subgraphs: [agreementsSubgraph, cargoSubgraph, travellersSubgraph],
    seedSize: { seed: 6, shipments: 20 },
    startGateway: async (subgraphUrls, auth) => {
      cargoProxy = await startHeldProxy(subgraphUrls.cargo);
      // This gateway's log lines go to a file the test reads; the subgraphs stay quiet.
      const level = process.env.LOG_LEVEL;
      Object.assign(process.env, { LOG_FILE: logFile, LOG_LEVEL: "info" });
      try {
        gateway = await startGateway({
          port: 0,
          host: "127.0.0.1",
          supergraphSdl: readFileSync(supergraphFile, "utf8"),
          supergraphFile,
          subgraphUrls: { ...subgraphUrls, cargo: cargoProxy.url },
          auth: auth.auth,
        });
      } finally {
        delete process.env.LOG_FILE;
        process.env.LOG_LEVEL = level;
      }
      return gateway;
    },
  });
});

afterAll(async () => {
  await graph?.stop();
  await cargoProxy?.close();
  rmSync(work, { recursive: true, force: true });
});

const queryFields = async (token: string) =>
  (
    await postGraphQL<{ __type: { fields: Array<{ name: string }> } }>(
      gateway.url,
      QUERY_FIELDS,
      {},
      {
        authorization: `Bearer ${token}`,
      },
    )
  ).body.data!.__type.fields.map((field) => field.name);

describe("supergraph reload", () => {
  it("lets a request in flight finish while a new supergraph takes over for new requests", async () => {
    const internal = await graph.auth.token();
    const referenceOnly = await graph.auth.token({ scopes: ["reference:read"] });
    const ports = () =>
      postGraphQL(gateway.url, "{ ports { code } }", {}, { authorization: `Bearer ${referenceOnly}` });
    expect((await ports()).body.errors).toBeUndefined();
    expect(await queryFields(internal)).not.toContain("supergraphRevision");

    const held = cargoProxy.holdNext();
    const inFlight = postGraphQL<{ shipments: { totalCount: number; edges: unknown[] } }>(
      gateway.url,
      "{ shipments(first: 3) { totalCount edges { node { shipmentControlNumber port { name } } } } }",
      {},
      { authorization: `Bearer ${internal}` },
    );
    await held.arrived; // the gateway is now waiting on cargo for this request

    writeFileSync(supergraphFile, changedSupergraph());
    expect(await gateway.reloadSupergraph()).toMatchObject({ outcome: "reloaded" });

    // new requests: the new field is there, and the scope map was rebuilt from the new SDL
    expect(await queryFields(internal)).toContain("supergraphRevision");
    const refused = await ports();
    expect(refused.body.errors).toMatchObject([{ path: ["ports"], extensions: { code: "FORBIDDEN" } }]);

    held.release();
    const finished = await inFlight;
    expect(finished.status).toBe(200);
    expect(finished.body.errors).toBeUndefined();
    expect(finished.body.data!.shipments.edges).toHaveLength(3);
  });

  it.each([
    ["a file that is not a supergraph", () => "type Query { broken", /not a valid supergraph/],
    [
      "a supergraph without its scopes",
      () => changedSupergraph().replace(/ @scope\(requires: \[[^\]]*\]\)/g, ""),
      /declares no @scope/,
    ],
  ])("refuses %s and keeps serving the old one, saying so in the log", async (_name, contents, reason) => {
    const internal = await graph.auth.token();
    writeFileSync(supergraphFile, contents());
    const outcome = await gateway.reloadSupergraph();
    expect(outcome).toMatchObject({ outcome: "refused", reason: expect.stringMatching(reason) });

    expect(await queryFields(internal)).toContain("supergraphRevision");
    const log = readFileSync(logFile, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { msg: string; reason?: string; serving?: string })
      .filter((line) => line.msg === "supergraph refused");
    expect(log.at(-1)).toMatchObject({ reason: expect.stringMatching(reason), serving: outcome.supergraph });
  });
});

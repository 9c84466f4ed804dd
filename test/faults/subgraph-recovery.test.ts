import { createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { SUPERGRAPH_FILE, startGateway } from "@frontera/gateway";
import { startSubgraph } from "@frontera/subgraph";
import { travellersSubgraph } from "@frontera/subgraph-travellers";
import { type TestGraph, postGraphQL, prepareTestDatabase } from "@frontera/testing";
import { SHIPMENT_DOSSIER } from "../support/canonical-operations";
import { startWholeGraph } from "../support/whole-graph";

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SEED = { seed: 6, shipments: 100 };
let graph: TestGraph;

beforeAll(async () => {
  graph = await startWholeGraph(SEED);
});

afterAll(async () => {
  await graph?.stop();
});

const familyNames = (body: Data) =>
  body.data.shipments.edges.map((edge: Data) => edge.node.trip.driver?.familyName ?? null);

it("serves again, without any restart of the gateway, once a stopped subgraph is back", async () => {
  const port = graph.subgraphs.travellers.port;
  await graph.subgraphs.travellers.stop();
  const down = await graph.query<Data>(SHIPMENT_DOSSIER, { port: "2304", first: 5 });
  expect(down.status).toBe(200);
  expect(familyNames(down.body).every((name: string | null) => name === null)).toBe(true);
  expect(down.body.errors!.some((error) => error.extensions?.serviceName === "travellers")).toBe(true);

  const database = await prepareTestDatabase(travellersSubgraph, SEED);
  const back = await startSubgraph(travellersSubgraph, {
    port,
    host: "127.0.0.1",
    databaseUrl: database.databaseUrl,
    dataDir: database.dataDir,
    seedOnEmpty: false,
    peers: { agreements: graph.subgraphs.agreements.url },
    auth: graph.auth.auth,
  });
  try {
    const up = await graph.query<Data>(SHIPMENT_DOSSIER, { port: "2304", first: 5 });
    expect(up.body.errors).toBeUndefined();
    expect(familyNames(up.body).every((name: string | null) => typeof name === "string")).toBe(true);
  } finally {
    await back.stop();
    await database.drop();
  }
});

it("turns a hung subgraph into one timely error instead of a hanging request", async () => {
  const hung = createServer(() => {
    // never answers
  });
  await new Promise<void>((resolve) => hung.listen(0, "127.0.0.1", resolve));
  const gateway = await startGateway({
    port: 0,
    host: "127.0.0.1",
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, "utf8"),
    subgraphUrls: {
      agreements: graph.subgraphs.agreements.url,
      cargo: graph.subgraphs.cargo.url,
      travellers: `http://127.0.0.1:${(hung.address() as AddressInfo).port}/graphql`,
    },
    auth: graph.auth.auth,
    subgraphTimeoutMs: 500,
  });
  try {
    const { status, body } = await postGraphQL<Data>(
      gateway.url,
      SHIPMENT_DOSSIER,
      { port: "2304", first: 5 },
      {
        authorization: `Bearer ${await graph.auth.token()}`,
      },
    );
    expect(status).toBe(200);
    expect(body.data!.shipments.edges).toHaveLength(5);
    expect(body.errors!.some((error) => error.extensions?.serviceName === "travellers")).toBe(true);
  } finally {
    await gateway.stop();
    hung.closeAllConnections();
    hung.close();
  }
});

import { type TestGraph } from "@frontera/testing";
import { SHIPMENT_DOSSIER } from "../support/canonical-operations";
import { type Data, ok } from "../support/graphql-expectations";
import { anamToken, startWholeGraph } from "../support/whole-graph";

// The gateway keeps what the agreements subgraph marks public (ports, programs, agreements,
// agencies) and serves it only to callers who would get the same answer; a mutation through the
// gateway drops it. Replicas sharing Redis: reference-cache-peers.test.ts.

let graph: TestGraph;

beforeAll(async () => {
  graph = await startWholeGraph();
});

afterAll(async () => {
  await graph?.stop();
});

const dossier = () => graph.query<Data>(SHIPMENT_DOSSIER, { port: "2304", first: 20 });

it("answers a warm ShipmentDossier's reference data without asking the agreements database", async () => {
  const cold = await dossier();
  expect(cold.body.errors).toBeUndefined();
  graph.resetStatementCounts();
  const warm = await dossier();
  expect(warm.body).toEqual(cold.body);
  const counts = graph.statementCounts();
  expect(counts.agreements).toBe(0);
  expect(counts.cargo).toBeGreaterThan(0); // shipments are never cached
  expect(counts.travellers).toBeGreaterThan(0);
});

it("shows an amended agreement at once after a mutation through the gateway", async () => {
  const before = await dossier();
  const basis = before.body
    .data!.shipments.edges.flatMap(({ node }: Data) => node.programs)
    .flatMap((program: Data) => program.legalBasis)[0] as { id: string; title: string };
  expect(basis).toBeDefined();
  const title = `${basis.title} (amended ${Date.now()})`;
  await ok(
    graph,
    `mutation($id: ID!, $title: String!) { amendAgreement(id: $id, expectedVersion: 1, input: { title: $title }, reason: "cache test") { agreement { title } } }`,
    { id: basis.id, title },
  );
  const after = await dossier();
  const titles = after.body
    .data!.shipments.edges.flatMap(({ node }: Data) => node.programs)
    .flatMap((program: Data) => program.legalBasis)
    .filter((agreement: Data) => agreement.id === basis.id)
    .map((agreement: Data) => agreement.title);
  expect(titles.length).toBeGreaterThan(0);
  expect(new Set(titles)).toEqual(new Set([title]));
});

it("never serves an entry to a caller who would have been refused it", async () => {
  const query = `{ shipments(filter: { portCode: "2304" }, first: 3) { edges { node { port { code name } } } } }`;
  const full = await graph.query<Data>(query);
  expect(full.body.data!.shipments.edges[0].node.port.name).toBe("Laredo");
  // the same entity fetch, its answer now cached, for a token that may read shipments but not ports
  const narrow = await graph.auth.token({ scopes: ["cargo:manifest:read"] });
  const refused = await graph.query<Data>(query, {}, narrow);
  // (the port's key is reference data too: cargo refuses it before agreements is asked, and the
  // non-null port empties the whole list, as GraphQL requires)
  expect(JSON.stringify(refused.body.data)).not.toContain("Laredo");
  expect(refused.body.errors?.[0]).toMatchObject({
    path: ["shipments", "edges", 0, "node", "port", "code"],
    extensions: { code: "FORBIDDEN", requiredScopes: ["reference:read"] },
  });
});

it("keeps nothing the subgraph does not mark public: arrangements are asked for every time", async () => {
  const query = `{ arrangements { id status } }`;
  await ok(graph, query);
  graph.resetStatementCounts();
  await ok(graph, query);
  expect(graph.statementCounts().agreements).toBeGreaterThan(0);
});

it("asks no subgraph more for a partner's dossier, FORBIDDEN rows and all, than for an officer's", async () => {
  // ANAM at a UCP port: drivers' names, not their memberships — a FORBIDDEN error on every row the
  // travellers fetch holds, and trips repeat across shipments (the cache's fetch of the missing
  // rows asks for each trip once: its errors are placed at every row, not fetched again)
  const anam = await anamToken(graph);
  const variables = { port: "2305", first: 20 };
  await graph.query<Data>(SHIPMENT_DOSSIER, variables);
  await graph.query<Data>(SHIPMENT_DOSSIER, variables, anam);
  graph.resetStatementCounts();
  await graph.query<Data>(SHIPMENT_DOSSIER, variables);
  const officer = graph.statementCounts();
  graph.resetStatementCounts();
  const partner = await graph.query<Data>(SHIPMENT_DOSSIER, variables, anam);
  const forbidden = partner.body.errors!.filter(
    (error) => error.extensions?.code === "FORBIDDEN" && error.path!.includes("memberships"),
  );
  // one error per row, each at its own row's path
  expect(forbidden.length).toBeGreaterThan(1);
  expect(new Set(forbidden.map((error) => error.path!.join("."))).size).toBe(forbidden.length);
  // (fewer for the partner: the memberships it may not read are never loaded; a second fetch of
  // the whole list would double its count)
  expect(graph.statementCounts().travellers).toBeLessThanOrEqual(officer.travellers);
  expect(graph.statementCounts().cargo).toBeLessThanOrEqual(officer.cargo);
});

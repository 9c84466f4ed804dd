import { encodeGlobalId } from "@frontera/federation";
import { type TestGraph } from "@frontera/testing";
import { type Data, ok } from "../support/graphql-expectations";
import { startWholeGraph } from "../support/whole-graph";

// Global object identification (docs/global-ids.md): every entity's `id` is opaque and unique
// across the graph, and `node(id:)` finds the row again through the gateway, asking the owning
// subgraph, whose access policy decides: a row the caller may not see reads as null.

let graph: TestGraph;

beforeAll(async () => {
  graph = await startWholeGraph();
});

afterAll(async () => {
  await graph?.stop();
});

const edges = (connection: Data) => connection.edges.map((edge: Data) => edge.node);

interface Sample {
  /** A query whose answer holds a row of the type, with its `id` and its natural key. */
  query: string;
  pick: (data: Data) => Data;
  /** The natural key field of the type. */
  key: string;
}

// One row of each node type of the graph, read with its id and its natural key.
const SAMPLES: Record<string, Sample> = {
  Agency: { query: `{ agency(code: "CBP") { id code } }`, pick: (data) => data.agency, key: "code" },
  Agreement: {
    query: `{ agreement(id: "2018-cpi-ucp-mou") { id agreementId } }`,
    pick: (data) => data.agreement,
    key: "agreementId",
  },
  Program: { query: `{ program(code: "UCP") { id code } }`, pick: (data) => data.program, key: "code" },
  PortOfEntry: { query: `{ port(code: "2304") { id code } }`, pick: (data) => data.port, key: "code" },
  DataSharingArrangement: {
    query: `{ arrangement(id: "cbp-anam-ucp") { id arrangementId } }`,
    pick: (data) => data.arrangement,
    key: "arrangementId",
  },
  Trip: {
    query: `{ trips(first: 1) { edges { node { id tripNumber } } } }`,
    pick: (data) => edges(data.trips)[0],
    key: "tripNumber",
  },
  Shipment: {
    query: `{ shipments(filter: { portCode: "2304" }, first: 1) { edges { node { id shipmentControlNumber } } } }`,
    pick: (data) => edges(data.shipments)[0],
    key: "shipmentControlNumber",
  },
  TradeParty: {
    query: `{ shipments(first: 1) { edges { node { shipper { id tradePartyId } } } } }`,
    pick: (data) => edges(data.shipments)[0].shipper,
    key: "tradePartyId",
  },
  Declaration: {
    query: `{ shipments(first: 40) { edges { node { declarations { id declarationId } } } } }`,
    pick: (data) => edges(data.shipments).flatMap((shipment: Data) => shipment.declarations)[0],
    key: "declarationId",
  },
  Inspection: {
    query: `{ inspections(first: 1) { edges { node { id inspectionId } } } }`,
    pick: (data) => edges(data.inspections)[0],
    key: "inspectionId",
  },
  RiskAssessment: {
    query: `{ shipments(first: 100) { edges { node { riskAssessment { id riskAssessmentId } } } } }`,
    pick: (data) => edges(data.shipments).find((shipment: Data) => shipment.riskAssessment)?.riskAssessment,
    key: "riskAssessmentId",
  },
  Traveller: {
    query: `{ travellers(first: 1) { edges { node { id travellerId } } } }`,
    pick: (data) => edges(data.travellers)[0],
    key: "travellerId",
  },
  Crossing: {
    query: `{ crossings(first: 1) { edges { node { id crossingId } } } }`,
    pick: (data) => edges(data.crossings)[0],
    key: "crossingId",
  },
  TravelDocument: {
    query: `{ travellers(first: 20) { edges { node { documents { id documentId } } } } }`,
    pick: (data) => edges(data.travellers).flatMap((traveller: Data) => traveller.documents)[0],
    key: "documentId",
  },
  TrustedTravellerMembership: {
    query: `{ travellers(first: 50) { edges { node { memberships { id membershipId } } } } }`,
    pick: (data) => edges(data.travellers).flatMap((traveller: Data) => traveller.memberships)[0],
    key: "membershipId",
  },
};

const NODE = (typeName: string, key: string) =>
  `query ($id: ID!) { node(id: $id) { __typename id ... on ${typeName} { ${key} } } }`;

async function sampleOf(typeName: string): Promise<Data> {
  const { query, pick } = SAMPLES[typeName]!;
  const row = pick(await ok(graph, query));
  expect(row).toEqual(expect.objectContaining({ id: expect.any(String) }));
  return row;
}

describe("every entity type", () => {
  it.each(Object.keys(SAMPLES))("%s: node(id:) finds the row its id was read from", async (typeName) => {
    const { key } = SAMPLES[typeName]!;
    const row = await sampleOf(typeName);
    expect(row.id).not.toBe(row[key]);
    const data = await ok(graph, NODE(typeName, key), { id: row.id });
    expect(data.node).toEqual({ __typename: typeName, id: row.id, [key]: row[key] });
  });

  it("has ids unique across the graph, the same on every path to the row", async () => {
    const shipment = await sampleOf("Shipment");
    const data = await ok(
      graph,
      `query ($scn: ID!) { shipment(shipmentControlNumber: $scn) { id trip { id shipments { shipmentControlNumber id } } } }`,
      { scn: shipment.shipmentControlNumber },
    );
    const again = data.shipment.trip.shipments.find(
      (other: Data) => other.shipmentControlNumber === shipment.shipmentControlNumber,
    );
    expect(again.id).toBe(shipment.id);
    expect(data.shipment.trip.id).not.toBe(shipment.id);
  });
});

describe("lookups that took a natural key", () => {
  it("take the global id as well", async () => {
    const traveller = await sampleOf("Traveller");
    const agreement = await sampleOf("Agreement");
    const byId = await ok(
      graph,
      `query ($traveller: ID!, $agreement: ID!) { traveller(id: $traveller) { travellerId } agreement(id: $agreement) { agreementId } }`,
      { traveller: traveller.id, agreement: agreement.id },
    );
    const byKey = await ok(
      graph,
      `query ($traveller: ID!, $agreement: ID!) { traveller(id: $traveller) { travellerId } agreement(id: $agreement) { agreementId } }`,
      { traveller: traveller.travellerId, agreement: agreement.agreementId },
    );
    expect(byId).toEqual(byKey);
    expect(byId.traveller.travellerId).toBe(traveller.travellerId);
  });

  it("refuse another type's id with BAD_USER_INPUT naming the argument", async () => {
    const shipment = await sampleOf("Shipment");
    const { body } = await graph.query<Data>(`query ($id: ID!) { traveller(id: $id) { travellerId } }`, {
      id: shipment.id,
    });
    expect(body.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "id" } });
  });
});

describe("ids that find nothing", () => {
  it("a malformed id is BAD_USER_INPUT naming id", async () => {
    for (const id of ["not an id", "2304", encodeGlobalId("Spaceship", "X1"), "djE6U2hpcG1lbnQ6"]) {
      const { body } = await graph.query<Data>(`query ($id: ID!) { node(id: $id) { id } }`, { id });
      expect(body.data?.node ?? null).toBeNull();
      expect(body.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "id" } });
    }
  });

  // The gateway notes the null it completed in `extensions.valueCompletion`, the same note for a
  // row that does not exist and for one the caller may not see.
  it("a well-formed id of no row reads null, without an error, whatever is selected", async () => {
    for (const [typeName, key] of [
      ["Shipment", "ZZZZ00000000"],
      ["Agency", "NOPE"],
      ["Traveller", "00000000-0000-4000-8000-000000000000"],
    ]) {
      const id = encodeGlobalId(typeName!, key!);
      for (const selection of ["id", `id ... on ${typeName} { __typename }`, `... on ${typeName} { id }`]) {
        const { body } = await graph.query<Data>(`query ($id: ID!) { node(id: $id) { ${selection} } }`, { id });
        expect(body.errors).toBeUndefined();
        expect(body.data).toEqual({ node: null });
      }
    }
  });

  it("nodes answers each id in order, null where no row is, and refuses more than 100", async () => {
    const shipment = await sampleOf("Shipment");
    const traveller = await sampleOf("Traveller");
    const missing = encodeGlobalId("Shipment", "ZZZZ00000000");
    const data = await ok(graph, `query ($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }`, {
      ids: [traveller.id, missing, shipment.id],
    });
    expect(data.nodes).toEqual([
      { id: traveller.id, __typename: "Traveller" },
      null,
      { id: shipment.id, __typename: "Shipment" },
    ]);
    const { body } = await graph.query<Data>(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: Array.from({ length: 101 }, () => shipment.id),
    });
    expect(body.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "ids" } });
  });
});

describe("nodes batches", () => {
  it("costs the same SQL statements per subgraph for 5 ids of a type as for 50", async () => {
    const ids = edges(
      (await ok(graph, `{ shipments(filter: { portCode: "2304" }, first: 50) { edges { node { id } } } }`)).shipments,
    ).map((shipment: Data) => shipment.id);
    expect(ids).toHaveLength(50);
    const query = `query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Shipment { shipmentControlNumber status
      port { name } trip { tripNumber driver { familyName } } } } }`;
    const counts: Array<Record<string, number>> = [];
    for (const size of [5, 50]) {
      const variables = { ids: ids.slice(0, size) };
      await graph.query<Data>(query, variables); // warm: plans and the caller's access lookups
      graph.resetStatementCounts();
      const { body } = await graph.query<Data>(query, variables);
      expect(body.errors).toBeUndefined();
      expect(body.data!.nodes.filter(Boolean)).toHaveLength(size);
      counts.push(graph.statementCounts());
    }
    expect(counts[0]!.cargo).toBeGreaterThan(0);
    expect(counts[1]).toEqual(counts[0]);
  });
});

describe("the access policy holds for ids as for keys", () => {
  const ANAM_SCOPES = [
    "reference:read",
    "cargo:manifest:read",
    "cargo:conveyance:read",
    "cargo:commercial:read",
    "inspection:joint:read",
    "traveller:identity:read",
  ];
  const OUTSIDE_UCP = "2301"; // Brownsville: a truck port outside the seeded UCP arrangement
  let anam: string;
  let senasica: string;

  beforeAll(async () => {
    anam = await graph.auth.token({ agency: "ANAM", kind: "partner", scopes: ANAM_SCOPES });
    senasica = await graph.auth.token({
      agency: "SENASICA",
      kind: "partner",
      scopes: ["reference:read", "cargo:manifest:read", "inspection:agri:read"],
    });
  });

  const crossingAt = async (port: string) =>
    edges(
      (
        await ok(
          graph,
          `query ($port: ID!) { crossings(filter: { portCode: $port }, first: 1) { edges { node { id } } } }`,
          {
            port,
          },
        )
      ).crossings,
    )[0].id as string;

  it("ANAM finds a crossing at a UCP port, and reads null for one outside its ports", async () => {
    const inside = await graph.query<Data>(NODE("Crossing", "at"), { id: await crossingAt("2304") }, anam);
    expect(inside.body.errors).toBeUndefined();
    expect(inside.body.data!.node).toMatchObject({ __typename: "Crossing", at: expect.any(String) });

    const missing = encodeGlobalId("Crossing", "00000000-0000-4000-8000-000000000000");
    for (const selection of ["id", "id ... on Crossing { at lane }"]) {
      const query = `query ($id: ID!) { node(id: $id) { ${selection} } }`;
      const outside = await graph.query<Data>(query, { id: await crossingAt(OUTSIDE_UCP) }, anam);
      expect(outside.body.data).toEqual({ node: null });
      // Hidden reads exactly as missing: the answer tells nothing of the row.
      expect(outside.body).toEqual((await graph.query<Data>(query, { id: missing }, anam)).body);
    }
  });

  it("in nodes too: only the rows at its ports", async () => {
    const ids = [await crossingAt("2304"), await crossingAt(OUTSIDE_UCP)];
    const { body } = await graph.query<Data>(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids }, anam);
    expect(body.data!.nodes).toEqual([{ id: ids[0] }, null]);
  });

  it("records what a partner reads through node in the disclosure log, and sends no more than was asked", async () => {
    // Latest first, but two disclosures of the same second (MySQL keeps whole seconds) may come in
    // either order: the new one is found among the latest by its operation name.
    const AUDIT = `{ disclosures(filter: { agencyCode: "ANAM" }, first: 20) { totalCount edges { node { operationName scopes
      entityCounts { typeName count } } } } }`;
    const before = (await ok(graph, AUDIT)).disclosures.totalCount;
    const crossing = await crossingAt("2304");
    const { body } = await graph.query<Data>(
      `query NodeRead($ids: [ID!]!) { nodes(ids: $ids) { ... on Crossing { at } } }`,
      { ids: [crossing, crossing] },
      anam,
    );
    // No type was asked for: the gateway's own note of the type stays inside it.
    expect(body).toEqual({ data: { nodes: [{ at: expect.any(String) }, { at: expect.any(String) }] } });
    const log = (await ok(graph, AUDIT)).disclosures;
    expect(log.totalCount).toBe(before + 1);
    expect(log.edges.map((edge: Data) => edge.node).filter((node: Data) => node.operationName === "NodeRead")).toEqual([
      {
        operationName: "NodeRead",
        scopes: ["TRAVELLER_IDENTITY_READ"],
        entityCounts: [{ typeName: "Crossing", count: 2 }],
      },
    ]);
  });

  it("a partner reads its own arrangement by id, and null for another agency's", async () => {
    const own = (await ok(graph, `{ arrangement(id: "cbp-anam-ucp") { id } }`)).arrangement.id;
    const other = (await ok(graph, `{ arrangement(id: "cbp-senasica-agriculture") { id } }`)).arrangement.id;
    const query = `query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on DataSharingArrangement { arrangementId } } }`;
    const { body } = await graph.query<Data>(query, { ids: [own, other] }, anam);
    expect(body.errors).toBeUndefined();
    expect(body.data!.nodes).toEqual([{ id: own, arrangementId: "cbp-anam-ucp" }, null]);
  });

  it.each([
    ["SENASICA", "Traveller"],
    ["SENASICA", "Crossing"],
    ["ANAM", "RiskAssessment"],
    ["ANAM", "TradeParty"],
    ["SENASICA", "TravelDocument"],
  ])("%s reads null for the id of a %s, a type it never sees", async (agency, typeName) => {
    const row = await sampleOf(typeName);
    const token = agency === "ANAM" ? anam : senasica;
    const { body } = await graph.query<Data>(NODE(typeName, SAMPLES[typeName]!.key), { id: row.id }, token);
    // Never data, and no error: the answer is the one for a row that does not exist.
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ node: null });
    const missing = encodeGlobalId(typeName, "00000000-0000-4000-8000-000000000000");
    const asMissing = await graph.query<Data>(NODE(typeName, SAMPLES[typeName]!.key), { id: missing }, token);
    expect(body).toEqual(asMissing.body);
  });
});

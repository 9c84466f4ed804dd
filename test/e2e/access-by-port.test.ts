import { type Scope, scopeEnumName } from "@frontera/auth";
import { type TestGraph, postToSubgraph } from "@frontera/testing";
import { startWholeGraph } from "../support/whole-graph";

// Each scope holds only at the ports of the arrangement that grants it — for fields as for rows,
// for search keys and for values derived from rows the caller may not read (docs/security-model.md).

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let graph: TestGraph;
let anam: string;
let ucpPorts: string[];
const OUTSIDE_UCP = "2301"; // Brownsville: a truck port outside the seeded UCP arrangement

const ANAM_SCOPES = [
  "reference:read",
  "cargo:manifest:read",
  "cargo:conveyance:read",
  "cargo:commercial:read",
  "inspection:joint:read",
  "traveller:identity:read",
];

beforeAll(async () => {
  graph = await startWholeGraph();
  anam = await graph.auth.token({ agency: "ANAM", kind: "partner", scopes: ANAM_SCOPES });
  const ucp = await graph.query<Data>(`{ arrangement(id: "cbp-anam-ucp") { ports { code } } }`);
  ucpPorts = ucp.body.data!.arrangement.ports.map((port: Data) => port.code);
});

afterAll(async () => {
  await graph?.stop();
});

async function ok(query: string, variables: Record<string, unknown> = {}) {
  const { body } = await graph.query<Data>(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data!;
}

/** An arrangement of CBP's, granted for this test: `scopes` (as tokens spell them) at `ports` only. */
async function grant(recipient: string, agreement: string, scopes: Scope[], ports: string[]) {
  await ok(`mutation ($input: CreateArrangementInput!) { createArrangement(input: $input) { arrangement { id } } }`, {
    input: {
      providerCode: "CBP",
      recipientCode: recipient,
      agreementId: agreement,
      scopes: (["reference:read", ...scopes] as Scope[]).map(scopeEnumName),
      coverage: "LISTED_PORTS",
      portCodes: ports,
      purpose: "a test of scopes bound to ports",
      confidentialityAssurance: true,
      validFrom: "2026-01-01T00:00:00Z",
    },
  });
}

const forbiddenPaths = (errors: Data[] | undefined) =>
  (errors ?? []).filter((error) => error.extensions?.code === "FORBIDDEN").map((error) => error.path.join("."));

const TRIP_DETAILS = `query ($port: ID!) { trips(filter: { portCode: $port, crossed: true }, first: 3) { edges { node {
  tripNumber conveyance { vin licensePlate usdotNumber } equipment { number seals } driver { familyName } } } } }`;

describe("fields are bound to the port of their row", () => {
  it("ANAM reads conveyances, equipment and driver names at a UCP port", async () => {
    const { body } = await graph.query<Data>(TRIP_DETAILS, { port: "2304" }, anam);
    expect(ucpPorts).toContain("2304");
    expect(body.errors).toBeUndefined();
    const trips = body.data!.trips.edges.map((edge: Data) => edge.node);
    expect(trips.length).toBe(3);
    for (const trip of trips) {
      expect(trip.conveyance.vin).toMatch(/^[A-HJ-NPR-Z0-9]{17}$/);
      expect(trip.equipment.length).toBeGreaterThan(0);
      expect(trip.driver.familyName).toEqual(expect.any(String));
    }
  });

  it("ANAM gets null and FORBIDDEN for them at a port outside its UCP arrangement", async () => {
    expect(ucpPorts).not.toContain(OUTSIDE_UCP);
    const { body } = await graph.query<Data>(TRIP_DETAILS, { port: OUTSIDE_UCP }, anam);
    const trips = body.data!.trips.edges.map((edge: Data) => edge.node);
    expect(trips.length).toBe(3);
    for (const trip of trips) {
      expect(trip.tripNumber).toEqual(expect.any(String));
      expect(trip).toMatchObject({ conveyance: null, equipment: null, driver: null });
    }
    const paths = forbiddenPaths(body.errors);
    for (const field of ["conveyance", "equipment", "driver"]) {
      expect(paths).toContain(`trips.edges.0.node.${field}`);
    }
  });

  it("drivers' names on ShipmentDossier show at UCP ports only", async () => {
    const query = `query ($port: ID!) { shipments(filter: { portCode: $port }, first: 5) { edges { node {
      trip { driver { familyName } } driver { familyName } } } } }`;
    const atUcp = await graph.query<Data>(query, { port: "2304" }, anam);
    expect(atUcp.body.errors).toBeUndefined();
    const outside = await graph.query<Data>(query, { port: OUTSIDE_UCP }, anam);
    for (const { node } of outside.body.data!.shipments.edges)
      expect(node).toEqual({ trip: { driver: null }, driver: null });
    expect(forbiddenPaths(outside.body.errors)).toContain("shipments.edges.0.node.trip.driver");
  });
});

describe("a partner token without reference:read", () => {
  it("still has its access worked out, and reads what it holds", async () => {
    const token = await graph.auth.token({ agency: "SENASICA", kind: "partner", scopes: ["cargo:manifest:read"] });
    const { body } = await graph.query<Data>(
      `{ shipments(filter: { portCode: "2304" }, first: 2) { edges { node { shipmentControlNumber } } } }`,
      {},
      token,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.shipments.edges).toHaveLength(2);
  });
});

describe("a person's identity holds where the caller may see their crossings", () => {
  let inm: string;
  let crossedThere: string;
  let neverThere: string;
  const PORT = "2506"; // Nogales

  beforeAll(async () => {
    await grant("INM", "trusted-traveller-cooperation", ["traveller:identity:read"], [PORT]);
    inm = await graph.auth.token({
      agency: "INM",
      kind: "partner",
      scopes: ["reference:read", "traveller:membership:read", "traveller:identity:read"],
    });
    const at = async (port: string) =>
      (
        await ok(
          `query ($port: ID!) { crossings(filter: { portCode: $port }, first: 30) { edges { node { traveller { id } } } } }`,
          {
            port,
          },
        )
      ).crossings.edges.map((edge: Data) => edge.node.traveller.id as string);
    const portsOf = async (id: string) =>
      (
        await ok(
          `query ($id: ID!) { traveller(id: $id) { crossings(first: 100) { edges { node { port { code } } } } } }`,
          {
            id,
          },
        )
      ).traveller.crossings.edges.map((edge: Data) => edge.node.port.code as string);
    crossedThere = (await at(PORT))[0];
    for (const candidate of await at("2504")) {
      if (!(await portsOf(candidate)).includes(PORT)) {
        neverThere = candidate;
        break;
      }
    }
    expect([crossedThere, neverThere]).toEqual([expect.any(String), expect.any(String)]);
  });

  const PROFILE = `query ($id: ID!) { traveller(id: $id) { familyName dateOfBirth memberships { status } } }`;

  it("INM, holding identity at one port, reads the name of a person who crossed there", async () => {
    const { body } = await graph.query<Data>(PROFILE, { id: crossedThere }, inm);
    expect(body.errors).toBeUndefined();
    expect(body.data!.traveller.familyName).toEqual(expect.any(String));
  });

  it("and no identity of a person who never crossed there", async () => {
    const { body } = await graph.query<Data>(PROFILE, { id: neverThere }, inm);
    expect(body.data!.traveller).toMatchObject({ familyName: null, dateOfBirth: null });
    expect(forbiddenPaths(body.errors)).toEqual(
      expect.arrayContaining(["traveller.familyName", "traveller.dateOfBirth"]),
    );
  });
});

describe("search keys need the scope that reads them", () => {
  let person: Data;

  beforeAll(async () => {
    const found = await ok(`{ travellers(first: 50) { edges { node { id familyName dateOfBirth
      documents { number } memberships { passId } } } } }`);
    person = found.travellers.edges
      .map((edge: Data) => edge.node)
      .find((node: Data) => node.documents.length > 0 && node.memberships.length > 0);
  });

  const SEARCH = `query ($filter: TravellerFilter) { travellers(filter: $filter, first: 5) { totalCount edges { node { id familyName } } } }`;

  it("a token without traveller:document:read cannot turn a passport number into a name", async () => {
    const token = await graph.auth.token({
      agency: "ANAM",
      kind: "partner",
      scopes: ["reference:read", "traveller:identity:read"],
    });
    const { body } = await graph.query<Data>(SEARCH, { filter: { documentNumber: person.documents[0].number } }, token);
    expect(body.data!.travellers).toBeNull();
    expect(body.errors![0]).toMatchObject({ extensions: { code: "FORBIDDEN", field: "filter.documentNumber" } });
  });

  it("a membership-only token cannot search names or dates of birth beside a PASSID", async () => {
    const inm = await graph.auth.token({
      agency: "INM",
      kind: "partner",
      scopes: ["reference:read", "traveller:membership:read"],
    });
    for (const [key, value] of [
      ["name", person.familyName.slice(0, 1)],
      ["dateOfBirth", person.dateOfBirth],
    ]) {
      const { body } = await graph.query<Data>(
        SEARCH,
        { filter: { passId: person.memberships[0].passId, [key]: value } },
        inm,
      );
      expect(body.data!.travellers).toBeNull();
      expect(body.errors![0]).toMatchObject({ extensions: { code: "FORBIDDEN", field: `filter.${key}` } });
    }
    // The PASSID alone is its key: the person, but not their name.
    const { body } = await graph.query<Data>(SEARCH, { filter: { passId: person.memberships[0].passId } }, inm);
    expect(body.data!.travellers.totalCount).toBe(1);
    expect(body.data!.travellers.edges[0].node).toEqual({ id: person.id, familyName: null });
  });
});

describe("values derived from rows the caller may not read", () => {
  let seized: { scn: string; port: string };

  beforeAll(async () => {
    // A shipment at a UCP port whose only inspection is a CBP agriculture exam that seized it.
    const page = await ok(
      `query ($port: ID!) { shipments(filter: { portCode: $port }, first: 100) { edges { node { shipmentControlNumber inspections { id } } } } }`,
      { port: "2304" },
    );
    const bare = page.shipments.edges
      .map((edge: Data) => edge.node)
      .find((node: Data) => node.inspections.length === 0);
    const opened = await ok(
      `mutation ($input: OpenInspectionInput!) { openInspection(input: $input) { inspection { id } } }`,
      {
        input: {
          target: { shipmentControlNumber: bare.shipmentControlNumber },
          kind: "AGRICULTURE",
          agencyCodes: ["CBP"],
          locationCountry: "US",
          startedAt: new Date(Date.now() - 120_000).toISOString(),
        },
      },
    );
    await ok(
      `mutation ($input: InspectionResultInput!) { recordInspectionResult(input: $input) { inspection { id } } }`,
      {
        input: {
          inspectionId: opened.openInspection.inspection.id,
          result: "SEIZED",
          endedAt: new Date().toISOString(),
        },
      },
    );
    seized = { scn: bare.shipmentControlNumber, port: "2304" };
  });

  it("an officer sees the shipment SEIZED", async () => {
    const data = await ok(`query ($scn: ID!) { shipment(shipmentControlNumber: $scn) { status } }`, {
      scn: seized.scn,
    });
    expect(data.shipment.status).toBe("SEIZED");
  });

  it("ANAM, who may not read the agriculture exam, gets the status its own inspections give", async () => {
    const { body } = await graph.query<Data>(
      `query ($scn: ID!) { shipment(shipmentControlNumber: $scn) { status inspections { kind } } }`,
      { scn: seized.scn },
      anam,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.shipment.inspections).toEqual([]);
    expect(["AWAITING_ARRIVAL", "RELEASED"]).toContain(body.data!.shipment.status);
  });

  it("ANAM cannot filter on status: it would answer what the inspections refuse", async () => {
    for (const status of ["SEIZED", "HELD", "REEXPORTED", "IN_INSPECTION"]) {
      const { body } = await graph.query<Data>(
        `query ($status: ShipmentStatus) { shipments(filter: { portCode: "2304", status: $status }, first: 5) { totalCount } }`,
        { status },
        anam,
      );
      expect(body.data!.shipments).toBeNull();
      expect(body.errors![0]).toMatchObject({ extensions: { code: "FORBIDDEN", field: "filter.status" } });
    }
  });

  it("a status outside any inspection scope's ports is FORBIDDEN, not guessed", async () => {
    const { body } = await graph.query<Data>(
      `query ($port: ID!) { shipments(filter: { portCode: $port }, first: 2) { edges { node { status } } } }`,
      { port: OUTSIDE_UCP },
      anam,
    );
    for (const { node } of body.data!.shipments.edges) expect(node.status).toBeNull();
    expect(forbiddenPaths(body.errors)).toContain("shipments.edges.0.node.status");
  });
});

describe("entities looked up by key answer through the same rules", () => {
  let declarationOutside: string;
  let declarationInside: string;
  let party: string;
  let limited: string;
  const PORT = "2304";

  beforeAll(async () => {
    // A partner whose manifest and commercial scopes hold at Laredo only.
    await grant("APHIS", "2002-homeland-security-act-421", ["cargo:manifest:read", "cargo:commercial:read"], [PORT]);
    limited = await graph.auth.token({
      agency: "APHIS",
      kind: "partner",
      scopes: ["reference:read", "cargo:manifest:read", "cargo:commercial:read"],
    });
    const declarationAt = async (port: string) => {
      const data = await ok(
        `query ($port: ID!) { shipments(filter: { portCode: $port }, first: 50) { edges { node { declarations { id } shipper { id } } } } }`,
        { port },
      );
      const node = data.shipments.edges.map((edge: Data) => edge.node).find((n: Data) => n.declarations.length > 0);
      return { declaration: node.declarations[0].id as string, party: node.shipper.id as string };
    };
    ({ declaration: declarationOutside, party } = await declarationAt(OUTSIDE_UCP));
    ({ declaration: declarationInside } = await declarationAt(PORT));
  });

  it("through the gateway, declarations and parties of shipments at another port are FORBIDDEN", async () => {
    const { body } = await graph.query<Data>(
      `{ outside: shipments(filter: { portCode: "${OUTSIDE_UCP}" }, first: 3) { edges { node {
          declarations { number } shipper { name } } } }
        inside: shipments(filter: { portCode: "${PORT}" }, first: 3) { edges { node {
          declarations { number } shipper { name } } } } }`,
      {},
      limited,
    );
    for (const { node } of body.data!.outside.edges) expect(node).toEqual({ declarations: null, shipper: null });
    for (const { node } of body.data!.inside.edges) expect(node.shipper.name).toEqual(expect.any(String));
    const paths = forbiddenPaths(body.errors);
    expect(paths).toContain("outside.edges.0.node.declarations");
    expect(paths).toContain("outside.edges.0.node.shipper");
    expect(paths.filter((path) => path.startsWith("inside"))).toEqual([]);
  });

  const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Declaration { id number } ... on TradeParty { id name } } }`;

  it("a declaration at a port where the partner's scopes do not hold reads as null, straight at cargo", async () => {
    // Signed as the gateway signs: the partner's token, at the subgraph, asked by key.
    const { body } = await postToSubgraph<Data>(
      graph.subgraphs.cargo.url,
      ENTITIES,
      {
        representations: [
          // By global id, as `node(id:)` asks (docs/global-ids.md); by natural key it is the same.
          { __typename: "Declaration", nodeKey: declarationOutside },
          { __typename: "Declaration", nodeKey: declarationInside },
          { __typename: "TradeParty", nodeKey: party },
        ],
      },
      { authorization: `Bearer ${limited}` },
      graph.auth.subgraphSecret,
    );
    expect(body.errors).toBeUndefined();
    const [outside, inside, tradeParty] = body.data!._entities;
    expect(outside).toBeNull();
    expect(inside).toMatchObject({ id: declarationInside, number: expect.any(String) });
    // A trade party has no port of its own: looked up by key, a partner gets nothing.
    expect(tradeParty).toBeNull();
  });
});

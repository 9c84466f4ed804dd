import { type TestGraph, testDatabaseKind } from "@frontera/testing";
import { tigieLines } from "@frontera/seed";
import { SHIPMENT_DOSSIER } from "../support/canonical-operations";
import { type Data } from "../support/graphql-expectations";
import { startWholeGraph } from "../support/whole-graph";

// Southbound trade (docs/southbound.md): US exports entering Mexico, their pedimentos and
// SENASICA's inspections, shared only under arrangements that cover the southbound direction —
// through the gateway and straight at the cargo subgraph, rows, fields, filters and counts alike.

let graph: TestGraph;
let anam: string;
let senasica: string;
let aphis: string;
const LAREDO = "2304";

beforeAll(async () => {
  graph = await startWholeGraph({ seed: 6, shipments: 2000 }, { referenceCacheSeconds: 0 });
  // Each the scopes of its agency's default arrangements (packages/seed/src/default-arrangements.ts).
  anam = await graph.auth.token({
    agency: "ANAM",
    kind: "partner",
    scopes: [
      "reference:read",
      "cargo:manifest:read",
      "cargo:commercial:read",
      "cargo:pedimento:read",
      "cargo:conveyance:read",
      "traveller:identity:read",
    ],
  });
  senasica = await graph.auth.token({
    agency: "SENASICA",
    kind: "partner",
    scopes: ["reference:read", "cargo:manifest:read", "inspection:agri:read"],
  });
  // APHIS's arrangement keeps its default direction: northbound only.
  aphis = await graph.auth.token({
    agency: "APHIS",
    kind: "partner",
    scopes: ["reference:read", "cargo:manifest:read", "inspection:agri:read"],
  });
});

afterAll(async () => {
  await graph?.stop();
});

const southbound = { port: LAREDO, direction: "SOUTHBOUND", withPedimento: true, first: 50 };
const errorCodes = (errors: Data[] | undefined) => (errors ?? []).map((error) => error.extensions?.code);

const SHIPMENT_KEYS = `query ($port: ID!, $direction: Direction, $first: Int!) {
  shipments(filter: { portCode: $port, direction: $direction }, first: $first) {
    totalCount edges { node { shipmentControlNumber direction trip { tripNumber direction loaded } } } } }`;

const INSPECTIONS = `query ($port: ID!, $direction: Direction) {
  inspections(filter: { portCode: $port, direction: $direction, kind: AGRICULTURE }, first: 50) {
    totalCount edges { node { kind locationCountry agencies { code } } } } }`;

async function southboundKeys(): Promise<{ shipments: string[]; trips: string[] }> {
  const { body } = await graph.query<Data>(SHIPMENT_KEYS, { port: LAREDO, direction: "SOUTHBOUND", first: 20 });
  expect(body.errors).toBeUndefined();
  const nodes = body.data!.shipments.edges.map((edge: Data) => edge.node);
  return {
    shipments: nodes.map((node: Data) => node.shipmentControlNumber),
    trips: nodes.map((node: Data) => node.trip.tripNumber),
  };
}

describe("ShipmentDossier by direction", () => {
  it("answers Laredo's southbound shipments with their pedimentos and TIGIE lines", async () => {
    const { body } = await graph.query(SHIPMENT_DOSSIER, southbound);
    expect(body.errors).toBeUndefined();
    const { totalCount, edges } = body.data!.shipments!;
    expect(totalCount).toBeGreaterThan(5);
    expect(edges.length).toBeGreaterThan(5);
    const fractions = new Set(tigieLines.map((line) => `${line.fraction}${line.nico}`));
    const withPedimento = edges.filter(({ node }) => node.pedimento);
    expect(withPedimento.length).toBeGreaterThan(0);
    for (const { node } of withPedimento) {
      const pedimento = node.pedimento!;
      // year (2), aduana 24 (Nuevo Laredo, 240), the broker's patente (4), last digit of the year + serial (7)
      expect(pedimento.number).toMatch(/^\d{2}24\d{11}$/);
      expect(pedimento.number.slice(4, 8)).toBe(pedimento.customsBroker.patente);
      expect(pedimento.number[8]).toBe(pedimento.number[1]);
      expect(["A1", "IN"]).toContain(pedimento.clave);
      expect(["DEFINITIVE_IMPORT", "TEMPORARY_IMPORT_IMMEX"]).toContain(pedimento.regime);
      expect(pedimento.customsValue!.currency).toBe("MXN");
      expect(pedimento.exchangeRate).toBeGreaterThan(15);
      expect(["GREEN", "RED"]).toContain(pedimento.selection);
      for (const item of node.goodsItems) {
        expect(item.originCountry).toBe("US");
        const line = item.mexicanTariffLine!;
        expect(fractions).toContain(`${line.fraction}${line.nico}`);
      }
    }
  });

  it("keeps its answer by default: northbound shipments only, as before southbound trade was kept", async () => {
    const byDefault = await graph.query(SHIPMENT_DOSSIER, { port: LAREDO, first: 100 });
    const northbound = await graph.query(SHIPMENT_DOSSIER, { port: LAREDO, first: 100, direction: "NORTHBOUND" });
    expect(byDefault.body.errors).toBeUndefined();
    expect(byDefault.body.data).toEqual(northbound.body.data);
    const { shipments } = await southboundKeys();
    const northboundKeys = new Set(byDefault.body.data!.shipments!.edges.map(({ node }) => node.shipmentControlNumber));
    for (const key of shipments) expect(northboundKeys.has(key)).toBe(false);
  });

  it("costs the same SQL statements per subgraph at first: 5 and first: 100, southbound with pedimentos", async () => {
    interface Cost {
      counts: Record<string, number>;
      /** cargo's statements, IN lists and page limits folded: the same shape whatever the page size. */
      cargo: string[];
      /** Whether the page held an inspection: only then are its agencies and pest findings read. */
      inspected: boolean;
      size: number;
    }
    const costs: Cost[] = [];
    const total = (c: Record<string, number>) => Object.values(c).reduce((sum, n) => sum + n, 0);
    for (const first of [5, 100]) {
      const variables = { ...southbound, first };
      await graph.query(SHIPMENT_DOSSIER, variables);
      // On the embedded database a pause can split a batch: the fewest of three runs counts.
      let best: Cost | undefined;
      for (let run = 0; run < (testDatabaseKind() === "mysql" ? 1 : 3); run += 1) {
        graph.resetStatementCounts();
        const { body } = await graph.query(SHIPMENT_DOSSIER, variables);
        expect(body.errors).toBeUndefined();
        const edges = body.data!.shipments!.edges;
        const current: Cost = {
          counts: graph.statementCounts(),
          cargo: graph.subgraphs.cargo.statements.recorded.map((query) =>
            query.replace(/\(\?(, \?)*\)/g, "(?)").replace(/LIMIT \d+/g, "LIMIT ?"),
          ),
          inspected: edges.some(({ node }) => node.inspections!.length > 0),
          size: edges.length,
        };
        if (!best || total(current.counts) < total(best.counts)) best = current;
      }
      costs.push(best!);
    }
    const [few, many] = costs;
    expect(many.size).toBeGreaterThan(few.size);
    // No statement per row: each of cargo's is sent once, whatever the page size.
    expect(new Set(many.cargo).size).toBe(many.cargo.length);
    expect(many.inspected).toBe(true);
    if (few.inspected) {
      expect(many.counts).toEqual(few.counts);
    } else {
      // The newest shipments may not have crossed yet: then no inspection's agencies or pest
      // findings are asked for at first: 5, and those two statements are the only difference.
      const added = many.cargo.filter((query) => !few.cargo.includes(query));
      expect(added.map((query) => /FROM "?`?(\w+)/.exec(query.slice(query.indexOf("FROM")))![1]).sort()).toEqual([
        "inspection_agencies",
        "pest_findings",
      ]);
      expect(many.counts).toEqual({ ...few.counts, cargo: few.counts.cargo + 2 });
    }
  });
});

describe("partners whose arrangements cover the southbound direction", () => {
  it("ANAM reads southbound shipments with pedimento details under its customs-enforcement arrangement", async () => {
    const { body } = await graph.query(SHIPMENT_DOSSIER, southbound, anam);
    // The dossier asks for inspections and drivers, which ANAM's arrangements do not grant southbound.
    const refused = (body.errors ?? []).filter((error) => error.extensions?.code === "FORBIDDEN");
    for (const error of refused) expect(String(error.path?.join("."))).toMatch(/inspections|driver|status/);
    const { totalCount, edges } = body.data!.shipments!;
    expect(totalCount).toBeGreaterThan(5);
    expect(edges.some(({ node }) => node.pedimento?.number)).toBe(true);
  });

  it("ANAM's UCP arrangement stays northbound: a southbound trip's conveyance and driver are FORBIDDEN", async () => {
    const { trips } = await southboundKeys();
    const query = `query ($trip: ID!) { trip(tripNumber: $trip) { tripNumber direction conveyance { vin } driver { familyName }
      returnOf { tripNumber conveyance { vin } driver { familyName } } } }`;
    const { body } = await graph.query<Data>(query, { trip: trips[0] }, anam);
    const trip = body.data!.trip;
    expect(trip.tripNumber).toBe(trips[0]);
    expect(trip.conveyance).toBeNull();
    expect(trip.driver).toBeNull();
    const refused = (body.errors ?? []).map((error) => `${error.extensions?.code} ${error.path?.join(".")}`).sort();
    expect(refused).toEqual(["FORBIDDEN trip.conveyance", "FORBIDDEN trip.driver"]);
    // The same truck northbound, at the same UCP port: the UCP arrangement's fields hold there.
    expect(trip.returnOf.conveyance.vin).toMatch(/^[A-HJ-NPR-Z0-9]{17}$/);
    expect(trip.returnOf.driver.familyName).toEqual(expect.any(String));

    const direct = await graph.subgraphQuery<Data>(
      "cargo",
      `query ($trip: ID!) { trip(tripNumber: $trip) { tripNumber conveyance { vin } } }`,
      { trip: trips[0] },
      anam,
    );
    expect(direct.body.data!.trip).toEqual({ tripNumber: trips[0], conveyance: null });
    expect(errorCodes(direct.body.errors)).toEqual(["FORBIDDEN"]);
  });

  it("SENASICA sees its agriculture inspections of southbound goods, at the OISA on the Mexican side", async () => {
    const { body } = await graph.query<Data>(INSPECTIONS, { port: LAREDO, direction: "SOUTHBOUND" }, senasica);
    expect(body.errors).toBeUndefined();
    const { totalCount, edges } = body.data!.inspections;
    expect(totalCount).toBeGreaterThan(0);
    expect(totalCount).toBe(edges.length < 50 ? edges.length : totalCount);
    for (const { node } of edges) {
      expect(node).toEqual({ kind: "AGRICULTURE", locationCountry: "MX", agencies: [{ code: "SENASICA" }] });
    }
  });

  it("SENASICA gets FORBIDDEN for a pedimento: cargo:pedimento:read is ANAM's", async () => {
    const { body } = await graph.query(SHIPMENT_DOSSIER, { ...southbound, first: 3 }, senasica);
    const paths = (body.errors ?? []).filter((e) => e.extensions?.code === "FORBIDDEN").map((e) => e.path?.join("."));
    expect(paths).toContain("shipments.edges.0.node.pedimento");
  });
});

describe("a partner whose arrangement does not grant southbound gets none of it", () => {
  const directly = (query: string, variables: Record<string, unknown>) =>
    graph.subgraphQuery<Data>("cargo", query, variables, aphis);

  it("through the gateway: no rows, a count of zero, null by key", async () => {
    const dossier = await graph.query(SHIPMENT_DOSSIER, { port: LAREDO, direction: "SOUTHBOUND", first: 50 }, aphis);
    expect(dossier.body.errors).toBeUndefined();
    expect(dossier.body.data!.shipments).toEqual({ totalCount: 0, edges: [] });
    const inspections = await graph.query<Data>(INSPECTIONS, { port: LAREDO, direction: "SOUTHBOUND" }, aphis);
    expect(inspections.body.data!.inspections).toEqual({ totalCount: 0, edges: [] });

    const { shipments, trips } = await southboundKeys();
    const byKey = await graph.query<Data>(
      `query ($shipment: ID!, $trip: ID!) { shipment(shipmentControlNumber: $shipment) { shipmentControlNumber } trip(tripNumber: $trip) { tripNumber } }`,
      { shipment: shipments[0], trip: trips[0] },
      aphis,
    );
    expect(byKey.body.errors).toBeUndefined();
    expect(byKey.body.data).toEqual({ shipment: null, trip: null });
  });

  it("the same northbound answer as before: the direction filter only narrows", async () => {
    const northbound = await graph.query<Data>(
      SHIPMENT_KEYS,
      { port: LAREDO, direction: "NORTHBOUND", first: 5 },
      aphis,
    );
    expect(northbound.body.data!.shipments.totalCount).toBeGreaterThan(0);
    for (const { node } of northbound.body.data!.shipments.edges) expect(node.direction).toBe("NORTHBOUND");
  });

  it("straight at the cargo subgraph: no rows, a count of zero, null entities", async () => {
    const list = await directly(SHIPMENT_KEYS, { port: LAREDO, direction: "SOUTHBOUND", first: 20 });
    expect(list.body.errors).toBeUndefined();
    expect(list.body.data!.shipments).toEqual({ totalCount: 0, edges: [] });
    const everyPort = await directly(
      `{ shipments(filter: { direction: SOUTHBOUND }, first: 5) { totalCount } trips(filter: { direction: SOUTHBOUND }, first: 5) { totalCount } }`,
      {},
    );
    expect(everyPort.body.data).toEqual({ shipments: { totalCount: 0 }, trips: { totalCount: 0 } });
    const inspections = await directly(INSPECTIONS, { port: LAREDO, direction: "SOUTHBOUND" });
    expect(inspections.body.data!.inspections).toEqual({ totalCount: 0, edges: [] });

    const { shipments, trips } = await southboundKeys();
    const entities = await directly(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Shipment { shipmentControlNumber } ... on Trip { tripNumber } } }`,
      {
        representations: [
          { __typename: "Shipment", shipmentControlNumber: shipments[0] },
          { __typename: "Trip", tripNumber: trips[0] },
        ],
      },
    );
    expect(entities.body.data!._entities).toEqual([null, null]);
  });

  it("under a port too: its shipments, inspections and crossed trucks hide the southbound rows, gateway and subgraph", async () => {
    const NESTED = `{ port(code: "${LAREDO}") {
      shipments(filter: { direction: SOUTHBOUND }, first: 5) { totalCount edges { node { shipmentControlNumber } } }
      inspections(filter: { direction: SOUTHBOUND }, first: 5) { totalCount edges { node { kind } } }
      truckCrossings(filter: { direction: SOUTHBOUND }, first: 5) { totalCount edges { node { tripNumber } } }
    } }`;
    const empty = { totalCount: 0, edges: [] };
    const internal = await graph.query<Data>(NESTED);
    expect(internal.body.data!.port.shipments.totalCount).toBeGreaterThan(0);
    expect(internal.body.data!.port.truckCrossings.totalCount).toBeGreaterThan(0);
    const viaGateway = await graph.query<Data>(NESTED, {}, aphis);
    expect(viaGateway.body.errors).toBeUndefined();
    expect(viaGateway.body.data!.port).toMatchObject({ shipments: empty, inspections: empty, truckCrossings: empty });
    const port = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on PortOfEntry {
      shipments(filter: { direction: SOUTHBOUND }, first: 5) { totalCount }
      truckCrossings(filter: { direction: SOUTHBOUND }, first: 5) { totalCount } } } }`;
    const direct = await directly(port, { representations: [{ __typename: "PortOfEntry", code: LAREDO }] });
    expect(direct.body.errors).toBeUndefined();
    expect(direct.body.data!._entities).toEqual([{ shipments: { totalCount: 0 }, truckCrossings: { totalCount: 0 } }]);
  });

  it("an internal caller's totals count both directions apart, and a partner's never include the other", async () => {
    const internal = await graph.query<Data>(SHIPMENT_KEYS, { port: LAREDO, direction: "SOUTHBOUND", first: 1 });
    expect(internal.body.data!.shipments.totalCount).toBeGreaterThan(0);
    const anamCount = await graph.query<Data>(SHIPMENT_KEYS, { port: LAREDO, direction: "SOUTHBOUND", first: 1 }, anam);
    expect(anamCount.body.data!.shipments.totalCount).toBe(internal.body.data!.shipments.totalCount);
    const aphisCount = await graph.query<Data>(
      SHIPMENT_KEYS,
      { port: LAREDO, direction: "SOUTHBOUND", first: 1 },
      aphis,
    );
    expect(aphisCount.body.data!.shipments.totalCount).toBe(0);
  });
});

describe("trips in both directions", () => {
  it("a southbound trip says whether it is loaded and which northbound trip it returns from", async () => {
    const { body } = await graph.query<Data>(
      `{ trips(filter: { portCode: "${LAREDO}", direction: SOUTHBOUND, crossed: true }, first: 50) { totalCount edges { node {
        tripNumber direction loaded shipments { shipmentControlNumber } returnOf { tripNumber direction portOfArrival { code } } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const trips = body.data!.trips.edges.map((edge: Data) => edge.node);
    const empty = trips.filter((trip: Data) => !trip.loaded);
    const loaded = trips.filter((trip: Data) => trip.loaded);
    expect(empty.length).toBeGreaterThan(0);
    expect(loaded.length).toBeGreaterThan(0);
    for (const trip of empty) expect(trip.shipments).toEqual([]);
    for (const trip of loaded) expect(trip.shipments.length).toBeGreaterThan(0);
    for (const trip of trips) {
      expect(trip.direction).toBe("SOUTHBOUND");
      expect(trip.returnOf).toEqual({
        tripNumber: expect.any(String),
        direction: "NORTHBOUND",
        portOfArrival: { code: LAREDO },
      });
    }
  });
});

describe("an arrangement's directions", () => {
  const CREATE = `mutation ($input: CreateArrangementInput!) {
    createArrangement(input: $input) { arrangement { arrangementId directions } userErrors { field code } } }`;
  const input = (directions: string[]) => ({
    providerCode: "CBP",
    recipientCode: "APHIS",
    agreementId: "2002-homeland-security-act-421",
    scopes: ["REFERENCE_READ", "CARGO_MANIFEST_READ"],
    coverage: "LISTED_PORTS",
    portCodes: [LAREDO],
    directions,
    purpose: "a test of an arrangement covering southbound trade at one port",
    confidentialityAssurance: true,
    validFrom: "2026-01-01T00:00:00Z",
  });

  it("are served with the arrangement: both for ANAM's customs enforcement, northbound alone by default", async () => {
    const { body } = await graph.query<Data>(`{ customs: arrangement(id: "cbp-anam-customs-enforcement") { directions }
      agri: arrangement(id: "cbp-senasica-agriculture") { directions } aphis: arrangement(id: "cbp-aphis-agriculture") { directions } }`);
    expect(body.data).toEqual({
      customs: { directions: ["NORTHBOUND", "SOUTHBOUND"] },
      agri: { directions: ["NORTHBOUND", "SOUTHBOUND"] },
      aphis: { directions: ["NORTHBOUND"] },
    });
  });

  it("must name at least one direction when given", async () => {
    const { body } = await graph.query<Data>(CREATE, { input: input([]) });
    expect(body.data!.createArrangement.userErrors).toEqual([{ field: ["input", "directions"], code: "INVALID" }]);
  });

  it("bind southbound rows to the ports of the arrangement that covers them", async () => {
    const { body } = await graph.query<Data>(CREATE, { input: input(["SOUTHBOUND"]) });
    expect(body.data!.createArrangement.userErrors).toEqual([]);
    expect(body.data!.createArrangement.arrangement.directions).toEqual(["SOUTHBOUND"]);
    // A new token: access is kept two seconds per token.
    const aphisNow = await graph.auth.token({
      agency: "APHIS",
      kind: "partner",
      scopes: ["reference:read", "cargo:manifest:read"],
    });
    const atLaredo = await graph.query<Data>(
      SHIPMENT_KEYS,
      { port: LAREDO, direction: "SOUTHBOUND", first: 1 },
      aphisNow,
    );
    const internal = await graph.query<Data>(SHIPMENT_KEYS, { port: LAREDO, direction: "SOUTHBOUND", first: 1 });
    expect(atLaredo.body.data!.shipments.totalCount).toBe(internal.body.data!.shipments.totalCount);
    const elsewhere = await graph.query<Data>(
      SHIPMENT_KEYS,
      { port: "2506", direction: "SOUTHBOUND", first: 1 },
      aphisNow,
    );
    expect(elsewhere.body.data!.shipments.totalCount).toBe(0);
    const everywhere = await graph.query<Data>(
      `{ shipments(filter: { direction: SOUTHBOUND }, first: 0) { totalCount } }`,
      {},
      aphisNow,
    );
    expect(everywhere.body.data!.shipments.totalCount).toBe(atLaredo.body.data!.shipments.totalCount);
  });
});

import { encodeGlobalId } from "@frontera/federation";
import { type TestGraph } from "@frontera/testing";
import { accounting } from "../../subgraphs/agreements/src/disclosure/accounting-command";
import { SHIPMENT_DOSSIER } from "../support/canonical-operations";
import { type Data } from "../support/graphql-expectations";
import { startWholeGraph } from "../support/whole-graph";

// Issue 16: for every record, who received it, when and under which arrangement.
let graph: TestGraph;
let auditor: string;
let senasicaShipments: string[];
let anamShipments: Array<{ shipmentControlNumber: string; named: boolean }>;
const driverOf = new Map<string, string>();

const ENTRY = `at agency { code } arrangement { arrangementId purpose agreement { agreementId title } } scopes operationName`;
const SHIPMENT_DISCLOSURES = `query($number: ID!) { shipment(shipmentControlNumber: $number) {
  disclosures(first: 20) { totalCount edges { node { ${ENTRY} } } } } }`;
const TRAVELLER_DISCLOSURES = `query($id: ID!) { traveller(id: $id) {
  disclosures(first: 20) { totalCount edges { node { ${ENTRY} } } } } }`;

beforeAll(async () => {
  graph = await startWholeGraph({ seed: 6, shipments: 200 });
  auditor = await graph.auth.token({
    agency: "CBP",
    kind: "internal",
    scopes: ["audit:read", "reference:read", "cargo:manifest:read", "traveller:identity:read"],
  });
  const senasica = await graph.auth.token({ agency: "SENASICA", kind: "partner" });
  const anam = await graph.auth.token({ agency: "ANAM", kind: "partner" });

  const bySenasica = await graph.query<Data>(SHIPMENT_DOSSIER, { port: "2304", first: 5 }, senasica);
  expect(bySenasica.status).toBe(200);
  senasicaShipments = bySenasica.body.data!.shipments.edges.map((edge: Data) => edge.node.shipmentControlNumber);
  const byAnam = await graph.query<Data>(SHIPMENT_DOSSIER, { port: "2304", first: 8 }, anam);
  expect(byAnam.status).toBe(200);
  // The keys the gateway asked for itself never reach the partner.
  for (const answer of [bySenasica.body, byAnam.body])
    expect(JSON.stringify(answer)).not.toContain("fronteraRecordKey");
  expect(byAnam.body.data!.shipments.edges[0].node.trip.driver).not.toHaveProperty("travellerId");
  anamShipments = byAnam.body.data!.shipments.edges.map((edge: Data) => ({
    shipmentControlNumber: edge.node.shipmentControlNumber,
    named: typeof edge.node.trip?.driver?.familyName === "string",
  }));
  for (const { shipmentControlNumber } of anamShipments) {
    const { body } = await graph.query<Data>(
      `query($number: ID!) { shipment(shipmentControlNumber: $number) { trip { driver { travellerId } } } }`,
      { number: shipmentControlNumber },
    );
    driverOf.set(shipmentControlNumber, body.data!.shipment.trip.driver.travellerId);
  }
  // No drain: the sets of records and day counts were written with each disclosure, in its append.
}, 120_000);

afterAll(async () => {
  await graph?.stop();
});

describe("the accounting of disclosures, per record", () => {
  it("finds SENASICA's ShipmentDossier at 2304 under each shipment it carried, with its arrangement and agreement", async () => {
    expect(senasicaShipments).toHaveLength(5);
    for (const number of senasicaShipments) {
      const { body } = await graph.query<Data>(SHIPMENT_DISCLOSURES, { number }, auditor);
      expect(body.errors).toBeUndefined();
      const nodes = body.data!.shipment.disclosures.edges.map((edge: Data) => edge.node);
      const senasica = nodes.filter((node: Data) => node.agency.code === "SENASICA");
      expect(senasica).toHaveLength(1);
      expect(senasica[0]).toMatchObject({
        operationName: "ShipmentDossier",
        arrangement: {
          arrangementId: "cbp-senasica-agriculture",
          purpose: expect.stringContaining("Agriculture"),
          agreement: { agreementId: "2018-agriculture-safeguarding", title: expect.any(String) },
        },
      });
      expect(senasica[0].scopes).toContain("CARGO_MANIFEST_READ");
    }
  });

  it("puts an entry under each driver whose name ANAM received at a UCP port, under cbp-anam-ucp", async () => {
    const named = anamShipments.filter((shipment) => shipment.named);
    expect(named.length).toBeGreaterThan(0);
    for (const { shipmentControlNumber } of named) {
      const { body } = await graph.query<Data>(
        TRAVELLER_DISCLOSURES,
        { id: driverOf.get(shipmentControlNumber) },
        auditor,
      );
      expect(body.errors).toBeUndefined();
      const nodes = body.data!.traveller.disclosures.edges.map((edge: Data) => edge.node);
      const anam = nodes.filter((node: Data) => node.agency.code === "ANAM");
      expect(anam.length).toBeGreaterThanOrEqual(1);
      expect(anam[0]).toMatchObject({
        operationName: "ShipmentDossier",
        arrangement: { arrangementId: "cbp-anam-ucp", agreement: { agreementId: "2018-cpi-ucp-mou" } },
        scopes: ["TRAVELLER_IDENTITY_READ"],
      });
    }
  });

  it("has no entry for a person never disclosed", async () => {
    const drivers = new Set(driverOf.values());
    const { body } = await graph.query<Data>(`{ trips(first: 100) { edges { node { driver { travellerId } } } } }`);
    const candidates: string[] = body.data!.trips.edges.map((edge: Data) => edge.node.driver.travellerId);
    const stranger = candidates.find((id) => !drivers.has(id))!;
    expect(stranger).toBeDefined();
    const { body: disclosures } = await graph.query<Data>(TRAVELLER_DISCLOSURES, { id: stranger }, auditor);
    expect(disclosures.errors).toBeUndefined();
    expect(disclosures.data!.traveller.disclosures).toMatchObject({ totalCount: 0, edges: [] });
    const printed = JSON.parse(await accounting(["--traveller", stranger], graph.subgraphs.agreements.dataSource));
    expect(printed).toEqual({ traveller: stranger, disclosures: [] });
  });

  it("prints the same with `accounting --traveller`, as JSON and as CSV", async () => {
    const { shipmentControlNumber } = anamShipments.find((shipment) => shipment.named)!;
    const driver = driverOf.get(shipmentControlNumber)!;
    const { body } = await graph.query<Data>(TRAVELLER_DISCLOSURES, { id: driver }, auditor);
    const nodes = body.data!.traveller.disclosures.edges.map((edge: Data) => edge.node);
    const dataSource = graph.subgraphs.agreements.dataSource;
    const printed = JSON.parse(await accounting(["--traveller", driver], dataSource));
    expect(printed.traveller).toBe(driver);
    // the command lists oldest first, the connection latest first
    expect(
      printed.disclosures.map((entry: Data) => [
        entry.at,
        entry.recipient,
        entry.legalBasis[0].arrangement,
        entry.operation,
      ]),
    ).toEqual(
      [...nodes]
        .reverse()
        .map((node: Data) => [node.at, node.agency.code, node.arrangement.arrangementId, node.operationName]),
    );
    expect(printed.disclosures[0]).toMatchObject({
      recipient: "ANAM",
      recipientName: expect.any(String),
      legalBasis: [{ arrangement: "cbp-anam-ucp", agreement: "2018-cpi-ucp-mou", purpose: expect.any(String) }],
      scopes: ["traveller:identity:read"],
      operation: "ShipmentDossier",
    });
    const csv = (await accounting(["--traveller", driver, "--csv"], dataSource)).split("\n");
    expect(csv[0]).toBe("at,recipient,recipientName,arrangement,purpose,agreement,agreementTitle,scopes,operation");
    expect(csv[1]).toContain(",ANAM,");
    expect(csv[1]).toContain(",cbp-anam-ucp,");
    const later = JSON.parse(await accounting(["--traveller", driver, "--from", "2100-01-01"], dataSource));
    expect(later.disclosures).toEqual([]);
  });

  it("filters the whole log by arrangement and by record", async () => {
    const driver = driverOf.get(anamShipments.find((shipment) => shipment.named)!.shipmentControlNumber)!;
    const query = `query($filter: DisclosureFilter) { disclosures(filter: $filter, first: 50) { totalCount edges { node { agency { code } operationName } } } }`;
    const byRecord = await graph.query<Data>(
      query,
      { filter: { arrangementId: "cbp-anam-ucp", recordId: encodeGlobalId("Traveller", driver) } },
      auditor,
    );
    expect(byRecord.body.errors).toBeUndefined();
    expect(byRecord.body.data!.disclosures.totalCount).toBeGreaterThanOrEqual(1);
    for (const edge of byRecord.body.data!.disclosures.edges) expect(edge.node.agency.code).toBe("ANAM");
    const bySenasica = await graph.query<Data>(
      query,
      { filter: { arrangementId: "cbp-senasica-agriculture" } },
      auditor,
    );
    expect(bySenasica.body.data!.disclosures.edges.map((edge: Data) => edge.node.agency.code)).toEqual(["SENASICA"]);
    const wrong = await graph.query<Data>(query, { filter: { recordId: encodeGlobalId("Agency", "ANAM") } }, auditor);
    expect(wrong.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a batch naming a record of a type it does not account for, or too long a key, and stores none of it", async () => {
    const service = await graph.auth.token({ kind: "service", agency: "CBP", scopes: ["disclosures:record"] });
    const input = (records: Data[]) => ({
      agency: "SENASICA",
      subject: "test",
      jti: "records-test",
      operationName: null,
      operationHash: "a".repeat(64),
      scopes: ["cargo:manifest:read"],
      entityCounts: [],
      grants: [{ scope: "cargo:manifest:read", arrangementIds: ["cbp-senasica-agriculture"] }],
      records,
    });
    const { body } = await graph.subgraphQuery<Data>(
      "agreements",
      `mutation($inputs: [DisclosureInput!]!) { recordDisclosures(inputs: $inputs) }`,
      {
        inputs: [
          input([{ typeName: "Shipment", scopes: ["cargo:manifest:read"], keys: ["OK1"] }]),
          input([{ typeName: "Agency", scopes: ["cargo:manifest:read"], keys: ["x".repeat(65)] }]),
        ],
      },
      service,
    );
    expect(body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0].message).toContain("inputs[1].records[0].typeName");
    expect(body.errors?.[0].message).toContain("inputs[1].records[0].keys");
    const [{ stored }] = await graph.subgraphs.agreements.dataSource.query(
      "SELECT COUNT(*) AS stored FROM disclosures WHERE jti = 'records-test'",
    );
    expect(Number(stored)).toBe(0);
  });

  it("refuses a partner operation using the gateway's own alias, which would hide a record from the log", async () => {
    const senasica = await graph.auth.token({ agency: "SENASICA", kind: "partner" });
    const { body } = await graph.query<Data>(
      `{ shipments(filter: { portCode: "2304" }, first: 2) { edges { node { fronteraRecordKey: status } } } }`,
      {},
      senasica,
    );
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("sums answers and records per day and scope for an arrangement, from stored counts", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const { body } = await graph.query<Data>(
      `query($from: Date!, $to: Date!) { arrangement(id: "cbp-senasica-agriculture") {
        disclosureSummary(filter: { days: { from: $from, to: $to } }) { day scope answers records } } }`,
      { from: today, to: tomorrow },
      auditor,
    );
    expect(body.errors).toBeUndefined();
    const manifest = body.data!.arrangement.disclosureSummary.find((row: Data) => row.scope === "CARGO_MANIFEST_READ");
    expect(manifest).toMatchObject({ day: today, answers: 1 });
    // the five shipments at least (and their trips)
    expect(manifest.records).toBeGreaterThan(5);
  });
});

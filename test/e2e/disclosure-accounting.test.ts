import { type TestGraph, testDatabaseKind } from "@frontera/testing";
import { accounting } from "../../subgraphs/agreements/src/disclosure/accounting-command";
import { SHIPMENT_DOSSIER } from "../support/canonical-operations";
import { startWholeGraph } from "../support/whole-graph";

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let graph: TestGraph;
let senasica: string;
let anam: string;
let auditor: string;

const DISCLOSURES = `disclosures(first: 50) {
  totalCount
  edges { node { at agency { code } arrangement { id purpose agreement { id title } } arrangements { id } scopes operationName } }
}`;

beforeAll(async () => {
  graph = await startWholeGraph();
  senasica = await graph.auth.token({
    agency: "SENASICA",
    kind: "partner",
    scopes: ["reference:read", "cargo:manifest:read", "inspection:agri:read"],
  });
  anam = await graph.auth.token({
    agency: "ANAM",
    kind: "partner",
    scopes: [
      "reference:read",
      "cargo:manifest:read",
      "cargo:conveyance:read",
      "inspection:joint:read",
      "traveller:identity:read",
    ],
  });
  auditor = await graph.auth.token({
    agency: "CBP",
    kind: "internal",
    scopes: ["reference:read", "audit:read", "cargo:manifest:read", "traveller:identity:read"],
  });
});

afterAll(async () => {
  await graph?.stop();
});

async function dossier(token: string, first: number) {
  const { status, body } = await graph.query<Data>(SHIPMENT_DOSSIER, { port: "2304", first }, token);
  expect(status).toBe(200);
  return { body, nodes: (body.data!.shipments.edges as Data[]).map((edge) => edge.node) };
}

async function driversAt(port: string, first: number): Promise<Map<string, string>> {
  const { body } = await graph.query<Data>(
    `query($port: ID!, $first: Int) { shipments(filter: { portCode: $port }, first: $first) { edges { node { shipmentControlNumber trip { driver { id } } } } } }`,
    { port, first },
    auditor,
  );
  return new Map(
    (body.data!.shipments.edges as Data[])
      .filter((edge) => edge.node.trip?.driver)
      .map((edge) => [edge.node.shipmentControlNumber, edge.node.trip.driver.id]),
  );
}

async function travellerDisclosures(id: string): Promise<Data[]> {
  const { body } = await graph.query<Data>(
    `query($id: ID!) { traveller(id: $id) { ${DISCLOSURES} } }`,
    { id },
    auditor,
  );
  expect(body.errors).toBeUndefined();
  return (body.data!.traveller.disclosures.edges as Data[]).map((edge) => edge.node);
}

describe("who has received a record, when, and on what legal basis", () => {
  it("an auditor finds SENASICA's dossier under the shipment, under cbp-senasica-agriculture", async () => {
    const { nodes } = await dossier(senasica, 10);
    const scn = nodes[0].shipmentControlNumber as string;
    const { body } = await graph.query<Data>(
      `query($scn: ID!) { shipment(shipmentControlNumber: $scn) { ${DISCLOSURES} } }`,
      { scn },
      auditor,
    );
    expect(body.errors).toBeUndefined();
    const [latest] = (body.data!.shipment.disclosures.edges as Data[]).map((edge) => edge.node);
    expect(latest).toMatchObject({
      agency: { code: "SENASICA" },
      arrangement: { id: "cbp-senasica-agriculture", agreement: { id: expect.any(String), title: expect.any(String) } },
      operationName: "ShipmentDossier",
    });
    expect(latest.arrangement.purpose.length).toBeGreaterThan(0);
    expect(latest.scopes).toContain("cargo:manifest:read");

    const byRecord = await graph.query<Data>(
      `query($scn: ID!) { disclosures(filter: { record: { typeName: "Shipment", key: $scn }, arrangement: "cbp-senasica-agriculture" }) {
        totalCount edges { node { agency grants { scope arrangementIds } arrangements { id } } } } }`,
      { scn },
      auditor,
    );
    expect(byRecord.body.data!.disclosures.totalCount).toBeGreaterThanOrEqual(1);
    const node = byRecord.body.data!.disclosures.edges[0].node;
    expect(node.agency).toBe("SENASICA");
    expect(node.arrangements).toEqual([{ id: "cbp-senasica-agriculture" }]);
    expect(node.grants).toContainEqual({ scope: "cargo:manifest:read", arrangementIds: ["cbp-senasica-agriculture"] });
  });

  it("ANAM's dossier at a UCP port is listed under every driver whose name it received, under cbp-anam-ucp", async () => {
    const { body, nodes } = await dossier(anam, 30);
    // The keys the gateway asked for to name the records never reach the partner.
    expect(JSON.stringify(body)).not.toContain("fronteraRecordKey");
    const drivers = await driversAt("2304", 30);
    const named = nodes.filter((node) => node.trip?.driver?.familyName);
    expect(named.length).toBeGreaterThan(0);
    for (const node of named) {
      const id = drivers.get(node.shipmentControlNumber)!;
      const entries = await travellerDisclosures(id);
      expect(entries[0]).toMatchObject({
        agency: { code: "ANAM" },
        arrangement: { id: "cbp-anam-ucp" },
        arrangements: [{ id: "cbp-anam-ucp" }],
        scopes: ["traveller:identity:read"],
        operationName: "ShipmentDossier",
      });
    }

    const id = drivers.get(named[0].shipmentControlNumber)!;
    const printed = JSON.parse(await accounting(["--traveller", id], graph.subgraphs.agreements.dataSource));
    expect(printed.traveller).toBe(id);
    expect(printed.disclosures.length).toBe((await travellerDisclosures(id)).length);
    expect(printed.disclosures.at(-1)).toMatchObject({
      recipient: "ANAM",
      legalBasis: [{ arrangement: "cbp-anam-ucp", agreement: expect.any(String), purpose: expect.any(String) }],
      scopes: ["traveller:identity:read"],
      operation: "ShipmentDossier",
    });
    const csv = (await accounting(["--traveller", id, "--csv"], graph.subgraphs.agreements.dataSource)).split("\n");
    expect(csv[0]).toBe("at,recipient,recipientName,arrangement,purpose,agreement,agreementTitle,scopes,operation");
    expect(csv.length).toBe(1 + printed.disclosures.length);
    const future = await accounting(
      ["--traveller", id, "--from", new Date(Date.now() + 60_000).toISOString()],
      graph.subgraphs.agreements.dataSource,
    );
    expect(JSON.parse(future).disclosures).toEqual([]);
  });

  it("a person never disclosed has no disclosures, and an empty accounting", async () => {
    const disclosedDrivers = new Set((await driversAt("2304", 100)).values());
    const { body } = await graph.query<Data>(`{ ports { code } }`, {}, auditor);
    let someone: string | undefined;
    for (const { code } of body.data!.ports as Data[]) {
      if (code === "2304") continue;
      someone = [...(await driversAt(code, 20)).values()].find((id) => !disclosedDrivers.has(id));
      if (someone) break;
    }
    expect(someone).toBeDefined();
    expect(await travellerDisclosures(someone!)).toEqual([]);
    const printed = JSON.parse(await accounting(["--traveller", someone!], graph.subgraphs.agreements.dataSource));
    expect(printed.disclosures).toEqual([]);
  });

  it("naming the records costs the log a bounded number of statements, not one per record", async () => {
    await dossier(anam, 60);
    graph.resetStatementCounts();
    await dossier(anam, 3);
    const few = graph.statementCounts().agreements;
    const rows = async () =>
      (await graph.subgraphs.agreements.dataSource.query(
        "SELECT typeName, COUNT(*) AS n FROM disclosure_records GROUP BY typeName",
      )) as Array<{ typeName: string; n: number | string }>;
    const before = new Map((await rows()).map((row) => [row.typeName, Number(row.n)]));
    graph.resetStatementCounts();
    const { nodes } = await dossier(anam, 60);
    const many = graph.statementCounts().agreements;
    expect(nodes.length).toBe(60);
    expect(many).toBeLessThanOrEqual(few + 1);
    const added = (await rows()).map((row) => [row.typeName, Number(row.n) - (before.get(row.typeName) ?? 0)]);
    // Every shipment and trip of the page named, the drivers and joint inspections among them.
    expect(Object.fromEntries(added)).toMatchObject({
      Shipment: 60,
      Trip: expect.any(Number),
      Traveller: expect.any(Number),
      Inspection: expect.any(Number),
    });
  });

  it("stores a group of disclosures with their records in one commit, or none when one record is malformed", async () => {
    const service = await graph.auth.token({ kind: "service", agency: "CBP", scopes: ["disclosures:record"] });
    const input = (key: string, typeName = "Traveller") => ({
      agency: "ANAM",
      subject: "s",
      jti: `jti-${key}`,
      operationName: "Batch",
      operationHash: "b".repeat(64),
      scopes: ["traveller:identity:read"],
      entityCounts: [{ typeName: "Traveller", count: 1 }],
      grants: [{ scope: "traveller:identity:read", arrangementIds: ["cbp-anam-ucp"] }],
      records: [{ typeName, key, scopes: ["traveller:identity:read"] }],
    });
    const RECORD = `mutation($inputs: [DisclosureInput!]!) { recordDisclosures(inputs: $inputs) }`;
    const refused = await graph.subgraphQuery<Data>(
      "agreements",
      RECORD,
      { inputs: [input("batch-a"), input("batch-b", "Password")] },
      service,
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const ofRecord = async (key: string) =>
      (
        await graph.query<Data>(
          `query($key: ID!) { disclosures(filter: { record: { typeName: "Traveller", key: $key } }) {
            edges { node { agency arrangements { id } } } } }`,
          { key },
          auditor,
        )
      ).body.data!.disclosures.edges.map((edge: Data) => edge.node);
    expect(await ofRecord("batch-a")).toEqual([]);

    const stored = await graph.subgraphQuery<Data>(
      "agreements",
      RECORD,
      { inputs: [input("batch-a"), input("batch-b")] },
      service,
    );
    expect(stored.body.data!.recordDisclosures).toHaveLength(2);
    for (const key of ["batch-a", "batch-b"]) {
      expect(await ofRecord(key)).toEqual([{ agency: "ANAM", arrangements: [{ id: "cbp-anam-ucp" }] }]);
    }
  });

  (testDatabaseKind() === "mysql" ? it : it.skip)("finds a record's disclosures by index, latest first", async () => {
    const plan = (await graph.subgraphs.agreements.dataSource.query(
      "EXPLAIN SELECT id FROM disclosure_records WHERE typeName = ? AND recordKey = ? ORDER BY at DESC, id DESC LIMIT 21",
      ["Traveller", "someone"],
    )) as Array<{ key: string | null; Extra: string | null }>;
    const indexes = (await graph.subgraphs.agreements.dataSource.query(
      "SELECT INDEX_NAME AS name FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'disclosure_records' AND COLUMN_NAME = 'typeName' AND SEQ_IN_INDEX = 1",
    )) as Array<{ name: string }>;
    expect(indexes).toHaveLength(1);
    expect(plan[0].key).toBe(indexes[0].name);
    expect(plan[0].Extra ?? "").not.toContain("filesort");
  });

  it("refuses an arrangement filter that is not an arrangement id", async () => {
    const { body } = await graph.query<Data>(
      `{ disclosures(filter: { arrangement: "cbp%" }) { totalCount } }`,
      {},
      auditor,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

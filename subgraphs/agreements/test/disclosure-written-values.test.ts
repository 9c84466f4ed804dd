import { DataSource } from "typeorm";
import { insertStatement } from "../src/disclosure/disclosure-append-batched";
import { GENESIS_HASH, linkAfter } from "../src/disclosure/disclosure-chain";
import { asStoredRow } from "../src/disclosure/disclosure-stored-row";
import { Disclosure } from "../src/disclosure/disclosure.entity";
import { recordSetIdOf } from "../src/disclosure/record-sets";

const disclosure = (id: string, keys: string[]) =>
  Object.assign(new Disclosure(), {
    id,
    at: new Date("2026-12-08T04:34:29.731Z"),
    agencyCode: "ANAM",
    subject: "partner-anam",
    jti: "jti-1",
    operationName: "PortDashboard",
    operationHash: "a".repeat(64),
    documentId: null,
    scopes: ["inspection:joint:read"],
    entityCounts: [{ typeName: "Inspection", count: keys.length }],
    grants: [{ scope: "inspection:joint:read", arrangementIds: ["cbp-anam-ucp"] }],
    arrangementIds: ["cbp-anam-ucp"],
    records: [{ typeName: "Inspection", scopes: ["inspection:joint:read"], keys }],
    sequence: null,
    previousHash: null,
    hash: null,
    recordSetId: null,
  });

describe("the INSERT of an append", () => {
  // Only the driver's conversions are used: no table is read or written.
  const server = process.env.TEST_DATABASE_URL;
  const dataSource = server
    ? new DataSource({ type: "mysql", url: server, database: "information_schema", entities: [Disclosure] })
    : new DataSource({ type: "better-sqlite3", database: ":memory:", entities: [Disclosure] });
  beforeAll(() => dataSource.initialize());
  afterAll(() => dataSource.destroy());

  // What the INSERT wrote before it reused asStoredRow's conversions: every column converted again.
  const convertedAgain = (rows: Disclosure[]) =>
    rows.flatMap((row) =>
      dataSource
        .getMetadata(Disclosure)
        .columns.map(
          (column) => dataSource.driver.preparePersistentValue(column.getEntityValue(row), column) as unknown,
        ),
    );

  it("writes what converting each column again would, the chain's columns set after the conversion included", () => {
    const rows = [disclosure("d-1", ["K-2", "K-1"]), disclosure("d-2", ["K-3"])].map((row) => {
      const stored = asStoredRow(dataSource, row);
      stored.recordSetId = recordSetIdOf(stored.records);
      return stored;
    });
    linkAfter(dataSource, { sequence: 0, hash: GENESIS_HASH }, rows);

    const { values } = insertStatement(dataSource, rows);
    expect(values).toEqual(convertedAgain(rows));
    expect(values).toContain(rows[1].hash);
    expect(values).toContain(JSON.stringify(rows[0].records));
  });

  it("converts a column again once the row holds another value there", () => {
    const [row] = [disclosure("d-3", ["K-4"])].map((one) => asStoredRow(dataSource, one));
    row.records = [{ typeName: "Inspection", scopes: ["inspection:joint:read"], keys: ["K-5"] }];
    row.operationName = "Changed";

    const { values } = insertStatement(dataSource, [row]);
    expect(values).toEqual(convertedAgain([row]));
    expect(values).toContain(JSON.stringify(row.records));
    expect(values).toContain("Changed");
  });
});

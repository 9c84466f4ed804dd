import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KeyStore } from "@frontera/auth";
import { createDataSource, dropMysqlDatabase, runMigrations } from "@frontera/database";
import { subgraphDatabaseOptions } from "@frontera/subgraph";
import { testDatabaseKind, testSchemaTag } from "@frontera/testing";
import { type DataSource } from "typeorm";
import { GENESIS_HASH, linkAfter } from "../src/disclosure/disclosure-chain";
import { verifyDisclosureChain } from "../src/disclosure/disclosure-chain-verification";
import { Disclosure } from "../src/disclosure/disclosure.entity";
import { recordDisclosures } from "../src/disclosure/record-disclosure";
import { recordSetIdOf } from "../src/disclosure/record-sets";
import { asStoredRow } from "../src/disclosure/disclosure-stored-row";
import { agreementsMigrations } from "../src/migrations";
import { DisclosureRecordSets1797000000000 } from "../src/migrations/1797000000000-DisclosureRecordSets";
import { agreementsSubgraph } from "../src/subgraph";

// Needs MySQL (the migrations are MySQL's): a log kept with one lookup row per record carried is
// moved to sets of records, chained entries unchanged, and back.
(testDatabaseKind() === "mysql" ? describe : describe.skip)("migration DisclosureRecordSets", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "frontera-agreements-migration-"));
  const url = new URL(process.env.TEST_DATABASE_URL ?? "mysql://localhost");
  url.pathname = `/frontera_test_${testSchemaTag()}agreements_record_sets_${process.env.JEST_WORKER_ID ?? "0"}`;
  const options = {
    ...subgraphDatabaseOptions(agreementsSubgraph, { databaseUrl: url.toString(), dataDir }),
    migrations: agreementsMigrations.slice(0, agreementsMigrations.indexOf(DisclosureRecordSets1797000000000) + 1),
  };
  let dataSource: DataSource;
  const keys = new KeyStore(join(dataDir, "keys.json"));

  // Three entries as the previous version chained them: two carry the same records.
  const entries = [["OLD-A", "OLD-B"], ["OLD-B", "OLD-A"], ["OLD-C"]].map((shipments, i) =>
    Object.assign(new Disclosure(), {
      id: `00000000-0000-4000-8000-00000000001${i}`,
      at: new Date(Date.UTC(2026, 5, 1, 12, 0, i)),
      agencyCode: "SENASICA",
      subject: "before-record-sets",
      jti: "before-record-sets",
      operationName: "ShipmentDossier",
      operationHash: "b".repeat(64),
      documentId: null,
      scopes: ["cargo:manifest:read"],
      entityCounts: [{ typeName: "Shipment", count: shipments.length }],
      grants: [{ scope: "cargo:manifest:read", arrangementIds: ["cbp-senasica-agriculture"] }],
      arrangementIds: ["cbp-senasica-agriculture"],
      records: [{ typeName: "Shipment", scopes: ["cargo:manifest:read"], keys: shipments }],
      sequence: null,
      previousHash: null,
      hash: null,
      recordSetId: null,
    }),
  );
  const lookups = () =>
    dataSource.query(
      "SELECT `recordKey`, `disclosureId` FROM `disclosed_records` ORDER BY `recordKey`, `disclosureId`",
    ) as Promise<Array<{ recordKey: string; disclosureId: string }>>;
  const previousLookups = entries.flatMap((entry) =>
    entry.records!.flatMap((records) => records.keys.map((recordKey) => ({ recordKey, disclosureId: entry.id }))),
  );
  const byKeyThenId = (
    a: { recordKey: string; disclosureId: string },
    b: { recordKey: string; disclosureId: string },
  ) => a.recordKey.localeCompare(b.recordKey) || a.disclosureId.localeCompare(b.disclosureId);

  beforeAll(async () => {
    await dropMysqlDatabase(options.url!, options.defaultDatabase);
    await runMigrations({ ...options, migrations: options.migrations.slice(0, -1) });
    dataSource = createDataSource(options);
    await dataSource.initialize();
    await keys.ensure();
    const rows = entries.map((entry) => asStoredRow(dataSource, entry));
    const end = linkAfter(dataSource, { sequence: 0, hash: GENESIS_HASH }, rows);
    const columns = dataSource
      .getMetadata(Disclosure)
      .columns.filter((column) => column.propertyName !== "recordSetId");
    for (const row of rows) {
      await dataSource.query(
        `INSERT INTO \`disclosures\` (${columns.map((column) => `\`${column.databaseName}\``).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
        columns.map((column) =>
          dataSource.driver.preparePersistentValue(column.getEntityValue(row), column),
        ) as unknown[],
      );
    }
    await dataSource.query("UPDATE `disclosure_chain_head` SET `sequence` = ?, `hash` = ? WHERE `id` = 1", [
      end.sequence,
      end.hash,
    ]);
    for (const lookup of previousLookups) {
      await dataSource.query(
        "INSERT INTO `disclosed_records` (`typeName`, `recordKey`, `at`, `disclosureId`) VALUES ('Shipment', ?, '2026-06-01 12:00:00', ?)",
        [lookup.recordKey, lookup.disclosureId],
      );
    }
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await dropMysqlDatabase(options.url!, options.defaultDatabase);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("gives every chained entry the set of its records, stores each set once, drops the lookups, and the chain still verifies", async () => {
    expect(await runMigrations(options)).toEqual(["DisclosureRecordSets1797000000000"]);
    const named = (await dataSource.query("SELECT `id`, `recordSetId` FROM `disclosures` ORDER BY `id`")) as Array<{
      id: string;
      recordSetId: string;
    }>;
    expect(named).toEqual(entries.map((entry) => ({ id: entry.id, recordSetId: recordSetIdOf(entry.records) })));
    expect(named[0].recordSetId).toBe(named[1].recordSetId);
    const members = (await dataSource.query(
      "SELECT `recordKey`, `recordSetId` FROM `disclosure_record_set_members` ORDER BY `recordKey`",
    )) as Array<{ recordKey: string; recordSetId: string }>;
    expect(members).toEqual([
      { recordKey: "OLD-A", recordSetId: named[0].recordSetId },
      { recordKey: "OLD-B", recordSetId: named[0].recordSetId },
      { recordKey: "OLD-C", recordSetId: named[2].recordSetId },
    ]);
    expect(await dataSource.query("SHOW TABLES LIKE 'disclosed_records'")).toEqual([]);
    expect(await verifyDisclosureChain(dataSource, keys)).toMatchObject({ entries: 3, pending: 0 });
    const found = await recordDisclosures(dataSource, "Shipment", "OLD-A", { first: 10 });
    expect((await found.edges).map((edge) => edge.node.disclosure.id)).toEqual([entries[1].id, entries[0].id]);
  });

  it("reverts to one lookup row per record carried", async () => {
    await dataSource.undoLastMigration({ transaction: "each" });
    expect((await lookups()).sort(byKeyThenId)).toEqual([...previousLookups].sort(byKeyThenId));
    expect(await dataSource.query("SHOW TABLES LIKE 'disclosure_record_sets'")).toEqual([]);
    expect(await dataSource.query("SHOW COLUMNS FROM `disclosures` LIKE 'recordSetId'")).toEqual([]);
  });
});

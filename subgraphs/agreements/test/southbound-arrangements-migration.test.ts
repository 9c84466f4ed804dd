import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDataSource, dropMysqlDatabase, runMigrations } from "@frontera/database";
import { subgraphDatabaseOptions } from "@frontera/subgraph";
import { testDatabaseKind, testSchemaTag } from "@frontera/testing";
import { type DataSource } from "typeorm";
import { ArrangementCoverage, ArrangementStatus } from "../src/arrangement/arrangement.enums";
import { DataSharingArrangement } from "../src/arrangement/arrangement.entity";
import { agreementsMigrations } from "../src/migrations";
import { SouthboundSeededArrangements1796700000000 } from "../src/migrations/1796700000000-SouthboundSeededArrangements";
import { agreementsSubgraph } from "../src/subgraph";

// Needs MySQL (the migrations are MySQL's): an existing database seeded before southbound trade
// gets the seed's southbound reach for its two seeded arrangements, and nothing else changes.
const ANAM = "cbp-anam-customs-enforcement";
const SENASICA = "cbp-senasica-agriculture";
const APHIS = "cbp-aphis-agriculture";
const ANAM_BEFORE = ["reference:read", "cargo:manifest:read", "cargo:commercial:read", "enforcement:respond"];
const AGRI = ["reference:read", "cargo:manifest:read", "inspection:agri:read", "hold:agri:read", "hold:agri:write"];
const SEEDED_AT = new Date("2026-01-01T00:00:00Z");

function arrangement(id: string, recipientCode: string, scopes: string[]): Partial<DataSharingArrangement> {
  return {
    id,
    providerCode: "CBP",
    recipientCode,
    agreementId: "test-agreement",
    scopes,
    documentIds: null,
    storedDirections: null,
    coverage: ArrangementCoverage.ALL_PORTS,
    purpose: "test",
    confidentialityAssurance: true,
    validFrom: SEEDED_AT,
    validTo: null,
    recordedStatus: ArrangementStatus.ACTIVE,
    updatedAt: SEEDED_AT,
  };
}

(testDatabaseKind() === "mysql" ? describe : describe.skip)("migration SouthboundSeededArrangements", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "frontera-agreements-migration-"));
  const url = new URL(process.env.TEST_DATABASE_URL ?? "mysql://localhost");
  url.pathname = `/frontera_test_${testSchemaTag()}agreements_southbound_${process.env.JEST_WORKER_ID ?? "0"}`;
  // The migrations up to this one: those after it are tested on their own.
  const options = {
    ...subgraphDatabaseOptions(agreementsSubgraph, { databaseUrl: url.toString(), dataDir }),
    migrations: agreementsMigrations.slice(
      0,
      agreementsMigrations.indexOf(SouthboundSeededArrangements1796700000000) + 1,
    ),
  };
  let dataSource: DataSource;

  const stored = async (id: string) => {
    const row = await dataSource.getRepository(DataSharingArrangement).findOneByOrFail({ id });
    return { scopes: row.scopes, directions: row.storedDirections, touched: row.updatedAt > SEEDED_AT };
  };

  beforeAll(async () => {
    await dropMysqlDatabase(options.url!, options.defaultDatabase);
    // The schema as it was before this migration, holding rows as the seed stored them then.
    await runMigrations({ ...options, migrations: options.migrations.slice(0, -1) });
    dataSource = createDataSource(options);
    await dataSource.initialize();
    await dataSource.getRepository(DataSharingArrangement).insert([
      arrangement(ANAM, "ANAM", ANAM_BEFORE),
      arrangement(
        SENASICA,
        "SENASICA",
        AGRI.filter((scope) => scope !== "hold:agri:write"),
      ),
      arrangement(APHIS, "APHIS", AGRI),
    ]);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await dropMysqlDatabase(options.url!, options.defaultDatabase);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("gives a seeded arrangement still at the old defaults the seed's directions and scopes, and leaves the rest", async () => {
    expect(await runMigrations(options)).toEqual(["SouthboundSeededArrangements1796700000000"]);
    expect(await stored(ANAM)).toEqual({
      scopes: [
        "reference:read",
        "cargo:manifest:read",
        "cargo:commercial:read",
        "cargo:pedimento:read",
        "enforcement:respond",
      ],
      directions: ["NORTHBOUND", "SOUTHBOUND"],
      touched: true,
    });
    // An officer changed SENASICA's scopes since the seed: its row is no longer the seeded default.
    expect(await stored(SENASICA)).toEqual({
      scopes: AGRI.filter((scope) => scope !== "hold:agri:write"),
      directions: null,
      touched: false,
    });
    // Same scopes as SENASICA's default, another arrangement: never widened.
    expect(await stored(APHIS)).toEqual({ scopes: AGRI, directions: null, touched: false });
  });

  it("reverts only what it set, and widens SENASICA's seeded default to both directions", async () => {
    await dataSource.undoLastMigration({ transaction: "each" });
    expect(await stored(ANAM)).toMatchObject({ scopes: ANAM_BEFORE, directions: null });

    await dataSource.getRepository(DataSharingArrangement).update({ id: SENASICA }, { scopes: AGRI });
    expect(await runMigrations(options)).toEqual(["SouthboundSeededArrangements1796700000000"]);
    expect(await stored(SENASICA)).toEqual({ scopes: AGRI, directions: ["NORTHBOUND", "SOUTHBOUND"], touched: true });
    expect((await stored(ANAM)).directions).toEqual(["NORTHBOUND", "SOUTHBOUND"]);
    expect(await stored(APHIS)).toEqual({ scopes: AGRI, directions: null, touched: false });
  });
});

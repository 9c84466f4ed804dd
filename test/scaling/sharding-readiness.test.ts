import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { SHIPMENT_DOSSIER } from "../support/canonical-operations";
import { type TestGraph } from "@frontera/testing";
import { startWholeGraph } from "../support/whole-graph";

// What keeps the road to read replicas, Vitess or TiDB open (docs/scaling.md), checked on the
// migrations every MySQL schema is built from and on the statements a real request sends.

const root = join(__dirname, "..", "..");
const migrations = ["agreements", "cargo", "travellers"].flatMap((subgraph) => {
  const directory = join(root, "subgraphs", subgraph, "src", "migrations");
  return readdirSync(directory)
    .filter((file) => /^\d+-\w+\.ts$/.test(file))
    .map((file) => ({ subgraph, file, source: readFileSync(join(directory, file), "utf8") }));
});
const createTables = migrations.flatMap(({ subgraph, source }) =>
  [...source.matchAll(/CREATE TABLE `(\w+)` \((.*?)\) ENGINE=InnoDB/g)].map(([, table, body]) => ({
    subgraph,
    table,
    body,
  })),
);

describe("the schemas", () => {
  it("give every table a primary key and no foreign key, inside one subgraph's schema", () => {
    expect(createTables.length).toBeGreaterThan(30);
    for (const { table, body } of createTables) expect([table, /PRIMARY KEY \(/.test(body)]).toEqual([table, true]);
    for (const { source } of migrations) {
      expect(source).not.toMatch(/FOREIGN KEY|REFERENCES `/);
      expect(source).not.toMatch(/`frontera_\w+`\./); // never a table of another schema
    }
  });

  it("use AUTO_INCREMENT only on histories, each read in the order of one parent", () => {
    const autoIncrement = createTables.filter(({ body }) => /AUTO_INCREMENT/.test(body)).map(({ table }) => table);
    // a sharded store hands out such ids per shard: these are only ever ordered within one
    // arrangement / inspection / hold / assistance request (by its own sequence), never compared
    // across parents
    expect(autoIncrement.sort()).toEqual([
      "arrangement_events",
      "assistance_messages",
      "assistance_request_events",
      "inspection_events",
      "pest_findings",
      "shipment_hold_events",
    ]);
  });
});

describe("the statements of a canonical request", () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startWholeGraph({ seed: 6, shipments: 40 });
  });
  afterAll(async () => {
    await graph?.stop();
  });

  it("stay within one subgraph's schema and page by keyset, never by OFFSET", async () => {
    graph.resetStatementCounts();
    const answer = await graph.query(SHIPMENT_DOSSIER, { port: "2304", first: 20 });
    expect(answer.body.errors).toBeUndefined();
    const statements = Object.values(graph.subgraphs).flatMap((subgraph) => [...subgraph.statements.recorded]);
    expect(statements.length).toBeGreaterThan(3);
    for (const statement of statements) {
      expect(statement).not.toMatch(/\bOFFSET\b/i);
      expect(statement).not.toMatch(/[`"]?frontera_\w+[`"]?\./);
    }
  });
});

import { KeyStore } from "@frontera/auth";
import { type RunningService } from "@frontera/service";
import { type TestGraph, postGraphQL } from "@frontera/testing";
import {
  checkpointDisclosureChain,
  verifyDisclosureChain,
} from "../../subgraphs/agreements/src/disclosure/disclosure-chain-verification";
import { startGatewayReplica, startWholeGraph } from "../support/whole-graph";

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let graph: TestGraph;
let replicas: RunningService[] = [];
let dataSource: TestGraph["subgraphs"][string]["dataSource"];
let keys: KeyStore;
let senasica: string;

const SHIPMENTS = `query Manifests($port: ID!) { shipments(filter: { portCode: $port }, first: 3) { edges { node { shipmentControlNumber } } } }`;

beforeAll(async () => {
  graph = await startWholeGraph({ seed: 6, shipments: 60 });
  // Generous limits: a hundred answers for one token is the point here, not a flood.
  const options = { rateLimits: { perToken: 1000, perAgency: 1000 }, maxConcurrentPerToken: 40 };
  replicas = [await startGatewayReplica(graph, options), await startGatewayReplica(graph, options)];
  dataSource = graph.subgraphs.agreements.dataSource;
  keys = new KeyStore(graph.auth.auth.keysFile, graph.auth.auth.inlineKeys);
  senasica = await graph.auth.token({
    agency: "SENASICA",
    kind: "partner",
    scopes: ["reference:read", "cargo:manifest:read", "inspection:agri:read"],
  });
});

afterAll(async () => {
  for (const replica of replicas) await replica.stop();
  await graph?.stop();
});

async function partnerAnswer(replica: RunningService): Promise<void> {
  const { status, body } = await postGraphQL<Data>(
    replica.url,
    SHIPMENTS,
    { port: "2304" },
    { authorization: `Bearer ${senasica}` },
  );
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
}

async function chained(): Promise<Array<{ id: string; sequence: number }>> {
  const rows = (await dataSource.query(
    "SELECT `id`, `sequence` FROM `disclosures` WHERE `sequence` IS NOT NULL ORDER BY `sequence`",
  )) as Array<{ id: string; sequence: number }>;
  return rows.map((row) => ({ id: row.id, sequence: Number(row.sequence) }));
}

async function brokenAt(): Promise<string> {
  return verifyDisclosureChain(dataSource, keys).then(
    (report) => `intact (${report.entries})`,
    (error: Error) => error.message,
  );
}

describe("the disclosure log is a hash chain", () => {
  it("verifies after a few partner answers, one entry each", async () => {
    for (let i = 0; i < 4; i += 1) await partnerAnswer(replicas[i % 2]);
    const report = await verifyDisclosureChain(dataSource, keys);
    expect(report.entries).toBe(4);
    expect(report.headHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await chained()).toHaveLength(4);
  });

  it("a hundred partner answers, 20 at a time through two gateways, leave one entry per answer in a chain that verifies", async () => {
    const before = (await chained()).length;
    const replicaOf = (i: number) => replicas[i % 2];
    for (let round = 0; round < 5; round += 1) {
      await Promise.all(Array.from({ length: 20 }, (_, i) => partnerAnswer(replicaOf(i))));
    }
    const rows = await chained();
    expect(rows).toHaveLength(before + 100);
    expect(rows.map((row) => row.sequence)).toEqual(rows.map((_, index) => index + 1));
    expect((await verifyDisclosureChain(dataSource, keys)).entries).toBe(before + 100);
  });

  const COLUMNS: Array<[string, string]> = [
    ["at", "2020-01-02 03:04:05"],
    ["agency", "APHIS"],
    ["subject", "someone-else"],
    ["jti", "another-jti"],
    ["operationName", "Other"],
    ["operationHash", "f".repeat(64)],
    ["scopes", '["reference:read"]'],
    ["entityCounts", "[]"],
    ["grants", "[]"],
    ["arrangementIds", "[]"],
    ["previousHash", "a".repeat(64)],
    ["hash", "b".repeat(64)],
    ["sequence", "999999"],
  ];

  it.each(COLUMNS)("changing %s of one stored disclosure breaks the chain at that entry", async (column, value) => {
    const victim = (await chained())[5];
    const [original] = (await dataSource.query(`SELECT \`${column}\` AS value FROM \`disclosures\` WHERE \`id\` = ?`, [
      victim.id,
    ])) as Array<{ value: unknown }>;
    await dataSource.query(`UPDATE \`disclosures\` SET \`${column}\` = ? WHERE \`id\` = ?`, [value, victim.id]);
    try {
      expect(await brokenAt()).toContain(`entry ${victim.sequence}`);
    } finally {
      await dataSource.query(`UPDATE \`disclosures\` SET \`${column}\` = ? WHERE \`id\` = ?`, [
        original.value,
        victim.id,
      ]);
    }
    expect(await brokenAt()).toMatch(/^intact/);
  });

  it("changing a record key a disclosure carried breaks the chain at that entry", async () => {
    const [record] = (await dataSource.query(
      "SELECT r.`id`, r.`recordKey`, d.`sequence` FROM `disclosure_records` r JOIN `disclosures` d ON d.`id` = r.`disclosureId` WHERE d.`sequence` IS NOT NULL ORDER BY d.`sequence` LIMIT 1",
    )) as Array<{ id: string; recordKey: string; sequence: number }>;
    await dataSource.query("UPDATE `disclosure_records` SET `recordKey` = ? WHERE `id` = ?", ["SOMEONE", record.id]);
    try {
      expect(await brokenAt()).toContain(`entry ${Number(record.sequence)}`);
    } finally {
      await dataSource.query("UPDATE `disclosure_records` SET `recordKey` = ? WHERE `id` = ?", [
        record.recordKey,
        record.id,
      ]);
    }
    expect(await brokenAt()).toMatch(/^intact/);
  });

  it("deleting one disclosure is named as the missing entry", async () => {
    const victim = (await chained())[7];
    const [row] = (await dataSource.query("SELECT * FROM `disclosures` WHERE `id` = ?", [victim.id])) as Array<
      Record<string, unknown>
    >;
    await dataSource.query("DELETE FROM `disclosures` WHERE `id` = ?", [victim.id]);
    try {
      expect(await brokenAt()).toContain(`entry ${victim.sequence} is missing`);
    } finally {
      const columns = Object.keys(row);
      await dataSource.query(
        `INSERT INTO \`disclosures\` (${columns.map((column) => `\`${column}\``).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
        columns.map((column) => row[column]),
      );
    }
    expect(await brokenAt()).toMatch(/^intact/);
  });

  it("deleting the newest entries after a signed checkpoint is caught, even with the head rewritten", async () => {
    const checkpoint = await checkpointDisclosureChain(dataSource, keys);
    const rows = await chained();
    expect(checkpoint.count).toBe(rows.length);
    const kept = rows.slice(0, -3);
    const [last] = (await dataSource.query("SELECT `hash` FROM `disclosures` WHERE `id` = ?", [
      kept.at(-1)!.id,
    ])) as Array<{
      hash: string;
    }>;
    for (const row of rows.slice(-3)) await dataSource.query("DELETE FROM `disclosures` WHERE `id` = ?", [row.id]);
    // The one who truncates also moves the head back: only the signed checkpoint remembers.
    await dataSource.query("UPDATE `disclosure_chain_head` SET `sequence` = ?, `hash` = ? WHERE `id` = 1", [
      kept.length,
      last.hash,
    ]);
    expect(await brokenAt()).toContain(`entries ${kept.length + 1} to ${rows.length} are missing`);
  });
});

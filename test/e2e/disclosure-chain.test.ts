import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KeyStore } from "@frontera/auth";
import { type TestGraph, postGraphQL } from "@frontera/testing";
import { Disclosure } from "../../subgraphs/agreements/src/disclosure/disclosure.entity";
import { drainDisclosureChain } from "../../subgraphs/agreements/src/disclosure/disclosure-chain";
import { verifyDisclosureChain } from "../../subgraphs/agreements/src/disclosure/disclosure-chain-verification";
import { checkpointDisclosureChain } from "../../subgraphs/agreements/src/disclosure/disclosure-checkpoints";
import { pruneDisclosures } from "../../subgraphs/agreements/src/disclosure/disclosure-retention";
import { type ServiceProcess, buildServices, startServiceProcess } from "../support/graph-processes";
import { startWholeGraph } from "../support/whole-graph";

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Issue 16: the disclosure log is a hash chain, verified end to end, with signed checkpoints.
let graph: TestGraph;
let gateways: ServiceProcess[] = [];
let dataSource: TestGraph["subgraphs"][string]["dataSource"];
let keys: KeyStore;
let senasica: string;
let jti: string;

const SHIPMENTS = `query Manifests($port: ID!) { shipments(filter: { portCode: $port }, first: 3) {
  edges { node { shipmentControlNumber status } } } }`;

beforeAll(async () => {
  buildServices();
  graph = await startWholeGraph({ seed: 6, shipments: 60 });
  // Two gateway processes, as two replicas behind a load balancer, over the same subgraphs.
  const env = {
    FRONTERA_KEYS_FILE: graph.auth.auth.keysFile,
    FRONTERA_ISSUER: graph.auth.auth.issuer,
    FRONTERA_DATA_DIR: mkdtempSync(join(tmpdir(), "frontera-gateway-")),
    GATEWAY_PORT: "0",
    AGREEMENTS_URL: graph.subgraphs.agreements.url,
    CARGO_URL: graph.subgraphs.cargo.url,
    TRAVELLERS_URL: graph.subgraphs.travellers.url,
    RATE_LIMIT_PER_TOKEN: "100000",
    RATE_LIMIT_PER_AGENCY: "100000",
    MAX_CONCURRENT_PER_TOKEN: "100",
  };
  gateways = [await startServiceProcess("gateway", env), await startServiceProcess("gateway", env)];
  dataSource = graph.subgraphs.agreements.dataSource;
  keys = new KeyStore(graph.auth.auth.keysFile, graph.auth.auth.inlineKeys);
  senasica = await graph.auth.token({ agency: "SENASICA", kind: "partner" });
  jti = (JSON.parse(Buffer.from(senasica.split(".")[1], "base64url").toString()) as { jti: string }).jti;
}, 180_000);

afterAll(async () => {
  for (const gateway of gateways) await gateway.stop();
  await graph?.stop();
});

async function partnerAnswer(gateway: ServiceProcess): Promise<void> {
  const { status, body } = await postGraphQL<Data>(
    gateway.url,
    SHIPMENTS,
    { port: "2304" },
    { authorization: `Bearer ${senasica}` },
  );
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  expect(body.data!.shipments.edges).toHaveLength(3);
}

async function chained(): Promise<Array<{ id: string; sequence: number }>> {
  await drainDisclosureChain(dataSource);
  const rows = (await dataSource.query(
    "SELECT `id`, `sequence` FROM `disclosures` WHERE `sequence` IS NOT NULL ORDER BY `sequence`",
  )) as Array<{ id: string; sequence: number }>;
  return rows.map((row) => ({ id: row.id, sequence: Number(row.sequence) }));
}

async function pendingCount(): Promise<number> {
  const [{ pending }] = (await dataSource.query(
    "SELECT COUNT(*) AS pending FROM `disclosures` WHERE `sequence` IS NULL",
  )) as Array<{ pending: number }>;
  return Number(pending);
}

const RECORD_DISCLOSURES = `mutation($inputs: [DisclosureInput!]!) { recordDisclosures(inputs: $inputs) }`;

/** What the gateway sends for one answer, naming `keys` shipments under a made-up arrangement. */
function disclosureInput(arrangementId: string, keys: string[]) {
  return {
    agency: "SENASICA",
    subject: "append-test",
    jti: "append-test",
    operationName: null,
    operationHash: "c".repeat(64),
    scopes: ["cargo:manifest:read"],
    entityCounts: [{ typeName: "Shipment", count: keys.length }],
    grants: [{ scope: "cargo:manifest:read", arrangementIds: [arrangementId] }],
    records: [{ typeName: "Shipment", scopes: ["cargo:manifest:read"], keys }],
  };
}

/** recordDisclosures called as the gateway calls it, straight at agreements: the stored ids. */
async function recordDisclosures(inputs: unknown[]): Promise<string[]> {
  const service = await graph.auth.token({ kind: "service", agency: "CBP", scopes: ["disclosures:record"] });
  const { body } = await graph.subgraphQuery<Data>("agreements", RECORD_DISCLOSURES, { inputs }, service);
  expect(body.errors).toBeUndefined();
  return body.data!.recordDisclosures as string[];
}

/** A value read back as it was read, for writing it again (MySQL hands JSON columns back parsed). */
const asStored = (value: unknown) =>
  value !== null && typeof value === "object" && !(value instanceof Date) && !Buffer.isBuffer(value)
    ? JSON.stringify(value)
    : value;

/** `pnpm run --silent disclosures verify`, as an operator runs it, against this graph's agreements database. */
function verifyCommand(): { status: number | null; output: string } {
  const options = dataSource.options as {
    type: string;
    host?: string;
    port?: number;
    username?: string;
    password?: string;
    database: string;
  };
  const url =
    options.type === "better-sqlite3"
      ? `sqlite://${options.database}`
      : `mysql://${options.username}:${options.password}@${options.host}:${options.port}/${options.database}`;
  const result = spawnSync(
    process.execPath,
    [join(__dirname, "..", "..", "subgraphs", "agreements", "dist", "index.js"), "disclosures", "verify"],
    {
      env: {
        ...process.env,
        AGREEMENTS_DATABASE_URL: url,
        FRONTERA_KEYS_FILE: graph.auth.auth.keysFile,
        FRONTERA_ISSUER: graph.auth.auth.issuer,
        LOG_LEVEL: "silent",
      },
      encoding: "utf8",
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

async function verdict(): Promise<string> {
  return verifyDisclosureChain(dataSource, keys).then(
    (report) => `intact (${report.entries})`,
    (error: Error) => error.message,
  );
}

describe("the disclosure log is a hash chain", () => {
  it("300 partner answers, 20 at a time through two gateway processes: one entry each, with its record keys, in a chain that verifies", async () => {
    for (let round = 0; round < 15; round += 1) {
      await Promise.all(Array.from({ length: 20 }, (_, i) => partnerAnswer(gateways[i % 2])));
    }
    // Each answer's entry was chained by the write it waited for: nothing is left to the worker.
    expect(await pendingCount()).toBe(0);
    const rows = await chained();
    expect(rows.map((row) => row.sequence)).toEqual(rows.map((_, index) => index + 1));
    const mine = (await dataSource.query("SELECT `records` FROM `disclosures` WHERE `jti` = ?", [jti])) as Array<{
      records: unknown;
    }>;
    expect(mine).toHaveLength(300);
    for (const { records } of mine) {
      const byType = (typeof records === "string" ? JSON.parse(records) : records) as Array<{
        typeName: string;
        keys: string[];
      }>;
      expect(byType.find((entry) => entry.typeName === "Shipment")?.keys).toHaveLength(3);
    }
    // The same three shipments each time: one set of records, its members written once.
    const sets = (await dataSource.query("SELECT DISTINCT `recordSetId` FROM `disclosures` WHERE `jti` = ?", [
      jti,
    ])) as Array<{ recordSetId: string | null }>;
    expect(sets).toHaveLength(1);
    expect(sets[0].recordSetId).toMatch(/^[0-9a-f]{64}$/);
    const [{ members }] = (await dataSource.query(
      "SELECT COUNT(*) AS members FROM `disclosure_record_set_members` WHERE `recordSetId` = ? AND `typeName` = 'Shipment'",
      [sets[0].recordSetId],
    )) as Array<{ members: number }>;
    expect(Number(members)).toBe(3);
    expect(await verdict()).toBe(`intact (${rows.length})`);
  }, 180_000);

  it("a disclosure is chained when recordDisclosures returns: sequence, hashes, record sets, day counts and head, with no worker run", async () => {
    // No head row yet on a schema nothing was chained in: the chain starts at 0.
    const [{ sequence: headBefore } = { sequence: 0 }] = (await dataSource.query(
      "SELECT `sequence` FROM `disclosure_chain_head` WHERE `id` = 1",
    )) as Array<{ sequence: number }>;
    const ids = await recordDisclosures([
      disclosureInput("append-test-now", ["APPEND-A1", "APPEND-A2"]),
      disclosureInput("append-test-now", ["APPEND-B1"]),
    ]);
    // No drain: this test graph runs no periodic sweep and nothing wakes the worker.
    const stored = (await dataSource.query(
      "SELECT `id`, `sequence`, `previousHash`, `hash` FROM `disclosures` WHERE `id` IN (?, ?) ORDER BY `sequence`",
      ids,
    )) as Array<{ id: string; sequence: number; previousHash: string; hash: string }>;
    expect(stored.map((row) => [row.id, Number(row.sequence)])).toEqual([
      [ids[0], Number(headBefore) + 1],
      [ids[1], Number(headBefore) + 2],
    ]);
    expect(stored[1].previousHash).toBe(stored[0].hash);
    const [head] = (await dataSource.query("SELECT `sequence`, `hash` FROM `disclosure_chain_head`")) as Array<{
      sequence: number;
      hash: string;
    }>;
    expect({ sequence: Number(head.sequence), hash: head.hash }).toEqual({
      sequence: Number(headBefore) + 2,
      hash: stored[1].hash,
    });
    const lookups = (await dataSource.query(
      "SELECT m.`recordKey`, d.`id` FROM `disclosure_record_set_members` m JOIN `disclosures` d ON d.`recordSetId` = m.`recordSetId` WHERE d.`id` IN (?, ?) ORDER BY m.`recordKey`",
      ids,
    )) as Array<{ recordKey: string; id: string }>;
    expect(lookups).toEqual([
      { recordKey: "APPEND-A1", id: ids[0] },
      { recordKey: "APPEND-A2", id: ids[0] },
      { recordKey: "APPEND-B1", id: ids[1] },
    ]);
    const counts = (await dataSource.query(
      "SELECT `scope`, `answers`, `records` FROM `disclosure_day_counts` WHERE `arrangementId` = 'append-test-now'",
    )) as Array<{ scope: string; answers: number; records: number }>;
    expect(counts.map((row) => ({ ...row, answers: Number(row.answers), records: Number(row.records) }))).toEqual([
      { scope: "cargo:manifest:read", answers: 2, records: 3 },
    ]);
    expect(await pendingCount()).toBe(0);
    expect(await verdict()).toMatch(/^intact/);
  });

  it("an append that fails part-way leaves no row, record set, count or head move, and the caller gets the error", async () => {
    const [head] = (await dataSource.query("SELECT `sequence`, `hash` FROM `disclosure_chain_head`")) as Array<
      Record<string, unknown>
    >;
    // The day counts, written last in the transaction, cannot be written.
    await dataSource.query("ALTER TABLE `disclosure_day_counts` RENAME TO `disclosure_day_counts_away`");
    try {
      const service = await graph.auth.token({ kind: "service", agency: "CBP", scopes: ["disclosures:record"] });
      const { body } = await graph.subgraphQuery<Data>(
        "agreements",
        RECORD_DISCLOSURES,
        { inputs: [disclosureInput("append-test-failed", ["APPEND-FAILED"])] },
        service,
      );
      expect(body.errors).toHaveLength(1);
      expect(body.data?.recordDisclosures ?? null).toBeNull();
    } finally {
      await dataSource.query("ALTER TABLE `disclosure_day_counts_away` RENAME TO `disclosure_day_counts`");
    }
    const [{ rows }] = (await dataSource.query(
      "SELECT COUNT(*) AS `rows` FROM `disclosures` WHERE `records` LIKE '%APPEND-FAILED%'",
    )) as Array<{ rows: number }>;
    const [{ lookups }] = (await dataSource.query(
      "SELECT COUNT(*) AS lookups FROM `disclosure_record_set_members` WHERE `recordKey` = 'APPEND-FAILED'",
    )) as Array<{ lookups: number }>;
    expect({ rows: Number(rows), lookups: Number(lookups) }).toEqual({ rows: 0, lookups: 0 });
    expect(await dataSource.query("SELECT `sequence`, `hash` FROM `disclosure_chain_head`")).toEqual([head]);
    expect(await verdict()).toMatch(/^intact/);
  });

  // disclosure-append-batched.ts: on MySQL an append guesses where the chain ends from this
  // process's last append, and its commit's guard refuses a wrong guess.
  const onMysql = process.env.TEST_DATABASE_URL ? it : it.skip;

  onMysql(
    "an append after this process's own takes one round trip; a head or a set changed behind its back is caught by the guard and the append made in two",
    async () => {
      const sent: string[] = [];
      const listener = { afterQuery: (event: { query: string }) => void sent.push(event.query) };
      dataSource.subscribers.push(listener as never);
      const headReads = () => sent.filter((query) => /disclosure_chain_head.*FOR UPDATE/s.test(query)).length;
      const guards = () => sent.filter((query) => query.startsWith("SELECT (SELECT 1 FROM (SELECT 1 AS n")).length;
      let n = 0;
      const appendOne = async () => {
        sent.length = 0;
        n += 1;
        return (await recordDisclosures([disclosureInput("append-test-guess", [`GUESS-${n}`])]))[0];
      };
      /** Appends until one is a single round trip: after a wrong guess the next 16 do not guess. */
      const untilOneRoundTrip = async () => {
        for (let tries = 0; tries < 18; tries += 1) {
          await appendOne();
          if (headReads() === 0) return;
        }
        throw new Error("no append took one round trip");
      };
      try {
        await untilOneRoundTrip();
        expect(guards()).toBe(1);
        // Its set is named again the same day: stored, so not written again.
        sent.length = 0;
        await recordDisclosures([disclosureInput("append-test-guess", [`GUESS-${n}`])]);
        expect({
          headReads: headReads(),
          setWrites: sent.filter((query) => /INSERT INTO `disclosure_record_sets`/.test(query)).length,
        }).toEqual({ headReads: 0, setWrites: 0 });

        // A set removed behind its back (as a wipe would): the guess skips it, the guard finds it
        // gone, and the append runs again in two round trips, storing it anew.
        const [{ recordSetId }] = (await dataSource.query(
          "SELECT `recordSetId` FROM `disclosures` WHERE `records` LIKE ? ORDER BY `sequence` DESC LIMIT 1",
          [`%"GUESS-${n}"%`],
        )) as Array<{ recordSetId: string }>;
        await dataSource.query("DELETE FROM `disclosure_record_set_members` WHERE `recordSetId` = ?", [recordSetId]);
        await dataSource.query("DELETE FROM `disclosure_record_sets` WHERE `id` = ?", [recordSetId]);
        sent.length = 0;
        await recordDisclosures([disclosureInput("append-test-guess", [`GUESS-${n}`])]);
        expect({ guards: guards(), headReads: headReads() }).toEqual({ guards: 2, headReads: 1 });
        const [{ members }] = (await dataSource.query(
          "SELECT COUNT(*) AS members FROM `disclosure_record_set_members` WHERE `recordSetId` = ?",
          [recordSetId],
        )) as Array<{ members: number }>;
        expect(Number(members)).toBe(1);

        // The head moved behind its back (another writer: here the sweeper chaining a row an older
        // version stored): the guess's INSERT or guard fails, and the append follows the new head.
        await untilOneRoundTrip();
        const stray = Object.assign(new Disclosure(), {
          id: "00000000-0000-4000-8000-0000000000aa",
          at: new Date(),
          agencyCode: "SENASICA",
          subject: "older-version",
          jti: "older-version",
          operationName: null,
          operationHash: "d".repeat(64),
          documentId: null,
          scopes: ["cargo:manifest:read"],
          entityCounts: [{ typeName: "Shipment", count: 1 }],
          grants: [{ scope: "cargo:manifest:read", arrangementIds: ["append-test-guess"] }],
          arrangementIds: ["append-test-guess"],
          records: [{ typeName: "Shipment", scopes: ["cargo:manifest:read"], keys: ["GUESS-STRAY"] }],
          sequence: null,
          previousHash: null,
          hash: null,
          recordSetId: null,
        });
        await dataSource.getRepository(Disclosure).insert(stray);
        await drainDisclosureChain(dataSource);
        const after = await appendOne();
        expect(headReads()).toBe(1);
        const [straySequence, appendedSequence] = await Promise.all(
          [stray.id, after].map(async (id) =>
            Number(
              (
                (await dataSource.query("SELECT `sequence` FROM `disclosures` WHERE `id` = ?", [id])) as Array<{
                  sequence: number;
                }>
              )[0].sequence,
            ),
          ),
        );
        expect(appendedSequence).toBe(straySequence + 1);
        expect(await verdict()).toMatch(/^intact/);
      } finally {
        dataSource.subscribers.splice(dataSource.subscribers.indexOf(listener as never), 1);
      }
    },
  );

  it("rows an older agreements left unchained are chained by the sweeper after younger appended ones, and the chain verifies over both", async () => {
    // As an agreements of the previous version stored them: no sequence, no hash, no lookups.
    const older = [0, 1, 2].map((i) =>
      Object.assign(new Disclosure(), {
        id: `00000000-0000-4000-8000-00000000000${i}`,
        at: new Date(Date.UTC(2026, 0, 2, 3, 4, 5 + i)),
        agencyCode: "SENASICA",
        subject: "older-version",
        jti: "older-version",
        operationName: "ShipmentDossier",
        operationHash: "d".repeat(64),
        documentId: null,
        scopes: ["cargo:manifest:read"],
        entityCounts: [{ typeName: "Shipment", count: 1 }],
        grants: [{ scope: "cargo:manifest:read", arrangementIds: ["append-test-older"] }],
        arrangementIds: ["append-test-older"],
        records: [{ typeName: "Shipment", scopes: ["cargo:manifest:read"], keys: [`OLDER-${i}`] }],
        sequence: null,
        previousHash: null,
        hash: null,
        recordSetId: null,
      }),
    );
    await dataSource.getRepository(Disclosure).insert(older);
    const appended = await recordDisclosures([disclosureInput("append-test-mixed", ["MIXED-1"])]);
    expect(await pendingCount()).toBe(3);
    // The sweep (here its round, run by hand) chains them, oldest first, after the appended entry.
    await drainDisclosureChain(dataSource);
    const order = (await dataSource.query(
      "SELECT `id` FROM `disclosures` WHERE `jti` IN ('older-version', 'append-test') ORDER BY `sequence` DESC LIMIT 4",
    )) as Array<{ id: string }>;
    expect(order.map((row) => row.id).reverse()).toEqual([appended[0], ...older.map((row) => row.id)]);
    const [{ lookups }] = (await dataSource.query(
      "SELECT COUNT(*) AS lookups FROM `disclosure_record_set_members` m JOIN `disclosures` d ON d.`recordSetId` = m.`recordSetId` WHERE m.`recordKey` LIKE 'OLDER-%' AND d.`jti` = 'older-version'",
    )) as Array<{ lookups: number }>;
    expect(Number(lookups)).toBe(3);
    expect(await verdict()).toMatch(/^intact/);
    // A later append goes on from the sweeper's head.
    await recordDisclosures([disclosureInput("append-test-mixed", ["MIXED-2"])]);
    expect(await verdict()).toMatch(/^intact/);
    const command = verifyCommand();
    expect(command.output).toMatch(/^disclosure chain intact: \d+ entries checked/);
    expect(command.status).toBe(0);
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
    ["records", "[]"],
    ["previousHash", "a".repeat(64)],
    ["hash", "b".repeat(64)],
    ["sequence", "999999"],
    // Not hashed (derived from records), but checked against them.
    ["recordSetId", "e".repeat(64)],
  ];

  it.each(COLUMNS)("changing %s of one stored disclosure makes verify name that entry", async (column, value) => {
    const victim = (await chained())[5];
    const [original] = (await dataSource.query(`SELECT \`${column}\` AS value FROM \`disclosures\` WHERE \`id\` = ?`, [
      victim.id,
    ])) as Array<{ value: unknown }>;
    await dataSource.query(`UPDATE \`disclosures\` SET \`${column}\` = ? WHERE \`id\` = ?`, [value, victim.id]);
    try {
      expect(await verdict()).toMatch(new RegExp(`^entry ${victim.sequence}\\b`));
    } finally {
      await dataSource.query(`UPDATE \`disclosures\` SET \`${column}\` = ? WHERE \`id\` = ?`, [
        asStored(original.value),
        victim.id,
      ]);
    }
    expect(await verdict()).toMatch(/^intact/);
  });

  it("deleting one disclosure makes verify name it as the missing entry", async () => {
    const victim = (await chained())[7];
    const [row] = (await dataSource.query("SELECT * FROM `disclosures` WHERE `id` = ?", [victim.id])) as Array<
      Record<string, unknown>
    >;
    await dataSource.query("DELETE FROM `disclosures` WHERE `id` = ?", [victim.id]);
    try {
      expect(await verdict()).toContain(`entry ${victim.sequence} is missing`);
      const command = verifyCommand();
      expect(command.status).toBe(1);
      expect(command.output).toContain(`entry ${victim.sequence} is missing`);
    } finally {
      const columns = Object.keys(row);
      await dataSource.query(
        `INSERT INTO \`disclosures\` (${columns.map((column) => `\`${column}\``).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
        columns.map((column) => asStored(row[column])),
      );
    }
    expect(await verdict()).toMatch(/^intact/);
    const command = verifyCommand();
    expect(command.status).toBe(0);
    expect(command.output).toMatch(/^disclosure chain intact: \d+ entries checked/);
  });

  it("deleting the newest entries is caught against the last signed checkpoint, even with the head moved back", async () => {
    const checkpoint = await checkpointDisclosureChain(dataSource, keys);
    const rows = await chained();
    expect(checkpoint.count).toBe(rows.length);
    const kept = rows.slice(0, -3);
    const [last] = (await dataSource.query("SELECT `hash` FROM `disclosures` WHERE `id` = ?", [
      kept.at(-1)!.id,
    ])) as Array<{
      hash: string;
    }>;
    const removed = (await dataSource.query(
      `SELECT * FROM \`disclosures\` WHERE \`sequence\` > ? ORDER BY \`sequence\``,
      [kept.length],
    )) as Array<Record<string, unknown>>;
    const [head] = (await dataSource.query("SELECT `sequence`, `hash` FROM `disclosure_chain_head`")) as Array<
      Record<string, unknown>
    >;
    for (const row of rows.slice(-3)) await dataSource.query("DELETE FROM `disclosures` WHERE `id` = ?", [row.id]);
    // Whoever truncates also moves the head back: only the signed checkpoint remembers.
    await dataSource.query("UPDATE `disclosure_chain_head` SET `sequence` = ?, `hash` = ? WHERE `id` = 1", [
      kept.length,
      last.hash,
    ]);
    try {
      expect(await verdict()).toContain(`entries ${kept.length + 1} to ${rows.length} are missing`);
    } finally {
      for (const row of removed) {
        const columns = Object.keys(row);
        await dataSource.query(
          `INSERT INTO \`disclosures\` (${columns.map((column) => `\`${column}\``).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
          columns.map((column) => asStored(row[column])),
        );
      }
      await dataSource.query("UPDATE `disclosure_chain_head` SET `sequence` = ?, `hash` = ? WHERE `id` = 1", [
        head.sequence,
        head.hash,
      ]);
    }
    expect(await verdict()).toMatch(/^intact/);
  });

  it("pruning past retention leaves the rest verifiable from a signed retention checkpoint; deleting the oldest otherwise is caught", async () => {
    const before = await chained();
    // MySQL keeps whole seconds: the next answers are a second younger than every entry so far.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    for (let i = 0; i < 3; i += 1) await partnerAnswer(gateways[i % 2]);
    const after = await chained();
    expect(after).toHaveLength(before.length + 3);
    const [{ at }] = (await dataSource.query("SELECT `at` FROM `disclosures` WHERE `sequence` = ?", [
      after.at(-3)!.sequence,
    ])) as Array<{ at: string | Date }>;
    const youngest = new Date(at instanceof Date ? at : `${at.replace(" ", "T")}Z`);
    // As if five years had passed for everything older than the last three answers.
    const pruned = await pruneDisclosures(dataSource, keys, 1825, new Date(youngest.getTime() + 1825 * 86_400_000));
    expect(pruned).toBe(before.length);
    const report = await verifyDisclosureChain(dataSource, keys);
    expect(report).toMatchObject({ first: before.length + 1, entries: 3 });
    // Sets still used today are kept (record-set-retention.ts); as if every set were last used
    // before the cut, the next pruning removes those no remaining disclosure names, members too.
    await dataSource.query("UPDATE `disclosure_record_sets` SET `lastUsedOn` = '2020-01-01'");
    const [{ named }] = (await dataSource.query(
      "SELECT COUNT(DISTINCT `recordSetId`) AS named FROM `disclosures` WHERE `recordSetId` IS NOT NULL",
    )) as Array<{ named: number }>;
    await pruneDisclosures(dataSource, keys, 1825, new Date(youngest.getTime() + 1825 * 86_400_000));
    const [{ sets, orphans }] = (await dataSource.query(
      "SELECT (SELECT COUNT(*) FROM `disclosure_record_sets`) AS sets, (SELECT COUNT(*) FROM `disclosure_record_set_members` m WHERE NOT EXISTS (SELECT 1 FROM `disclosures` d WHERE d.`recordSetId` = m.`recordSetId`)) AS orphans",
    )) as Array<{ sets: number; orphans: number }>;
    expect({ sets: Number(sets), orphans: Number(orphans) }).toEqual({ sets: Number(named), orphans: 0 });
    expect(Number(named)).toBeGreaterThan(0);

    // Without the signed boundary, the missing oldest entries are named.
    await dataSource.query("DELETE FROM `disclosure_checkpoints` WHERE `kind` = 'retention'");
    expect(await verdict()).toContain(`entries 1 to ${before.length} are missing`);
  });
});

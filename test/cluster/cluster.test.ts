import { execFile, execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { promisify } from "node:util";
import { join } from "node:path";
import { KeyStore } from "@frontera/auth";
import { startSubgraph } from "@frontera/subgraph";
import { agreementsSubgraph } from "@frontera/subgraph-agreements";
import { cargoSubgraph } from "@frontera/subgraph-cargo";
import { type TestGraph, eventually, postGraphQL, postToSubgraph } from "@frontera/testing";
import { verifyDisclosureChain } from "../../subgraphs/agreements/src/disclosure/disclosure-chain-verification";
import { PORT_DASHBOARD, SHIPMENT_DOSSIER, TRAVELLER_PROFILE } from "../support/canonical-operations";
import { type Data, USER_ERRORS } from "../support/graphql-expectations";
import { startGatewayReplica, startWholeGraph } from "../support/whole-graph";

// The graph on a three-node MariaDB Galera cluster behind HAProxy (scripts/galera-cluster.sh;
// `npm run test:cluster` starts it, runs this file and stops it). TEST_DATABASE_URL is the proxy;
// CLUSTER_SINGLE_URL the one-server MariaDB the answers are compared with. docs/scaling.md.

const clusterScript = join(__dirname, "..", "..", "scripts", "galera-cluster.sh");
const cluster = (...args: string[]) => execFileSync("bash", [clusterScript, ...args], { encoding: "utf8" });
// the load goes on while a node rejoins: not a synchronous call that would stop this process
const clusterInBackground = (...args: string[]) => promisify(execFile)("bash", [clusterScript, ...args]);
const onNode = (node: number, sql: string) =>
  execFileSync("mysql", ["-h127.0.0.1", `-P${3310 + node}`, "-ufrontera", "-pfrontera", "-N", "-B", "-e", sql], {
    encoding: "utf8",
  });
const NODE1_LOG = join(process.env.CLUSTER_DIR ?? "/var/tmp/frontera-galera", "node1.err");
const clusterUrl = process.env.TEST_DATABASE_URL ?? "";
const singleUrl = process.env.CLUSTER_SINGLE_URL ?? "";
const runs = clusterUrl.includes(":3310") ? describe : describe.skip;

runs("the graph on a Galera cluster", () => {
  let graph: TestGraph;
  let single: TestGraph;

  // The load below is one token's: the per-token budget is raised so that limits do not measure.
  const unlimited = { rateLimits: { perToken: 1_000_000, perAgency: 1_000_000 }, maxConcurrentPerToken: 64 };

  beforeAll(async () => {
    graph = await startWholeGraph(undefined, unlimited);
    single = await withDatabase(singleUrl, () => startWholeGraph(undefined, unlimited));
  }, 300_000);

  afterAll(async () => {
    await graph?.stop();
    await single?.stop();
  });

  it("answers the three canonical operations exactly as on one server", async () => {
    {
      const ask = async (on: TestGraph) => {
        const dossier = await on.query<Data>(SHIPMENT_DOSSIER, { port: "2304", first: 20 });
        const driverId = dossier.body.data!.shipments.edges[0].node.trip.driver.id as string;
        const profile = await on.query<Data>(TRAVELLER_PROFILE, { id: driverId });
        const dashboard = await on.query<Data>(PORT_DASHBOARD, {
          code: "2304",
          from: "2026-01-01T00:00:00Z",
          to: "2026-12-31T00:00:00Z",
        });
        return JSON.stringify([dossier.body, profile.body, dashboard.body]);
      };
      const [onCluster, onOneServer] = [await ask(graph), await ask(single)];
      expect(onCluster).toContain('"shipmentControlNumber"');
      expect(onCluster).toBe(onOneServer);
    }
  }, 300_000);

  it("measures manifests and ShipmentDossier answers per second on one server and on the cluster", async () => {
    // For docs/scaling.md: the same load, 8 s each, against both; 0 errors is the assertion.
    const driverOf = async (on: TestGraph) =>
      (await on.query<Data>(`{ shipments(first: 1) { edges { node { trip { driver { id } } } } } }`)).body.data!
        .shipments.edges[0].node.trip.driver.id as string;
    const rates: string[] = [];
    for (const [name, on, prefix] of [
      ["one server", single, "TCLU7"],
      ["cluster", graph, "TCLU8"],
    ] as const) {
      const driverId = await driverOf(on);
      let next = 0;
      const manifests = await perSecond(6, async () => {
        const n = next++;
        const tripNumber = `${prefix}${String(n).padStart(9, "0")}`;
        const { body } = await on.query<Data>(SUBMIT, {
          input: manifest(tripNumber, `${prefix}${String(n).padStart(7, "0")}`, driverId),
          key: `rate-${tripNumber}`,
        });
        return !body.errors && body.data?.submitTripManifest.userErrors.length === 0;
      });
      const dossiers = await perSecond(6, async () => {
        const { body } = await on.query<Data>(SHIPMENT_DOSSIER, { port: "2304", first: 20 });
        return !body.errors && body.data?.shipments.edges.length === 20;
      });
      rates.push(`${name}: ${manifests.rate} manifests/s, ${dossiers.rate} ShipmentDossier/s`);
      expect(manifests.failed + dossiers.failed).toBe(0);
    }
    console.log(`throughput, 6 clients, 8 s each: ${rates.join("; ")}`);
  }, 300_000);

  it("stores every acknowledged write exactly once and discloses every partner answer while a node is SIGKILLed", async () => {
    const anam = await graph.auth.token({
      agency: "ANAM",
      kind: "partner",
      scopes: ["reference:read", "cargo:manifest:read", "cargo:commercial:read", "inspection:joint:read"],
    });
    const driverId = (await graph.query<Data>(`{ shipments(first: 1) { edges { node { trip { driver { id } } } } } }`))
      .body.data!.shipments.edges[0].node.trip.driver.id as string;
    const load = new Load(graph, driverId, anam);

    const running = load.run();
    await load.until(() => load.manifests.size >= 10);
    const logBeforeKill = statSync(NODE1_LOG).size;
    const killedAt = Date.now();
    cluster("kill", "1");
    await load.until(() => Date.now() - killedAt > 8_000);
    const restartedAt = Date.now();
    await clusterInBackground("restart", "1");
    const rejoinedAt = Date.now();
    await load.until(() => Date.now() - rejoinedAt > 5_000);
    await load.stop(running);

    const report = load.report();
    console.log(
      `cluster node kill: ${report.acknowledged.manifests} manifests, ${report.acknowledged.inspections} inspection results, ` +
        `${report.partnerAnswers} partner answers (${report.partnerRefusals} refused); ${report.failedAttempts} failed ` +
        `write attempts, retried with the same keys\n` +
        `pause after the kill: writes ${load.pause("write", killedAt, restartedAt)} ms, partner reads ${load.pause("read", killedAt, restartedAt)} ms; ` +
        `node 1 rejoined in ${rejoinedAt - restartedAt} ms; pause at failback: writes ${load.pause("write", rejoinedAt, Date.now())} ms, ` +
        `reads ${load.pause("read", rejoinedAt, Date.now())} ms\n` +
        `answered/failed per second from 2 s before the kill: ${load.timeline(killedAt - 2_000, Math.ceil((Date.now() - killedAt) / 1000) + 2)}`,
    );

    // every acknowledged manifest is stored once, with its shipment and one inspection per result
    const stored = await storedWrites(graph, [...load.manifests.keys()]);
    console.log(
      `stored: ${stored.trips} trips, ${stored.inspections} inspections with a result; duplicates ${stored.duplicates}`,
    );
    if (stored.missing.length) {
      console.log(stored.missing.join("\n"));
      for (const node of [1, 2, 3]) {
        const schema = onNode(
          node,
          "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'frontera\\_test\\_cluster\\_cargo%'",
        ).trim();
        console.log(
          node,
          schema,
          onNode(node, `SELECT tripNumber FROM ${schema}.trips WHERE tripNumber LIKE 'TCLU%' ORDER BY 1`).replace(
            /\n/g,
            " ",
          ),
        );
      }
    }
    expect(stored.trips).toBe(report.acknowledged.manifests);
    expect(stored.inspections).toBe(report.acknowledged.inspections);
    expect(stored.duplicates).toBe(0);

    // every partner answer that carried data has its disclosure record
    const disclosed = await graph.query<Data>(
      `{ disclosures(filter: { agencyCode: "ANAM" }, first: 0) { totalCount } }`,
    );
    console.log(
      `disclosures: ${disclosed.body.data!.disclosures.totalCount} for ${report.partnerAnswers} answers delivered`,
    );
    // An answer refused because the disclosure's acknowledgement was lost may still have been
    // recorded: the log may hold more than was delivered, never less.
    expect(disclosed.body.data!.disclosures.totalCount).toBeGreaterThanOrEqual(report.partnerAnswers);
    expect(disclosed.body.data!.disclosures.totalCount).toBeLessThanOrEqual(
      report.partnerAnswers + report.partnerRefusals,
    );

    // the killed node is back by incremental state transfer, and all three hold the same rows
    const rejoinLog = readFileSync(NODE1_LOG, "utf8").slice(logBeforeKill);
    expect(rejoinLog).toMatch(/IST completed on joiner/);
    expect(rejoinLog).not.toMatch(/SST completed on joiner/); // no full copy of the data
    const checksums = await eventually(
      () => {
        const [first, ...others] = [1, 2, 3].map((node) => checksumOfTestTables(node));
        for (const other of others) expect(other).toEqual(first);
        return first;
      },
      { within: 20_000, every: 500 },
    );
    console.log(`CHECKSUM TABLE agrees on 3 nodes over ${checksums.length} tables`);
    expect(checksums.length).toBeGreaterThan(10);
  }, 300_000);

  it("retries certification conflicts between two writing nodes on a hot row, writing each manifest once", async () => {
    // A second cargo replica writing through node 2 while the first writes through node 1 (the
    // proxy): every manifest adds to the same per-day count row, so the nodes' transactions
    // collide at commit, and the loser is run again.
    const { replica: cargoOnNode2, schema } = await replicaOnNode2(graph, cargoSubgraph, "cargo", {
      agreements: graph.subgraphs.agreements.url,
      travellers: graph.subgraphs.travellers.url,
    });
    const replica = await startGatewayReplica(graph, { ...unlimited, subgraphUrls: { cargo: cargoOnNode2.url } });
    try {
      const arrival = new Date(Date.UTC(2026, 11, 31, 12));
      const day = "2026-12-31";
      const countOfDay = () =>
        Number(
          onNode(
            2,
            `SELECT COALESCE(SUM(total), 0) FROM ${schema}.port_daily_counts WHERE series = 'shipments-by-arrival' AND portCode = '2304' AND day = '${day}'`,
          ).trim(),
        );
      const driverId = (
        await graph.query<Data>(`{ shipments(first: 1) { edges { node { trip { driver { id } } } } } }`)
      ).body.data!.shipments.edges[0].node.trip.driver.id as string;
      const before = { count: countOfDay(), conflicts: conflicts() };
      const token = `Bearer ${await graph.auth.token()}`;
      const submit = async (url: string, n: number, key = `hot-manifest-${n}`) => {
        const tripNumber = `TCLU9${String(n).padStart(9, "0")}`;
        const { body } = await postGraphQL<Data>(
          url,
          SUBMIT,
          { input: manifest(tripNumber, `TCLU9${String(n).padStart(7, "0")}`, driverId, arrival), key },
          { authorization: token },
        );
        return body;
      };
      const urls = [graph.gatewayUrl, replica.url];
      // six at a time, three through each gateway: under the eight requests a token may have in flight
      const answers: Data[] = [];
      for (let wave = 0; wave < 10; wave += 1) {
        const ns = [...Array(6)].map((_, i) => wave * 6 + i);
        answers.push(...(await Promise.all(ns.map((n) => submit(urls[n % 2], n)))));
      }
      // one key sent through both nodes at once: one trip
      const twice = await Promise.all(urls.map((url) => submit(url, 1000, "hot-same-key")));
      const after = { count: countOfDay(), conflicts: conflicts() };
      console.log(
        `two writing nodes: ${answers.length} manifests on one hot row, ${after.conflicts - before.conflicts} ` +
          `certification conflicts or brute-force aborts, count ${before.count} → ${after.count}`,
      );
      for (const body of [...answers, ...twice]) {
        expect(body.errors).toBeUndefined();
        expect(body.data!.submitTripManifest.userErrors).toEqual([]);
      }
      expect(twice[0].data!.submitTripManifest.trip).toEqual(twice[1].data!.submitTripManifest.trip);
      expect(after.count - before.count).toBe(61);
      const stored = Number(onNode(1, `SELECT COUNT(*) FROM ${schema}.trips WHERE tripNumber LIKE 'TCLU9%'`).trim());
      expect(stored).toBe(61);
    } finally {
      await replica.stop();
      await cargoOnNode2.stop();
    }
  }, 300_000);

  it("chains disclosures appended through two nodes at once: conflicts on the chain's head are run again, one entry each, and the chain verifies", async () => {
    // A second agreements replica appending through node 2 while the first appends through node 1:
    // both move the one head row, so their transactions collide at certification and the loser
    // is run again from the new head (docs/scaling.md).
    const { replica: agreementsOnNode2, schema } = await replicaOnNode2(graph, agreementsSubgraph, "agreements", {
      cargo: graph.subgraphs.cargo.url,
      travellers: graph.subgraphs.travellers.url,
    });
    try {
      const service = await graph.auth.token({ kind: "service", agency: "CBP", scopes: ["disclosures:record"] });
      const input = (n: number) => ({
        agency: "ANAM",
        subject: "cluster-test",
        jti: "cluster-append",
        operationName: "TravellerProfile",
        operationHash: "e".repeat(64),
        scopes: ["traveller:identity:read"],
        entityCounts: [{ typeName: "Traveller", count: 1 }],
        grants: [{ scope: "traveller:identity:read", arrangementIds: ["cbp-anam-ucp"] }],
        records: [
          {
            typeName: "Traveller",
            scopes: ["traveller:identity:read"],
            keys: [n < 0 ? "CLUSTER-SHARED" : `CLUSTER-${n}`],
          },
        ],
      });
      // Writes as large as a gateway's under load (about 20 answers): the longer a write's second
      // round trip, the likelier a brute-force abort lands inside it (docs/performance.md).
      const PER_APPEND = 20;
      const WAVES = Number(process.env.CLUSTER_CHAIN_WAVES ?? 30);
      const appended = WAVES * 6 * PER_APPEND;
      const append = (url: string, n: number) =>
        postToSubgraph<Data>(
          url,
          `mutation($inputs: [DisclosureInput!]!) { recordDisclosures(inputs: $inputs) }`,
          // The last names the same record every time: both nodes store its set at once.
          { inputs: [...[...Array(PER_APPEND - 1)].map((_, i) => input(n * PER_APPEND + i)), input(-1)] },
          { authorization: `Bearer ${service}` },
          graph.auth.subgraphSecret,
        );
      const urls = [graph.subgraphs.agreements.url, agreementsOnNode2.url];
      const before = conflicts();
      const answersCounted = () =>
        Number(
          onNode(
            1,
            `SELECT COALESCE(SUM(answers), 0) FROM ${schema}.disclosure_day_counts WHERE arrangementId = 'cbp-anam-ucp' AND scope = 'traveller:identity:read'`,
          ).trim(),
        );
      const countedBefore = answersCounted();
      for (let wave = 0; wave < WAVES; wave += 1) {
        const answers = await Promise.all([...Array(6)].map((_, i) => append(urls[i % 2], wave * 6 + i)));
        for (const { body } of answers) expect(body.errors).toBeUndefined();
      }
      console.log(
        `two appending nodes: ${appended} disclosures, ${conflicts() - before} certification conflicts or brute-force aborts`,
      );
      // Each disclosure counted once in its arrangement's day counts: a count committed by an
      // attempt whose rows were not is what a transaction split by a brute-force abort leaves.
      expect(answersCounted() - countedBefore).toBe(appended);
      const sequences = onNode(
        1,
        `SELECT sequence FROM ${schema}.disclosures WHERE sequence IS NOT NULL ORDER BY sequence`,
      )
        .trim()
        .split("\n")
        .map(Number);
      expect(sequences).toEqual(sequences.map((_, index) => index + 1));
      const mine = onNode(
        1,
        `SELECT COUNT(*) FROM ${schema}.disclosures WHERE jti = 'cluster-append' AND sequence IS NOT NULL`,
      );
      expect(Number(mine.trim())).toBe(appended);
      // Sets of one record each (one per disclosure but the shared one, and that one): every disclosure's set is
      // stored with its member, once.
      const members = onNode(
        1,
        `SELECT COUNT(*), COUNT(DISTINCT recordSetId) FROM ${schema}.disclosure_record_set_members WHERE recordKey LIKE 'CLUSTER-%'`,
      );
      expect(members.trim().split("\t").map(Number)).toEqual([
        WAVES * 6 * (PER_APPEND - 1) + 1,
        WAVES * 6 * (PER_APPEND - 1) + 1,
      ]);
      const unnamed = onNode(
        1,
        `SELECT COUNT(*) FROM ${schema}.disclosures d WHERE d.jti = 'cluster-append' AND NOT EXISTS (SELECT 1 FROM ${schema}.disclosure_record_set_members m WHERE m.recordSetId = d.recordSetId)`,
      );
      expect(Number(unnamed.trim())).toBe(0);
      const keys = new KeyStore(graph.auth.auth.keysFile, graph.auth.auth.inlineKeys);
      const report = await verifyDisclosureChain(graph.subgraphs.agreements.dataSource, keys).catch((error: Error) => {
        // A broken link is intermittent here: show the entries around it, and the head, as each
        // node holds them, so that a failing run says what was stored (who wrote which place).
        const at = Number(/entry (\d+)/.exec(error.message)?.[1] ?? 0);
        for (const node of [1, 2, 3]) {
          const rows = onNode(
            node,
            `SELECT sequence, id, SUBSTRING(records, 1, 90), DATE_FORMAT(at, '%H:%i:%s.%f'), LEFT(previousHash, 12), LEFT(hash, 12) FROM ${schema}.disclosures WHERE sequence BETWEEN ${at - 3} AND ${at + 3} ORDER BY sequence; SELECT 'head', sequence, LEFT(hash, 12) FROM ${schema}.disclosure_chain_head`,
          );
          console.log(`node ${node}, around entry ${at}:\n${rows}`);
        }
        throw error;
      });
      expect(report).toMatchObject({ entries: sequences.length, pending: 0 });
    } finally {
      await agreementsOnNode2.stop();
    }
  }, 300_000);
});

/** Runs `request` from `clients` clients at once for 8 s: answered per second, and failures. */
/** Transactions nodes 1 and 2 have rolled back on a conflict so far (certification failures, brute-force aborts). */
const conflicts = () =>
  [1, 2].reduce(
    (sum, node) =>
      sum +
      Number(onNode(node, "SHOW GLOBAL STATUS LIKE 'wsrep_local_cert_failures'").split("\t")[1] ?? 0) +
      Number(onNode(node, "SHOW GLOBAL STATUS LIKE 'wsrep_local_bf_aborts'").split("\t")[1] ?? 0),
    0,
  );

/**
 * A second replica of a subgraph writing through node 2 (port 3312) to the test's own schema,
 * while the graph's writes through node 1: two writers of the same rows on two nodes. With the
 * schema's name, to look at its rows through node 2.
 */
async function replicaOnNode2(
  graph: TestGraph,
  subgraph: Parameters<typeof startSubgraph>[0],
  name: string,
  peers: Record<string, string>,
) {
  const schema = onNode(
    2,
    `SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'frontera\\_test\\_cluster\\_${name}%'`,
  ).trim();
  const replica = await startSubgraph(subgraph, {
    port: 0,
    host: "127.0.0.1",
    databaseUrl: `mysql://frontera:frontera@127.0.0.1:3312/${schema}`,
    dataDir: "unused-on-mysql",
    seedOnEmpty: false,
    peers,
    auth: graph.auth.auth,
    backgroundTasks: false,
  });
  return { replica, schema };
}

async function perSecond(clients: number, request: () => Promise<boolean>) {
  const until = Date.now() + 8_000;
  let answered = 0;
  let failed = 0;
  await Promise.all(
    [...Array(clients)].map(async () => {
      while (Date.now() < until) {
        if (await request()) answered += 1;
        else failed += 1;
      }
    }),
  );
  return { rate: Math.round(answered / 8), failed };
}

/** Runs `start` with TEST_DATABASE_URL pointing at another server. */
async function withDatabase<T>(url: string, start: () => Promise<T>): Promise<T> {
  const before = process.env.TEST_DATABASE_URL;
  const tag = process.env.TEST_SCHEMA_TAG;
  process.env.TEST_DATABASE_URL = url;
  process.env.TEST_SCHEMA_TAG = `${tag ?? ""}single`;
  try {
    return await start();
  } finally {
    process.env.TEST_DATABASE_URL = before;
    process.env.TEST_SCHEMA_TAG = tag;
  }
}

function checksumOfTestTables(node: number): string[] {
  const tables = onNode(
    node,
    `SELECT CONCAT(TABLE_SCHEMA, '.', TABLE_NAME) FROM information_schema.TABLES
     WHERE TABLE_SCHEMA LIKE 'frontera\\_test\\_%' AND TABLE_SCHEMA NOT LIKE '%single%' ORDER BY 1`,
  )
    .split("\n")
    .filter(Boolean);
  return onNode(node, `CHECKSUM TABLE ${tables.join(", ")}`)
    .split("\n")
    .filter(Boolean);
}

const SUBMIT = `mutation ($input: TripManifestInput!, $key: String) {
  submitTripManifest(input: $input, idempotencyKey: $key) { trip { tripNumber } ${USER_ERRORS} } }`;
const OPEN = `mutation ($input: OpenInspectionInput!, $key: String) {
  openInspection(input: $input, idempotencyKey: $key) { inspection { id } ${USER_ERRORS} } }`;
const RESULT = `mutation ($input: InspectionResultInput!, $key: String) {
  recordInspectionResult(input: $input, idempotencyKey: $key) { inspection { result } ${USER_ERRORS} } }`;

/** Manifests, inspection results and partner reads through the gateway, each retried until acknowledged. */
class Load {
  readonly manifests = new Map<string, string>(); // trip number → shipment control number
  readonly inspections = new Set<string>();
  partnerAnswers = 0;
  partnerRefusals = 0;
  failedAttempts = 0;
  /** When each request ended, and whether it was answered (a write acknowledged, a read with data). */
  private readonly outcomes: Array<{ at: number; kind: "write" | "read"; ok: boolean }> = [];
  private stopping = false;

  constructor(
    private readonly graph: TestGraph,
    private readonly driverId: string,
    private readonly partnerToken: string,
  ) {}

  run() {
    return Promise.all([this.writeManifests(), this.writeManifests(), this.readAsPartner()]);
  }

  async until(done: () => boolean) {
    await eventually(() => expect(done()).toBe(true), { within: 120_000, every: 100 });
  }

  async stop(running: Promise<unknown>) {
    this.stopping = true;
    await running;
  }

  /**
   * The longest stretch without an answered request of each kind between `from` and `to`: how
   * long the graph paused while connections moved to another node.
   */
  pause(kind: "write" | "read", from: number, to: number): number {
    const answered = this.outcomes
      .filter((o) => o.kind === kind && o.ok && o.at >= from && o.at <= to)
      .map((o) => o.at);
    let longest = 0;
    let previous = from;
    for (const at of [...answered, to]) {
      longest = Math.max(longest, at - previous);
      previous = at;
    }
    return longest;
  }

  /** Answered / failed requests per second around `from`, for the note: "12/0 3/4 0/2 …". */
  timeline(from: number, seconds: number): string {
    return [...Array(seconds)]
      .map((_, second) => {
        const inSecond = this.outcomes.filter((o) => o.at >= from + second * 1000 && o.at < from + (second + 1) * 1000);
        return `${inSecond.filter((o) => o.ok).length}/${inSecond.filter((o) => !o.ok).length}`;
      })
      .join(" ");
  }

  report() {
    return {
      acknowledged: { manifests: this.manifests.size, inspections: this.inspections.size },
      partnerAnswers: this.partnerAnswers,
      partnerRefusals: this.partnerRefusals,
      failedAttempts: this.failedAttempts,
    };
  }

  /** Sends one mutation until it is acknowledged, always with the same idempotency key. */
  private async acknowledged(query: string, variables: Record<string, unknown>, field: string): Promise<Data> {
    for (;;) {
      try {
        const { body } = await this.graph.query<Data>(query, variables);
        const payload = body.data?.[field];
        if (payload && !body.errors && payload.userErrors.length === 0) {
          this.outcomes.push({ at: Date.now(), kind: "write", ok: true });
          return payload;
        }
        if (payload?.userErrors?.length) throw new Error(`${field} refused: ${JSON.stringify(payload.userErrors)}`);
      } catch (error) {
        if (error instanceof Error && error.message.includes("refused:")) throw error;
      }
      this.failedAttempts += 1;
      this.outcomes.push({ at: Date.now(), kind: "write", ok: false });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private static next = 0;

  private async writeManifests() {
    while (!this.stopping) {
      const n = Load.next++;
      const tripNumber = `TCLU${String(n).padStart(10, "0")}`;
      const controlNumber = `TCLU${String(n).padStart(8, "0")}`;
      await this.acknowledged(
        SUBMIT,
        { input: manifest(tripNumber, controlNumber, this.driverId), key: `m-${tripNumber}` },
        "submitTripManifest",
      );
      this.manifests.set(tripNumber, controlNumber);
      const opened = await this.acknowledged(
        OPEN,
        {
          input: {
            target: { shipmentControlNumber: controlNumber },
            kind: "UCP_JOINT",
            agencyCodes: ["CBP", "ANAM"],
            locationCountry: "US",
            startedAt: new Date(Date.now() - 60_000).toISOString(),
          },
          key: `o-${tripNumber}`,
        },
        "openInspection",
      );
      await this.acknowledged(
        RESULT,
        {
          input: {
            inspectionId: opened.inspection.id,
            result: "RELEASED",
            endedAt: new Date().toISOString(),
            pestFindings: [],
          },
          key: `r-${tripNumber}`,
        },
        "recordInspectionResult",
      );
      this.inspections.add(controlNumber);
    }
  }

  private async readAsPartner() {
    while (!this.stopping) {
      try {
        const { body } = await this.graph.query<Data>(SHIPMENT_DOSSIER, { port: "2304", first: 5 }, this.partnerToken);
        const ok = Boolean(body.data?.shipments);
        if (ok) this.partnerAnswers += 1;
        else this.partnerRefusals += 1;
        this.outcomes.push({ at: Date.now(), kind: "read", ok });
      } catch {
        this.partnerRefusals += 1;
        this.outcomes.push({ at: Date.now(), kind: "read", ok: false });
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

function manifest(
  tripNumber: string,
  controlNumber: string,
  driverId: string,
  arrival = new Date(Date.now() + 3_600_000),
) {
  return {
    tripNumber,
    carrier: { name: "Transportes Clúster S.A. de C.V.", country: "MX", scac: "TCLU" },
    portCode: "2304",
    estimatedArrival: arrival.toISOString(),
    lane: "STANDARD",
    conveyance: { vin: "1M8GDM9AXKP042788", licensePlate: "12AB345", usdotNumber: "1234567" },
    equipment: [{ number: "CSQU3054383", kind: "CONTAINER", seals: ["12345678"] }],
    driverId,
    shipments: [
      {
        shipmentControlNumber: controlNumber,
        type: "PAPS",
        shipper: { name: "Manufacturas del Norte S.A. de C.V.", country: "MX", mxRfc: "MNO010203AB1" },
        consignee: { name: "Border Parts LLC", country: "US" },
        programCodes: [],
        goodsItems: [
          {
            description: "Wiring harnesses for vehicles",
            hsCode: "854430",
            nationalCode: "8544300000",
            originCountry: "MX",
            grossMassKg: 9000,
            quantity: 400,
            packagingUnit: "CT",
            value: { minorUnits: 9_800_000, currency: "USD" },
          },
        ],
      },
    ],
  };
}

/** Counts, through the gateway, what the acknowledged manifests left behind. */
async function storedWrites(graph: TestGraph, tripNumbers: string[]) {
  let trips = 0;
  let inspections = 0;
  let duplicates = 0;
  const missing: string[] = [];
  for (const tripNumber of tripNumbers) {
    // a request may still meet a connection the failback closed: asked again, briefly
    const { body } = await eventually(
      async () => {
        const answer = await graph.query<Data>(
          `query ($n: ID!) { trip(tripNumber: $n) { tripNumber shipments { inspections { result } } } }`,
          { n: tripNumber },
        );
        expect(answer.body.errors?.filter((error) => error.extensions?.code === "SERVICE_UNAVAILABLE") ?? []).toEqual(
          [],
        );
        return answer;
      },
      { within: 5_000, every: 100 },
    );
    const trip = body.data?.trip;
    if (!trip) {
      missing.push(`${tripNumber}: ${JSON.stringify(body)}`);
      continue;
    }
    trips += 1;
    const found = trip.shipments[0].inspections as Array<{ result: string }>;
    inspections += found.filter((inspection) => inspection.result === "RELEASED").length ? 1 : 0;
    duplicates += Math.max(0, found.length - 1);
  }
  return { trips, inspections, duplicates, missing };
}

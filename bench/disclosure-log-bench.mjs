// `pnpm bench --disclosure-log [--disclosures N] [--records R] [--concurrency 4,10,20,40] [--cpu-prof DIR]`: the
// disclosure log alone — the gateway's DisclosureLog writing to the agreements subgraph over the
// bench data (seed it with `pnpm bench` first), with no query in front. A partner's answer costs
// what an officer's does plus this (docs/performance.md, "The disclosure log"), so this is where
// that difference is measured: CPU per disclosure of the sender (the gateway's side), agreements
// and MariaDB, and how many disclosures each write carried, at several numbers of answers waiting
// at once. Each disclosure names R records, shaped like a partner's TravellerProfile (one traveller,
// their crossings, trips and shipments). Prints the table and writes bench/results/disclosure-log.md.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Services, cpuMs, emptyDisclosureLog, root, seededBenchEnvironment, url } from "./bench-services.mjs";

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--disclosure-log"),
  options: {
    disclosures: { type: "string", default: "3000" },
    records: { type: "string", default: "71" },
    // answers drawn from this many distinct sets of records (a partner asking again what it asked
    // before); without it every answer discloses records never disclosed before
    sets: { type: "string" },
    concurrency: { type: "string", default: "4,10,20,40" },
    // a V8 profile of the agreements subgraph, written to this directory as it exits
    "cpu-prof": { type: "string" },
    database: { type: "string", default: process.env.BENCH_DATABASE_URL ?? "mysql://frontera:frontera@127.0.0.1:3306" },
  },
});
const disclosures = Number(values.disclosures);
const records = Number(values.records);
const concurrencies = values.concurrency.split(",").map(Number);

const { ports, env } = seededBenchEnvironment({
  database: values.database,
  basePort: 15500,
  purpose: "disclosure-log",
});
await emptyDisclosureLog(values.database.replace(/\/+$/, ""));
const services = new Services();
const agreements = await services.start(
  "agreements",
  process.execPath,
  [
    ...(values["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${values["cpu-prof"]}`, "--cpu-prof-interval=200"] : []),
    join(root, "subgraphs/agreements/dist/index.js"),
  ],
  {
    env: { ...env, SEED_ON_EMPTY: "false" },
  },
);
// The gateway's own classes, as the gateway builds them (gateway/src/server.ts).
const fromGateway = createRequire(join(root, "gateway", "package.json"));
const { KeyStore } = fromGateway("@frontera/auth");
const { serviceTokens } = fromGateway("@frontera/service");
const { DisclosureLog } = await import(join(root, "gateway", "dist", "disclosure", "disclosure-log.js"));
const keys = new KeyStore(env.FRONTERA_KEYS_FILE);
await keys.ensure();
const log = new DisclosureLog(
  url(ports.agreements),
  serviceTokens(keys, env.FRONTERA_ISSUER ?? "https://frontera.local", "frontera-gateway", ["disclosures:record"]),
  env.FRONTERA_SUBGRAPH_SECRET,
);
const mariadb = Number(execFileSync("pgrep", ["-o", "mariadbd|mysqld"], { encoding: "utf8" }).trim());

// A TravellerProfile's proportions: of every 70 records, 19 crossings, 19 trips, 32 shipments.
const share = (n) => Math.round(((records - 1) * n) / 70);
const tripNumber = () => `TRIP${randomUUID().replaceAll("-", "").slice(0, 10).toUpperCase()}`;
const freshDisclosure = () => ({
  scopes: ["cargo:manifest:read", "traveller:identity:read"],
  entityCounts: [
    { typeName: "Traveller", count: 1 },
    { typeName: "Crossing", count: share(19) },
    { typeName: "Trip", count: share(19) },
    { typeName: "Shipment", count: share(32) },
  ],
  grants: [
    { scope: "cargo:manifest:read", arrangementIds: ["cbp-anam-customs-enforcement", "cbp-anam-ucp"] },
    { scope: "traveller:identity:read", arrangementIds: ["cbp-anam-ucp"] },
  ],
  records: [
    { typeName: "Traveller", scopes: ["traveller:identity:read"], keys: [randomUUID()] },
    { typeName: "Crossing", scopes: ["traveller:identity:read"], keys: Array.from({ length: share(19) }, randomUUID) },
    { typeName: "Trip", scopes: ["cargo:manifest:read"], keys: Array.from({ length: share(19) }, tripNumber) },
    { typeName: "Shipment", scopes: ["cargo:manifest:read"], keys: Array.from({ length: share(32) }, tripNumber) },
  ],
});
// Repeated answers share their set of records (docs/performance.md, "Sets of records").
const pool = values.sets ? Array.from({ length: Number(values.sets) }, freshDisclosure) : null;
const disclosed = () => (pool ? pool[Math.floor(Math.random() * pool.length)] : freshDisclosure());
const access = { claims: { agency: "ANAM", subject: "disclosure-log-bench", jti: randomUUID() } };

/**
 * `total` disclosures, `concurrency` answers waiting at a time (each records, then the next). Each
 * answer is announced before it is recorded, a turn of the event loop earlier, as the gateway
 * announces an answer while it is made: a gathering write waits for announced answers only.
 */
async function record(total, concurrency) {
  let next = 0;
  const answer = async () => {
    while (next++ < total) {
      const arrived = log.expectAnswer();
      await new Promise((resolve) => setImmediate(resolve));
      await log.record(access, "TravellerProfile", "0".repeat(64), null, disclosed(), arrived);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, answer));
}

/** Agreements' counters: writes taken by POST /disclosures (the log's route) and SQL statements. */
async function counters() {
  const text = await (await fetch(url(ports.agreements).replace(/\/graphql$/, "/metrics"))).text();
  let writes = 0;
  let statements = 0;
  for (const line of text.split("\n")) {
    if (line.startsWith("frontera_disclosure_writes_total{")) writes += Number(line.split(" ").pop());
    if (line.startsWith("frontera_db_query_duration_seconds_count{")) statements += Number(line.split(" ").pop());
  }
  return { writes, statements };
}
// Appends chain as they store; anything the sweeping worker still does, it does within moments: it counts.
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_500));

const rows = [];
for (const concurrency of concurrencies) {
  await record(Math.min(300, disclosures), concurrency); // warm: JIT, connections, token
  await settle();
  const before = {
    counters: await counters(),
    sender: process.cpuUsage(),
    agreements: cpuMs(agreements.pid),
    mariadb: cpuMs(mariadb),
  };
  const started = performance.now();
  await record(disclosures, concurrency);
  const seconds = (performance.now() - started) / 1000;
  await settle();
  const sender = process.cpuUsage(before.sender);
  const after = await counters();
  const per = (n) => (n / disclosures).toFixed(3);
  rows.push(
    `| ${concurrency} | ${(disclosures / (after.writes - before.counters.writes)).toFixed(1)} | ${Math.round(disclosures / seconds)} | ${per((sender.user + sender.system) / 1000)} | ${per(cpuMs(agreements.pid) - before.agreements)} | ${per(cpuMs(mariadb) - before.mariadb)} | ${per(after.statements - before.counters.statements)} |`,
  );
  console.log(rows.at(-1));
}
await services.stopAll();

const report = [
  `Disclosure log alone — ${new Date().toISOString()} — ${disclosures} disclosures of ${records} records each per row${pool ? ` (drawn from ${pool.length} sets of records)` : " (records never disclosed before)"}, written by the gateway's DisclosureLog to the agreements subgraph on ${values.database.replace(/\/\/[^@]*@/, "//")}; answers waiting at once: ${values.concurrency}. CPU ms per disclosure, chaining included (in each write's transaction).`,
  "",
  "| answers waiting | disclosures per write | disclosures/s | sender CPU ms | agreements CPU ms | MariaDB CPU ms | SQL statements |",
  "|---|---|---|---|---|---|---|",
  ...rows,
  "",
].join("\n");
mkdirSync(join(root, "bench", "results"), { recursive: true });
writeFileSync(join(root, "bench", "results", "disclosure-log.md"), report);
console.log(`\n${report}`);
process.exit(0);

// `pnpm bench --soak [--minutes 30] [--connections 20] [--sample-seconds 60] [--warm-up-minutes 3] [--partner]`:
// ShipmentDossier over every port in turn for a long while, through our gateway over the bench
// data (seed it with `pnpm bench` first), rate limits raised. Every sample prints the answers,
// errors and p99 of that stretch and the gateway's resident memory, V8 heap in use and external
// memory (from its /metrics); at the end of warm-up and at the end, the heap a full collection
// leaves (from a heap snapshot). A leak keeps that growing; a cache reaching its bound does not.
// Writes bench/results/soak.md. With --partner, as ANAM, from an empty disclosure log: every
// answer that discloses is recorded before it leaves, so the log grows for the whole run; at the
// end it is counted and its chain verified, and the file is bench/results/soak-partner.md.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import {
  INTERNAL_SCOPES,
  Services,
  emptyDisclosureLog,
  issueToken,
  post,
  root,
  rssMb,
  seededBenchEnvironment,
  url,
} from "./bench-services.mjs";

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--soak"),
  options: {
    minutes: { type: "string", default: "30" },
    "warm-up-minutes": { type: "string", default: "3" },
    "sample-seconds": { type: "string", default: "60" },
    connections: { type: "string", default: "20" },
    database: { type: "string", default: process.env.BENCH_DATABASE_URL ?? "mysql://frontera:frontera@127.0.0.1:3306" },
    partner: { type: "boolean", default: false },
  },
});
const { ports, env, work } = seededBenchEnvironment({ database: values.database, basePort: 15300, purpose: "soak" });
const services = new Services();
if (values.partner) await emptyDisclosureLog(values.database.replace(/\/+$/, ""));
// SIGUSR2 makes the gateway write a heap snapshot (after a full collection) into its directory.
const snapshotDir = join(work, "heap");
mkdirSync(snapshotDir);
const gateway = await services.startGraph(env, {
  gateway: ["--heapsnapshot-signal=SIGUSR2", `--diagnostic-dir=${snapshotDir}`],
});
const officer = issueToken(env, "--agency", "CBP", "--kind", "internal", "--scope", INTERNAL_SCOPES);
const token = values.partner ? issueToken(env, "--agency", "ANAM", "--kind", "partner") : officer;
const client = await import(join(root, "packages", "operations", "dist", "index.js"));
const query = client.ShipmentDossierDocument.toString();
const portCodes = (await post(url(ports.gateway), officer, { query: "{ ports { code } }" })).data.ports.map(
  (p) => p.code,
);
// Each connection goes round the ports, one dossier (the first 50 shipments) each.
const requests = portCodes.map((port) => ({ body: JSON.stringify({ query, variables: { port, first: 50 } }) }));

/** The gateway's own view of its memory, from prom-client's default metrics. */
async function heapMb() {
  const text = await (await fetch(`http://127.0.0.1:${ports.gateway}/metrics`)).text();
  const metric = (name) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)`, "m").exec(text)?.[1] ?? NaN);
  return {
    heapUsed: Math.round(metric("nodejs_heap_size_used_bytes") / 1048576),
    external: Math.round(metric("nodejs_external_memory_bytes") / 1048576),
  };
}

const stretch = (seconds) =>
  new Promise((resolve, reject) =>
    autocannon(
      {
        url: url(ports.gateway),
        method: "POST",
        connections: Number(values.connections),
        duration: seconds,
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        requests,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );

/**
 * What the gateway's heap holds after a full collection, in MB: the sum of every object's own
 * size in a heap snapshot the gateway writes on SIGUSR2. Unlike heap-in-use, not a sawtooth.
 */
async function retainedHeapMb() {
  const before = new Set(readdirSync(snapshotDir));
  gateway.kill("SIGUSR2");
  let file;
  for (let waited = 0; !file && waited < 120; waited += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    file = readdirSync(snapshotDir).find((name) => !before.has(name) && name.endsWith(".heapsnapshot"));
  }
  if (!file) throw new Error("the gateway wrote no heap snapshot within 120 s");
  let snapshot;
  for (let attempt = 0; !snapshot; attempt += 1) {
    try {
      snapshot = JSON.parse(readFileSync(join(snapshotDir, file), "utf8")); // complete once it parses
    } catch (error) {
      if (attempt > 120) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  rmSync(join(snapshotDir, file));
  const fields = snapshot.snapshot.meta.node_fields;
  const selfSize = fields.indexOf("self_size");
  let bytes = 0;
  for (let i = selfSize; i < snapshot.nodes.length; i += fields.length) bytes += snapshot.nodes[i];
  return Math.round((bytes / 1048576) * 10) / 10;
}

const sampleSeconds = Number(values["sample-seconds"]);
const totalSamples = Math.ceil((Number(values.minutes) * 60) / sampleSeconds);
const warmUpSamples = Math.ceil((Number(values["warm-up-minutes"]) * 60) / sampleSeconds);
const samples = [];
const started = Date.now();
console.log(
  `soak: ${values.minutes} min of ShipmentDossier over ${portCodes.length} ports, ${values.connections} connections`,
);
for (let index = 0; index < totalSamples; index += 1) {
  const result = await stretch(sampleSeconds);
  const sample = {
    minute: Math.round((Date.now() - started) / 6000) / 10,
    answers: result.requests.total,
    errors: result.errors + result.non2xx + result.timeouts,
    p99: result.latency.p99,
    rss: rssMb(gateway.pid),
    ...(await heapMb()),
  };
  if (index + 1 === warmUpSamples || index + 1 === totalSamples) sample.retained = await retainedHeapMb();
  samples.push(sample);
  console.log(
    `soak: ${sample.minute} min: ${sample.answers} answers, ${sample.errors} errors, p99 ${sample.p99} ms, RSS ${sample.rss} MB, heap ${sample.heapUsed} MB, external ${sample.external} MB${sample.retained === undefined ? "" : `, retained after a full collection ${sample.retained} MB`}`,
  );
}
const log = values.partner ? await disclosureLogAfter() : null;
await services.stopAll();

/**
 * The disclosure log after a partner soak: agreements' writes by outcome (from its /metrics), the
 * disclosures stored, and its chain verified by agreements' own command.
 */
async function disclosureLogAfter() {
  const text = await (await fetch(`http://127.0.0.1:${ports.agreements}/metrics`)).text();
  const outcomes = {};
  for (const [, outcome, value] of text.matchAll(
    /^frontera_disclosure_writes_total\{[^}]*outcome="([^"]+)"[^}]*\} (\S+)/gm,
  )) {
    outcomes[outcome] = (outcomes[outcome] ?? 0) + Number(value);
  }
  const mysql = createRequire(join(root, "packages", "database", "package.json"))("mysql2/promise");
  const connection = await mysql.createConnection(env.AGREEMENTS_DATABASE_URL);
  const [[{ n }]] = await connection.query("SELECT COUNT(*) AS n FROM `disclosures`");
  await connection.end();
  const verified = execFileSync(
    process.execPath,
    [join(root, "subgraphs/agreements/dist/index.js"), "disclosures", "verify"],
    {
      env,
      encoding: "utf8",
    },
  ).trim();
  return { outcomes, disclosures: Number(n), verified };
}

// Heap in use saws up and down with the collector, and RSS follows the heap's size, which V8 grows
// with the allocation rate: what the gateway keeps is the heap after a full collection, measured
// at the end of warm-up and at the end. Flat: it grew by no more than 5% (or 5 MB).
const answers = samples.reduce((sum, s) => sum + s.answers, 0);
const errors = samples.reduce((sum, s) => sum + s.errors, 0);
const [warm, end] = samples.filter((sample) => sample.retained !== undefined).map((sample) => sample.retained);
// Writing a snapshot raises RSS once (V8 keeps the pages it used): RSS is compared from the first
// sample after the warm-up snapshot to the last one, taken before the final snapshot.
const rss = { warm: samples[Math.min(warmUpSamples, samples.length - 1)].rss, end: samples.at(-1).rss };
const growth = `heap kept after a full collection ${warm} → ${end} MB (end of warm-up → end), RSS ${rss.warm} → ${rss.end} MB (after the first snapshot → end)`;
const verdict = end - warm <= Math.max(5, 0.05 * warm) ? `flat: ${growth}` : `growing: ${growth}`;
const table = [
  `Soak — ${new Date().toISOString()} — ShipmentDossier${values.partner ? " as ANAM (partner)" : ""} over ${portCodes.length} ports, ${values.connections} connections, ${values.minutes} min (warm-up ${values["warm-up-minutes"]} min), 100000 shipments on MariaDB, rate limits raised.`,
  "",
  `${answers} answers, ${errors} errors, worst p99 of a stretch ${Math.max(...samples.map((s) => s.p99))} ms; ${verdict}.`,
  "",
  ...(log
    ? [
        `Disclosure log at the end: ${log.disclosures} disclosures stored; writes to POST /disclosures by outcome ${JSON.stringify(log.outcomes)}; chain: ${log.verified.replaceAll("\n", " ")}`,
        "",
      ]
    : []),
  "| minute | answers | errors | p99 ms | RSS MB | heap in use MB | external MB | heap kept after a full collection MB |",
  "|---|---|---|---|---|---|---|---|",
  ...samples.map(
    (s) =>
      `| ${s.minute} | ${s.answers} | ${s.errors} | ${s.p99} | ${s.rss} | ${s.heapUsed} | ${s.external} | ${s.retained ?? ""} |`,
  ),
].join("\n");
console.log(`\n${table}\n`);
mkdirSync(join(root, "bench", "results"), { recursive: true });
writeFileSync(join(root, "bench", "results", values.partner ? "soak-partner.md" : "soak.md"), `${table}\n`);
process.exit(errors === 0 ? 0 : 1);

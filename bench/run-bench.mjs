// `pnpm bench [--shipments N] [--seconds S] [--rounds R] [--partner] [--embedded] [--database URL]`:
// ShipmentDossier, TravellerProfile and PortDashboard against our gateway and Hive Gateway, with
// its default runtime and with Hive Router's Rust query planner (default settings otherwise, the
// same supergraph and subgraphs, the same token forwarded and upstream proof; their answers must
// equal ours before anything is timed), alternating A/B, with autocannon. Prints one table and writes bench/results/latest.{md,json}. --partner adds
// a partner token (--partner-agency, ANAM by default: rows at its UCP ports, driver names there,
// no memberships) run against our gateway: the cost of row and field filtering and the
// disclosure log. Data: MySQL/MariaDB (schemas frontera_bench_*, seeded only when their size or
// seed differs from what is asked), or --embedded SQLite.
// `pnpm bench --scale …` is another benchmark: see scale-bench.mjs; `--disclosure-log` measures
// the disclosure log alone (disclosure-log-bench.mjs).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import {
  INTERNAL_SCOPES,
  Services,
  benchEnvironment,
  cpuMs,
  emptyDisclosureLog,
  issueToken,
  loadWithAutocannon,
  post,
  root,
  rssMb,
  url,
} from "./bench-services.mjs";

if (process.argv.includes("--soak")) {
  // `pnpm bench --soak`: a long ShipmentDossier run watching the gateway's memory
  await import("./soak.mjs");
  process.exit(0);
}

if (process.argv.includes("--profile")) {
  // `pnpm bench --profile`: where our gateway's (or a subgraph's) CPU goes on one operation
  await import("./profile-service.mjs");
  process.exit(0);
}

if (process.argv.includes("--disclosure-log")) {
  // `pnpm bench --disclosure-log`: what recording a partner's answer costs, with no query in front
  await import("./disclosure-log-bench.mjs");
  process.exit(0);
}

if (process.argv.includes("--count")) {
  // `pnpm bench --count`: subgraph requests and SQL statements per answer, officer and partner
  await import("./count-requests.mjs");
  process.exit(0);
}

if (process.argv.includes("--scale")) {
  // `pnpm bench --scale`: the canonical operations at 10,000 and at 1,000,000 shipments
  const { runScaleBench } = await import("./scale-bench.mjs");
  await runScaleBench(process.argv.slice(2).filter((arg) => arg !== "--scale"));
  process.exit(0);
}

const { values } = parseArgs({
  options: {
    shipments: { type: "string" },
    embedded: { type: "boolean", default: false },
    database: { type: "string", default: process.env.BENCH_DATABASE_URL ?? "mysql://frontera:frontera@127.0.0.1:3306" },
    seconds: { type: "string", default: "10" },
    rounds: { type: "string", default: "2" },
    connections: { type: "string", default: "20" },
    partner: { type: "boolean", default: false },
    "partner-agency": { type: "string", default: "ANAM" },
  },
});
const seconds = Number(values.seconds);
values.shipments ??= values.embedded ? "3000" : "100000";
const server = values.embedded ? null : values.database.replace(/\/+$/, "");
const work = mkdtempSync(join(tmpdir(), "frontera-bench-"));
const { ports: graphPorts, env: baseEnv } = benchEnvironment({
  basePort: 15000,
  keysFile: join(work, "keys.json"),
  dataDir: join(root, ".data-bench"),
  databaseUrls: server
    ? Object.fromEntries(
        ["agreements", "cargo", "travellers"].map((name) => [name, `${server}/frontera_bench_${name}`]),
      )
    : {},
});
const ports = { ...graphPorts, hive: 15100, hiveRust: 15101 };
const services = new Services();
const stopAll = () => services.stopAll();
const cpuOf = (pids) => pids.reduce((sum, pid) => sum + cpuMs(pid), 0);

// The bench's data keeps one as-of moment, so its figures stay comparable from run to run.
const BENCH_AS_OF = "2026-11-25T00:00:00Z";

/** The bench's own schemas (or SQLite files) remember what they hold; the same size is not seeded twice. */
function seedIfNeeded() {
  const marker = join(root, ".data-bench", `seeded-${server ? "mysql" : "embedded"}.json`);
  const wanted = JSON.stringify({
    database: server?.replace(/\/\/[^@]*@/, "//") ?? "embedded",
    shipments: values.shipments,
    asOf: BENCH_AS_OF,
  });
  const migrate = () =>
    execFileSync(process.execPath, ["scripts/migrate.mjs"], { cwd: root, env: baseEnv, stdio: "inherit" });
  if (existsSync(marker) && readFileSync(marker, "utf8") === wanted) {
    console.log(`bench data: ${values.shipments} shipments already seeded (${marker})`);
    if (server) migrate();
    return;
  }
  rmSync(marker, { force: true });
  execFileSync(process.execPath, ["scripts/seed.mjs", "--shipments", values.shipments, "--as-of", BENCH_AS_OF], {
    cwd: root,
    env: baseEnv,
    stdio: "inherit",
  });
  mkdirSync(dirname(marker), { recursive: true });
  writeFileSync(marker, wanted);
}

// 1. data at the chosen size (seeded only if what is there differs), an empty disclosure log,
//    then the subgraphs and our gateway
seedIfNeeded();
await emptyDisclosureLog(server);
const ours = await services.startGraph(baseEnv);
const subgraphPids = services.subgraphPids;

// 2. Hive Gateway on the same supergraph (pointed at the bench ports), forwarding the token and
//    signing its subgraph requests with the subgraphs' secret
const supergraph = readFileSync(join(root, "gateway", "supergraph.graphql"), "utf8")
  .replace("http://localhost:4001/graphql", url(ports.agreements))
  .replace("http://localhost:4002/graphql", url(ports.cargo))
  .replace("http://localhost:4003/graphql", url(ports.travellers));
writeFileSync(join(work, "supergraph.graphql"), supergraph);
// twice: with its default runtime, and with Hive Router's Rust query planner
const startHive = (name, port, runtime) =>
  services.start(
    name,
    join(root, "node_modules", ".bin", "hive-gateway"),
    ["supergraph", join(work, "supergraph.graphql"), "--port", String(port)],
    // its gateway.config.ts forwards the token, signs subgraph requests and picks the runtime
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        FRONTERA_SUBGRAPH_SECRET: baseEnv.FRONTERA_SUBGRAPH_SECRET,
        BENCH_HIVE_RUNTIME: runtime,
      },
      readyText: "Listening on",
      cwd: join(root, "bench", "hive"),
    },
  );
const hive = await startHive("hive", ports.hive, "default");
const hiveRust = await startHive("hive-rust", ports.hiveRust, "rust");

// 3. tokens and the operations' variables
const internal = issueToken(baseEnv, "--agency", "CBP", "--kind", "internal", "--scope", INTERNAL_SCOPES);
const partner = values.partner ? issueToken(baseEnv, "--agency", values["partner-agency"], "--kind", "partner") : null;
// The registered operations, from the typed client (packages/operations): the text the manifest holds.
const client = await import(join(root, "packages", "operations", "dist", "index.js"));
const ask = async (query, variables) => (await post(url(ports.gateway), internal, { query, variables })).data;
const driver = (await ask(`{ trips(filter: { crossed: true }, first: 1) { edges { node { driver { id } } } } }`)).trips
  .edges[0].node.driver.id;
const operations = {
  ShipmentDossier: { query: client.ShipmentDossierDocument.toString(), variables: { port: "2304", first: 50 } },
  TravellerProfile: { query: client.TravellerProfileDocument.toString(), variables: { id: driver } },
  PortDashboard: {
    query: client.PortDashboardDocument.toString(),
    variables: { code: "2304", from: "2026-09-01T00:00:00Z", to: "2026-12-01T00:00:00Z" },
  },
};

const RUST = "hive (Rust planner)";
const load = (target, operation, bearer) =>
  loadWithAutocannon(target, operation, bearer, { connections: Number(values.connections), seconds });

const targets = [
  { name: "frontera", url: url(ports.gateway), pid: ours.pid, token: internal },
  { name: "hive", url: url(ports.hive), pid: hive.pid, token: internal },
  { name: RUST, url: url(ports.hiveRust), pid: hiveRust.pid, token: internal },
  ...(partner
    ? [
        {
          name: `frontera (partner ${values["partner-agency"]})`,
          url: url(ports.gateway),
          pid: ours.pid,
          token: partner,
        },
      ]
    : []),
];

// 4. every gateway must answer every operation correctly before it is timed: a fast error is no
//    result, and the peers must answer what ours answers, byte for byte
const partnerSees = {};
const oursAnswers = {};
for (const target of targets) {
  for (const [name, operation] of Object.entries(operations)) {
    const body = await post(target.url, target.token, operation);
    const expectedErrors = target.token === partner; // a partner's FORBIDDEN fields are expected
    const answer = JSON.stringify(body.data);
    if (target.name === "frontera") oursAnswers[name] = answer;
    const differs = !expectedErrors && target.name !== "frontera" && answer !== oursAnswers[name];
    if (!body.data || (!expectedErrors && body.errors) || differs) {
      const shown = differs ? `data differs from ours: ${answer.slice(0, 400)}` : JSON.stringify(body.errors ?? body);
      console.error(`${target.name} answers ${name} wrongly: ${shown.slice(0, 400)}`);
      await stopAll();
      process.exit(1);
    }
    if (expectedErrors) {
      const forbidden = (body.errors ?? []).filter((error) => error.extensions?.code === "FORBIDDEN").length;
      partnerSees[name] = `${JSON.stringify(body.data).length} bytes of data, ${forbidden} FORBIDDEN fields`;
    }
  }
}

// 5. warm up, then A/B alternated
for (const target of targets)
  for (const operation of Object.values(operations))
    await load(target.url, operation, target.token).catch(() => undefined);
const rows = [];
for (const [name, operation] of Object.entries(operations)) {
  for (let round = 0; round < Number(values.rounds); round += 1) {
    for (const target of round % 2 ? [...targets].reverse() : targets) {
      const cpuBefore = { gateway: cpuMs(target.pid), subgraphs: cpuOf(subgraphPids) };
      const result = await load(target.url, operation, target.token);
      const perRequest = (ms) => Math.round((ms / Math.max(1, result.requests.total)) * 100) / 100;
      rows.push({
        gatewayCpuMs: perRequest(cpuMs(target.pid) - cpuBefore.gateway),
        subgraphsCpuMs: perRequest(cpuOf(subgraphPids) - cpuBefore.subgraphs),
        operation: name,
        gateway: target.name,
        round,
        rps: Math.round(result.requests.average),
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.non2xx,
        rssMb: rssMb(target.pid),
      });
    }
  }
}

// 6. one line per operation and gateway (mean over rounds), and ours/Hive
const meanOf = (runs, key) => Math.round((runs.reduce((sum, row) => sum + row[key], 0) / runs.length) * 100) / 100;
const summary = [];
for (const name of Object.keys(operations)) {
  for (const target of targets) {
    const runs = rows.filter((row) => row.operation === name && row.gateway === target.name);
    const mean = (key) => Math.round(runs.reduce((sum, row) => sum + row[key], 0) / runs.length);
    summary.push({
      operation: name,
      gateway: target.name,
      rps: mean("rps"),
      p50: mean("p50"),
      p99: mean("p99"),
      errors: runs.reduce((s, r) => s + r.errors, 0),
      rssMb: Math.max(...runs.map((r) => r.rssMb)),
      gatewayCpuMs: meanOf(runs, "gatewayCpuMs"),
      subgraphsCpuMs: meanOf(runs, "subgraphsCpuMs"),
    });
  }
}
const rpsOf = (name, gateway) => summary.find((row) => row.operation === name && row.gateway === gateway)?.rps;
const ratioCells = (row) => {
  const internal = rpsOf(row.operation, "frontera");
  if (row.gateway === "frontera") {
    return [rpsOf(row.operation, "hive"), rpsOf(row.operation, RUST)].map((peer) => (internal / peer).toFixed(2));
  }
  if (row.gateway.includes("partner")) return [`${(row.rps / internal).toFixed(2)} × internal`, ""];
  return ["", ""];
};
const header = `| operation | gateway | req/s | p50 ms | p99 ms | errors | gateway RSS MB | gateway CPU ms/req | subgraphs CPU ms/req | ours/Hive | ours/Hive (Rust planner) |\n|---|---|---|---|---|---|---|---|---|---|---|`;
const lines = summary.map(
  (row) =>
    `| ${row.operation} | ${row.gateway} | ${row.rps} | ${row.p50} | ${row.p99} | ${row.errors} | ${row.rssMb} | ${row.gatewayCpuMs} | ${row.subgraphsCpuMs} | ${ratioCells(row).join(" | ")} |`,
);
const notes = partner
  ? [
      "",
      `Partner rows: a ${values["partner-agency"]} token (row and field filtering, a disclosure recorded before each answer). It sees: ${Object.entries(
        partnerSees,
      )
        .map(([name, seen]) => `${name} ${seen}`)
        .join("; ")}.`,
    ]
  : [];
const table = [
  `Frontera benchmark — ${new Date().toISOString()} — ${values.shipments} shipments on ${server ? "MariaDB" : "embedded SQLite"}, ${values.connections} connections, ${seconds} s × ${values.rounds} rounds A/B, one gateway process each, same machine as the load. CPU ms/req: CPU time the gateway process, and the three subgraphs together, spent per answered request.`,
  "",
  header,
  ...lines,
  ...notes,
].join("\n");
console.log(`\n${table}\n`);
mkdirSync(join(root, "bench", "results"), { recursive: true });
writeFileSync(join(root, "bench", "results", "latest.md"), `${table}\n`);
writeFileSync(
  join(root, "bench", "results", "latest.json"),
  `${JSON.stringify({ settings: values, summary, runs: rows }, null, 2)}\n`,
);
await stopAll();
process.exit(0);

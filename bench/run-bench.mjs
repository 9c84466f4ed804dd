// `pnpm bench [--shipments N] [--seconds S] [--rounds R] [--partner] [--embedded] [--database URL]`:
// ShipmentDossier, TravellerProfile and PortDashboard against our gateway and Hive Gateway
// (default settings, the same supergraph and subgraphs, the same token forwarded), alternating
// A/B, with autocannon. Prints one table and writes bench/results/latest.{md,json}. --partner adds
// a partner token (--partner-agency, ANAM by default: rows at its UCP ports, driver names there,
// no memberships) run against our gateway: the cost of row and field filtering and the
// disclosure log. Data: MySQL/MariaDB (schemas frontera_bench_*, seeded only when their size or
// seed differs from what is asked), or --embedded SQLite.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const root = join(import.meta.dirname, "..");
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
const databaseUrls = server
  ? Object.fromEntries(
      ["AGREEMENTS", "CARGO", "TRAVELLERS"].map((name) => [
        `${name}_DATABASE_URL`,
        `${server}/frontera_bench_${name.toLowerCase()}`,
      ]),
    )
  : {};
const work = mkdtempSync(join(tmpdir(), "frontera-bench-"));
const ports = { gateway: 15000, hive: 15100, agreements: 15001, cargo: 15002, travellers: 15003 };
const url = (port) => `http://127.0.0.1:${port}/graphql`;
const baseEnv = {
  ...process.env,
  ...databaseUrls,
  FRONTERA_DATA_DIR: join(root, ".data-bench"),
  FRONTERA_KEYS_FILE: join(work, "keys.json"),
  AGREEMENTS_URL: url(ports.agreements),
  CARGO_URL: url(ports.cargo),
  TRAVELLERS_URL: url(ports.travellers),
  AGREEMENTS_PORT: String(ports.agreements),
  CARGO_PORT: String(ports.cargo),
  TRAVELLERS_PORT: String(ports.travellers),
  GATEWAY_PORT: String(ports.gateway),
  LOG_LEVEL: "silent",
  NODE_ENV: "production",
  // the benchmark is the load: rate limits out of the way
  RATE_LIMIT_PER_TOKEN: "100000000",
  RATE_LIMIT_PER_AGENCY: "100000000",
};
const children = [];
const stopAll = () => children.forEach((child) => child.kill("SIGTERM"));
process.on("exit", stopAll);

function start(name, command, args, env = baseEnv, readyText = " ready at ", cwd = root) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    let output = "";
    const onData = (chunk) => {
      output = (output + chunk.toString()).slice(-2000);
      if (chunk.toString().includes(readyText)) resolve(child);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`${name} exited with ${code}: ${output}`)));
  });
}

/** The bench's own schemas (or SQLite files) remember what they hold; the same size is not seeded twice. */
function seedIfNeeded() {
  const marker = join(root, ".data-bench", `seeded-${server ? "mysql" : "embedded"}.json`);
  const wanted = JSON.stringify({
    database: server?.replace(/\/\/[^@]*@/, "//") ?? "embedded",
    shipments: values.shipments,
  });
  const migrate = () =>
    execFileSync(process.execPath, ["scripts/migrate.mjs"], { cwd: root, env: baseEnv, stdio: "inherit" });
  if (existsSync(marker) && readFileSync(marker, "utf8") === wanted) {
    console.log(`bench data: ${values.shipments} shipments already seeded (${marker})`);
    if (server) migrate();
    return;
  }
  rmSync(marker, { force: true });
  execFileSync(process.execPath, ["scripts/seed.mjs", "--shipments", values.shipments], {
    cwd: root,
    env: baseEnv,
    stdio: "inherit",
  });
  mkdirSync(dirname(marker), { recursive: true });
  writeFileSync(marker, wanted);
}

const node = (...args) => [process.execPath, args];
// CPU time a process has used, in ms (utime + stime; Linux counts in 10 ms ticks)
const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const cpuOf = (pids) => pids.reduce((sum, pid) => sum + cpuMs(pid), 0);
const rssMb = (pid) => {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS"));
  return Math.round(Number(line.split(/\s+/)[1]) / 1024);
};

// 1. data at the chosen size (seeded only if what is there differs), then the three subgraphs
seedIfNeeded();
const subgraphPids = [];
for (const name of ["agreements", "cargo", "travellers"]) {
  const env = { ...baseEnv, SEED_ON_EMPTY: "false" };
  const child = await start(name, ...node(join(root, "subgraphs", name, "dist", "index.js")), env);
  subgraphPids.push(child.pid);
}
const ours = await start("gateway", ...node(join(root, "gateway", "dist", "index.js")));

// 2. Hive Gateway on the same supergraph (pointed at the bench ports), forwarding the token
const supergraph = readFileSync(join(root, "gateway", "supergraph.graphql"), "utf8")
  .replace("http://localhost:4001/graphql", url(ports.agreements))
  .replace("http://localhost:4002/graphql", url(ports.cargo))
  .replace("http://localhost:4003/graphql", url(ports.travellers));
writeFileSync(join(work, "supergraph.graphql"), supergraph);
const hive = await start(
  "hive",
  join(root, "node_modules", ".bin", "hive-gateway"),
  ["supergraph", join(work, "supergraph.graphql"), "--port", String(ports.hive)],
  { ...process.env, NODE_ENV: "production" },
  "Listening on",
  join(root, "bench", "hive"), // its gateway.config.ts forwards the token
);

// 3. tokens and the operations' variables
const token = (...args) =>
  execFileSync(
    process.execPath,
    [join(root, "subgraphs", "agreements", "dist", "index.js"), "token", "issue", ...args],
    {
      env: baseEnv,
      encoding: "utf8",
    },
  ).trim();
const internal = token(
  "--agency",
  "CBP",
  "--kind",
  "internal",
  "--scope",
  "reference:read cargo:manifest:read cargo:commercial:read inspection:read inspection:agri:read traveller:identity:read traveller:document:read traveller:membership:read",
);
const partner = values.partner ? token("--agency", values["partner-agency"], "--kind", "partner") : null;
const gateway = await import(join(root, "gateway", "dist", "server.js"));
const ask = async (query, variables) =>
  (
    await (
      await fetch(url(ports.gateway), {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${internal}` },
        body: JSON.stringify({ query, variables }),
      })
    ).json()
  ).data;
const driver = (await ask(`{ trips(filter: { crossed: true }, first: 1) { edges { node { driver { id } } } } }`)).trips
  .edges[0].node.driver.id;
const operations = {
  ShipmentDossier: { query: gateway.SHIPMENT_DOSSIER, variables: { port: "2304", first: 50 } },
  TravellerProfile: { query: gateway.TRAVELLER_PROFILE, variables: { id: driver } },
  PortDashboard: {
    query: gateway.PORT_DASHBOARD,
    variables: { code: "2304", from: "2026-09-01T00:00:00Z", to: "2026-12-01T00:00:00Z" },
  },
};

function load(target, operation, bearer) {
  return new Promise((resolve, reject) =>
    autocannon(
      {
        url: target,
        method: "POST",
        connections: Number(values.connections),
        duration: seconds,
        headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
        body: JSON.stringify(operation),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
}

const targets = [
  { name: "frontera", url: url(ports.gateway), pid: ours.pid, token: internal },
  { name: "hive", url: url(ports.hive), pid: hive.pid, token: internal },
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

// 4. every gateway must answer every operation correctly before it is timed: a fast error is no result
const partnerSees = {};
for (const target of targets) {
  for (const [name, operation] of Object.entries(operations)) {
    const response = await fetch(target.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${target.token}` },
      body: JSON.stringify(operation),
    });
    const body = await response.json();
    const expectedErrors = target.token === partner; // a partner's FORBIDDEN fields are expected
    if (!body.data || (!expectedErrors && body.errors)) {
      console.error(`${target.name} answers ${name} wrongly: ${JSON.stringify(body.errors ?? body).slice(0, 400)}`);
      stopAll();
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
const ratioCell = (row) => {
  const internal = rpsOf(row.operation, "frontera");
  if (row.gateway === "frontera") return (internal / rpsOf(row.operation, "hive")).toFixed(2);
  if (row.gateway.includes("partner")) return `${(row.rps / internal).toFixed(2)} × internal`;
  return "";
};
const header = `| operation | gateway | req/s | p50 ms | p99 ms | errors | gateway RSS MB | gateway CPU ms/req | subgraphs CPU ms/req | ours/Hive |\n|---|---|---|---|---|---|---|---|---|---|`;
const lines = summary.map(
  (row) =>
    `| ${row.operation} | ${row.gateway} | ${row.rps} | ${row.p50} | ${row.p99} | ${row.errors} | ${row.rssMb} | ${row.gatewayCpuMs} | ${row.subgraphsCpuMs} | ${ratioCell(row)} |`,
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
stopAll();
process.exit(0);

// What the benchmarks share: starting the subgraphs and our gateway on bench ports over the data
// the environment names, the internal token they all accept, and asking the gateway.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";

export const root = join(import.meta.dirname, "..");
export const url = (port) => `http://127.0.0.1:${port}/graphql`;
export const subgraphNames = ["agreements", "cargo", "travellers"];
const subgraphEntry = (name) => join(root, "subgraphs", name, "dist", "index.js");

/** Every scope the canonical operations read (hold:read: a status is its stored value only to who reads every hold). */
export const INTERNAL_SCOPES =
  "reference:read cargo:manifest:read cargo:commercial:read inspection:read inspection:agri:read hold:read traveller:identity:read traveller:document:read traveller:membership:read";

/** The environment of a benchmarked graph: its ports (base, base+1…), its keys, no rate limits. */
export function benchEnvironment({ basePort, keysFile, dataDir, databaseUrls = {} }) {
  const ports = { gateway: basePort, agreements: basePort + 1, cargo: basePort + 2, travellers: basePort + 3 };
  const env = {
    ...process.env,
    ...Object.fromEntries(
      Object.entries(databaseUrls).map(([name, value]) => [`${name.toUpperCase()}_DATABASE_URL`, value]),
    ),
    FRONTERA_DATA_DIR: dataDir,
    FRONTERA_KEYS_FILE: keysFile,
    // shared by our gateway, Hive Gateway (bench/hive/gateway.config.ts) and the subgraphs
    FRONTERA_SUBGRAPH_SECRET: process.env.FRONTERA_SUBGRAPH_SECRET ?? randomBytes(32).toString("base64url"),
    AGREEMENTS_URL: url(ports.agreements),
    CARGO_URL: url(ports.cargo),
    TRAVELLERS_URL: url(ports.travellers),
    AGREEMENTS_PORT: String(ports.agreements),
    CARGO_PORT: String(ports.cargo),
    TRAVELLERS_PORT: String(ports.travellers),
    GATEWAY_PORT: String(ports.gateway),
    LOG_LEVEL: "silent",
    NODE_ENV: "production",
    // the benchmark is the load: rate limits out of the way (its connections share one token)
    RATE_LIMIT_PER_TOKEN: "100000000",
    RATE_LIMIT_PER_AGENCY: "100000000",
    MAX_CONCURRENT_PER_TOKEN: "100000",
  };
  return { ports, env };
}

/** Started processes, stopped together (and when this process exits). */
export class Services {
  children = [];

  constructor() {
    process.on("exit", () => this.stopAll());
  }

  start(name, command, args, { env, readyText = " ready at ", cwd = root }) {
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, { env, cwd, stdio: ["ignore", "pipe", "pipe"] });
      this.children.push(child);
      let output = "";
      const onData = (chunk) => {
        output = (output + chunk.toString()).slice(-2000);
        if (chunk.toString().includes(readyText)) resolve(child);
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
      // a service that fails to start says why
      child.on("exit", (code) => reject(new Error(`${name} exited with ${code}: ${output}`)));
    });
  }

  /**
   * The three subgraphs (over data already there), then our gateway; resolves with the gateway.
   * `nodeOptions`: flags for one service's node, by name (the profiler's `--cpu-prof`).
   */
  async startGraph(env, nodeOptions = {}) {
    this.subgraphPids = [];
    for (const name of subgraphNames) {
      const child = await this.start(name, process.execPath, [...(nodeOptions[name] ?? []), subgraphEntry(name)], {
        env: { ...env, SEED_ON_EMPTY: "false" },
      });
      this.subgraphPids.push(child.pid);
    }
    const gatewayEntry = join(root, "gateway", "dist", "index.js");
    return this.start("gateway", process.execPath, [...(nodeOptions.gateway ?? []), gatewayEntry], { env });
  }

  async stopAll() {
    const exited = this.children.map(
      (child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", resolve))),
    );
    for (const child of this.children) child.kill("SIGTERM");
    this.children = [];
    await Promise.race([Promise.all(exited), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
  }
}

/** A token from the agreements subgraph's command, signed with the environment's keys. */
export function issueToken(env, ...args) {
  return execFileSync(process.execPath, [subgraphEntry("agreements"), "token", "issue", ...args], {
    env,
    encoding: "utf8",
  }).trim();
}

/** Posts one operation; resolves with the parsed body. */
export async function post(target, bearer, operation) {
  const response = await fetch(target, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
    body: JSON.stringify(operation),
  });
  return response.json();
}

/** CPU time a process has used, in ms (utime + stime; Linux counts in 10 ms ticks). */
export function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The resident memory of a process, in MB. */
export function rssMb(pid) {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS"));
  return Math.round(Number(line.split(/\s+/)[1]) / 1024);
}

/** Autocannon against one operation for `seconds`, over `connections` connections. */
export function loadWithAutocannon(target, operation, bearer, { connections, seconds }) {
  return new Promise((resolve, reject) =>
    autocannon(
      {
        url: target,
        method: "POST",
        connections,
        duration: seconds,
        headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
        body: JSON.stringify(operation),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
}

/**
 * The environment of a run over the MariaDB data `pnpm bench` seeded (frontera_bench_*), on ports
 * from `basePort`, with its own keys in a new temporary directory; exits saying so if there is none.
 */
export function seededBenchEnvironment({ database, basePort, purpose }) {
  if (!existsSync(join(root, ".data-bench", "seeded-mysql.json"))) {
    console.error("no bench data: run `pnpm bench` once first (it seeds MariaDB's frontera_bench_* schemas)");
    process.exit(1);
  }
  const server = database.replace(/\/+$/, "");
  const work = mkdtempSync(join(tmpdir(), `frontera-${purpose}-`));
  const { ports, env } = benchEnvironment({
    basePort,
    keysFile: join(work, "keys.json"),
    dataDir: join(root, ".data-bench"),
    databaseUrls: Object.fromEntries(subgraphNames.map((name) => [name, `${server}/frontera_bench_${name}`])),
  });
  return { ports, env, work };
}

/**
 * Every run starts from an empty disclosure log: the partner rows append to it, and a log grown
 * by earlier runs would make each run slower than the last.
 */
export async function emptyDisclosureLog(server) {
  if (!server) return; // MariaDB is what the figures are taken on
  const mysql = createRequire(join(root, "packages", "database", "package.json"))("mysql2/promise");
  const connection = await mysql.createConnection(`${server}/frontera_bench_agreements`);
  try {
    const [tables] = await connection.query("SHOW TABLES");
    const present = new Set(tables.map((row) => Object.values(row)[0]));
    for (const table of [
      "disclosures",
      "disclosed_records",
      "disclosure_record_sets",
      "disclosure_record_set_members",
      "disclosure_day_counts",
      "disclosure_checkpoints",
    ]) {
      if (present.has(table)) await connection.query(`TRUNCATE TABLE \`${table}\``);
    }
    if (present.has("disclosure_chain_head")) {
      await connection.query("UPDATE `disclosure_chain_head` SET `sequence` = 0, `hash` = REPEAT('0', 64)");
    }
  } finally {
    await connection.end();
  }
}

// `npm start`: the whole graph on one machine — three subgraphs, then the gateway. With no
// DATABASE_URL each subgraph uses its embedded SQLite file under .data/; with a MySQL
// DATABASE_URL, pending migrations are applied first. Either way an empty database gets the demo
// data (SEED_ON_EMPTY=false turns that off). A subgraph that dies once the graph is up is
// restarted. Gateway and subgraphs find the secret they sign subgraph requests with beside the
// signing keys under the data directory (created on first start), unless FRONTERA_SUBGRAPH_SECRET
// gives it.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { root, runInEverySubgraph, subgraphEntry, subgraphNames } from "./workspace.mjs";

const databaseUrl = process.env.DATABASE_URL ?? "";
if (/^(mysql|mariadb):/.test(databaseUrl)) await runInEverySubgraph(["migrate"]);

// Once the graph is up, a subgraph that stops is started again: at once the first time, then
// waiting twice as long after each further crash (at most 30 s), so that one which cannot start
// does not spin; a run that lasted a minute counts as healthy and resets the wait.
const FIRST_RESTART_MS = 500;
const MAX_RESTART_MS = 30_000;
const HEALTHY_RUN_MS = 60_000;
// The one as-of moment of the demo data, should the subgraphs seed an empty database: they must
// agree on it. By default the start of the current UTC hour, so the data ends "now".
const seedAsOf = process.env.SEED_AS_OF || new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000).toISOString();

const children = new Map(); // name → its current process
const restarts = new Map(); // name → { count, delayMs } of its last restart
let stopping = false;
let up = false;

function start(name, entry) {
  return new Promise((resolve, reject) => {
    const startedAt = Date.now();
    const child = spawn(process.execPath, [entry], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, SEED_ON_EMPTY: process.env.SEED_ON_EMPTY ?? "true", SEED_AS_OF: seedAsOf },
    });
    children.set(name, child);
    process.stdout.write(`[${name}] started (pid ${child.pid})\n`);
    const prefix = (stream, target) =>
      stream.on("data", (chunk) => {
        for (const line of chunk.toString().split("\n").filter(Boolean)) target.write(`[${name}] ${line}\n`);
        if (chunk.toString().includes(" ready at ")) resolve();
      });
    prefix(child.stdout, process.stdout);
    prefix(child.stderr, process.stderr);
    child.on("exit", (code, signal) => {
      if (stopping) return;
      // Meanwhile the rest keeps serving: the gateway answers the subgraph's fields with
      // SERVICE_UNAVAILABLE and its /ready names it, as in a real deployment.
      if (up && name !== "gateway") {
        restart(name, entry, signal ?? `exit code ${code}`, Date.now() - startedAt);
        return;
      }
      reject(new Error(`${name} exited with code ${code}`));
      shutDown(1);
    });
  });
}

function restart(name, entry, how, ranMs) {
  const previous = restarts.get(name);
  const delayMs =
    !previous || ranMs >= HEALTHY_RUN_MS ? FIRST_RESTART_MS : Math.min(previous.delayMs * 2, MAX_RESTART_MS);
  const count = (previous?.count ?? 0) + 1;
  restarts.set(name, { count, delayMs });
  process.stderr.write(`[${name}] stopped (${how}); restarting in ${delayMs / 1000} s (restart ${count})\n`);
  setTimeout(() => {
    if (stopping) return;
    start(name, entry).then(
      () => process.stdout.write(`[${name}] restarted\n`),
      () => {},
    );
  }, delayMs).unref();
}

function shutDown(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children.values()) child.kill("SIGTERM");
  // Services drain in-flight requests on SIGTERM; do not wait for a hung one forever.
  setTimeout(() => process.exit(code), 10_000).unref();
  Promise.all(
    [...children.values()].map(
      (child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : child.on("exit", resolve))),
    ),
  ).then(() => process.exit(code));
}

process.on("SIGINT", () => shutDown(0));
process.on("SIGTERM", () => shutDown(0));

try {
  await Promise.all(subgraphNames.map((name) => start(name, subgraphEntry(name))));
  await start("gateway", join(root, "gateway", "dist", "index.js"));
  up = true;
  const port = process.env.GATEWAY_PORT ?? "4000";
  process.stdout.write(`\nFrontera is up: http://localhost:${port}/graphql  (Ctrl-C stops it)\n`);
  process.stdout.write(`Officer console: http://localhost:${port}/console/\n`);
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  shutDown(1);
}

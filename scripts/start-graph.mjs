// `npm start`: the whole graph on one machine — three subgraphs, then the gateway. With no
// DATABASE_URL each subgraph uses its embedded SQLite file under .data/; with a MySQL
// DATABASE_URL, pending migrations are applied first. Either way an empty database gets the demo
// data (SEED_ON_EMPTY=false turns that off).
import { spawn } from "node:child_process";
import { join } from "node:path";
import { root, runInEverySubgraph, subgraphEntry, subgraphNames } from "./workspace.mjs";

const databaseUrl = process.env.DATABASE_URL ?? "";
if (/^(mysql|mariadb):/.test(databaseUrl)) await runInEverySubgraph(["migrate"]);

const children = [];
let stopping = false;
let up = false;

function start(name, entry) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, SEED_ON_EMPTY: process.env.SEED_ON_EMPTY ?? "true" },
    });
    children.push(child);
    const prefix = (stream, target) =>
      stream.on("data", (chunk) => {
        for (const line of chunk.toString().split("\n").filter(Boolean)) target.write(`[${name}] ${line}\n`);
        if (chunk.toString().includes(" ready at ")) resolve();
      });
    prefix(child.stdout, process.stdout);
    prefix(child.stderr, process.stderr);
    child.on("exit", (code, signal) => {
      if (stopping) return;
      // Once the graph is up, a subgraph that stops leaves the rest serving: the gateway answers
      // its fields with SERVICE_UNAVAILABLE and its /ready names it, as in a real deployment.
      if (up && name !== "gateway") {
        process.stderr.write(
          `[${name}] stopped (${signal ?? `exit code ${code}`}); the rest keeps serving (GET /ready names it)\n`,
        );
        return;
      }
      reject(new Error(`${name} exited with code ${code}`));
      shutDown(1);
    });
  });
}

function shutDown(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  // Services drain in-flight requests on SIGTERM; do not wait for a hung one forever.
  setTimeout(() => process.exit(code), 10_000).unref();
  Promise.all(
    children.map(
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
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  shutDown(1);
}

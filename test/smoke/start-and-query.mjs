// The README's promise, checked with real processes: `npm start` on a fresh embedded database
// brings the graph up, the query answers from all three subgraphs, SIGTERM stops it
// cleanly. Run after a build: `node test/smoke/start-and-query.mjs`.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "../../scripts/workspace.mjs";

const QUERY = `{ shipments(filter: { portCode: "2304" }, first: 10) { totalCount edges { node { shipmentControlNumber port { code name } trip { tripNumber driver { id familyName memberships { program { code } status } } } programs { code name } goodsItems { hsCode } } } } }`;
const ports = { GATEWAY_PORT: "14000", AGREEMENTS_PORT: "14001", CARGO_PORT: "14002", TRAVELLERS_PORT: "14003" };
const dataDir = mkdtempSync(join(tmpdir(), "frontera-smoke-"));
// The hour the start command takes as the demo data's as-of moment (it reads the clock a moment later).
const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000;

const graph = spawn(process.execPath, [join(root, "scripts", "start-graph.mjs")], {
  cwd: root,
  env: {
    ...process.env,
    ...ports,
    FRONTERA_DATA_DIR: dataDir,
    AGREEMENTS_URL: "http://localhost:14001/graphql",
    CARGO_URL: "http://localhost:14002/graphql",
    TRAVELLERS_URL: "http://localhost:14003/graphql",
    DATABASE_URL: "",
  },
  stdio: ["ignore", "pipe", "inherit"],
});

function fail(message) {
  console.error(`smoke: FAILED: ${message}`);
  graph.kill("SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
}

const started = Date.now();
const timer = setTimeout(() => fail("the graph did not come up within 90 s"), 90_000);
graph.on("exit", (code) => code !== 0 && fail(`the start command exited with ${code}`));
await new Promise((resolve) =>
  graph.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (chunk.toString().includes("Frontera is up")) resolve();
  }),
);
clearTimeout(timer);
console.log(`smoke: up after ${Date.now() - started} ms (seeding included)`);

// The README's token command, as a script would use it: the token alone on stdout.
const token = (agency, kind, scope) =>
  execFileSync(
    process.execPath,
    [
      join(root, "subgraphs", "agreements", "dist", "index.js"),
      "token",
      "issue",
      "--agency",
      agency,
      "--kind",
      kind,
      ...(scope ? ["--scope", scope] : []),
    ],
    { env: { ...process.env, FRONTERA_DATA_DIR: dataDir, DATABASE_URL: "" }, encoding: "utf8" },
  ).trim();
const ask = (bearer) =>
  fetch("http://localhost:14000/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query: QUERY }),
  });

const anonymous = await ask(null);
if (anonymous.status !== 401) fail(`a request without a token answered ${anonymous.status}, not 401`);
const response = await ask(
  token("CBP", "internal", "reference:read cargo:manifest:read traveller:identity:read traveller:membership:read"),
);
const body = await response.json();
if (response.status !== 200 || body.errors) fail(`query answered ${response.status}: ${JSON.stringify(body.errors)}`);
const edges = body.data.shipments.edges;
if (edges.length !== 10) fail(`expected 10 shipments, got ${edges.length}`);
for (const { node } of edges) {
  if (node.port.name !== "Laredo") fail(`port.name from agreements missing: ${JSON.stringify(node.port)}`);
  if (typeof node.trip.driver.familyName !== "string") fail("driver.familyName from travellers missing");
  if (node.programs.some((program) => typeof program.name !== "string"))
    fail("programs[].name from agreements missing");
}
console.log(
  `smoke: ${body.data.shipments.totalCount} shipments at Laredo; first: ${edges[0].node.shipmentControlNumber}, driver ${edges[0].node.trip.driver.familyName}`,
);
// The demo data is as of the hour it was seeded: trips arrived yesterday and today, and none that
// arrived before that hour is still awaited.
const day = 86_400_000;
const iso = (ms) => new Date(ms).toISOString();
const officer = token("CBP", "internal", "cargo:manifest:read");
const trips = async (from, to) =>
  (
    await (
      await fetch("http://localhost:14000/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${officer}` },
        body: JSON.stringify({
          query: `{ trips(filter: { estimatedArrival: { from: "${iso(from)}", to: "${iso(to)}" } }, first: 100) { totalCount edges { node { tripNumber crossedAt } } } }`,
        }),
      })
    ).json()
  ).data.trips;
const yesterday = await trips(hour - day, hour);
const ahead = await trips(hour, hour + day);
if (yesterday.totalCount === 0 || ahead.totalCount === 0) {
  fail(
    `expected trips arriving in the day before and after ${iso(hour)}: ${yesterday.totalCount}, ${ahead.totalCount}`,
  );
}
const awaitedInThePast = yesterday.edges.filter(({ node }) => node.crossedAt === null);
if (awaitedInThePast.length) fail(`trips that arrived before ${iso(hour)} still awaited: ${awaitedInThePast.length}`);
console.log(
  `smoke: ${yesterday.totalCount} trips arrived in the day before ${iso(hour)}, all crossed; ${ahead.totalCount} expected in the day after`,
);

const partner = await (await ask(token("SENASICA", "partner"))).json();
// SENASICA holds no traveller scope: the driver is null, FORBIDDEN at its path.
const forbidden = partner.errors?.find((error) => error.path?.at(-1) === "driver");
const firstNode = partner.data?.shipments?.edges?.[0]?.node;
if (!firstNode || firstNode.trip.driver !== null || forbidden?.extensions?.code !== "FORBIDDEN") {
  fail("a SENASICA partner token read a driver");
}
console.log("smoke: SENASICA's partner token gets shipments and a FORBIDDEN driver");

graph.removeAllListeners("exit");
graph.kill("SIGTERM");
const code = await new Promise((resolve) => graph.on("exit", resolve));
rmSync(dataDir, { recursive: true, force: true });
if (code !== 0) fail(`the graph exited with ${code} on SIGTERM`);
console.log("smoke: passed");

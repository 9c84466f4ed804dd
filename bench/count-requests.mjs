// `pnpm bench --count [--answers N]`: what one answer of each canonical operation asks of each
// subgraph — GraphQL requests and SQL statements by kind, read from the subgraphs' /metrics —
// for an officer and for a partner (ANAM, or --partner-agency), one answer at a time over the
// bench data (seed it with `pnpm bench` first). Partner cost that is not CPU shows here: a fetch
// made twice, statements that grow with the rows, the disclosure log's writes. Prints the table
// and writes bench/results/count.md.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  INTERNAL_SCOPES,
  Services,
  issueToken,
  post,
  root,
  seededBenchEnvironment,
  subgraphNames,
  url,
} from "./bench-services.mjs";

const { values } = parseArgs({
  options: {
    count: { type: "boolean" },
    answers: { type: "string", default: "20" },
    database: { type: "string", default: process.env.BENCH_DATABASE_URL ?? "mysql://frontera:frontera@127.0.0.1:3306" },
    "partner-agency": { type: "string", default: "ANAM" },
  },
});
const answers = Number(values.answers);
const { ports, env } = seededBenchEnvironment({ database: values.database, basePort: 15300, purpose: "count" });
const services = new Services();
await services.startGraph(env);

const client = await import(join(root, "packages", "operations", "dist", "index.js"));
const internal = issueToken(env, "--agency", "CBP", "--kind", "internal", "--scope", INTERNAL_SCOPES);
const partner = issueToken(env, "--agency", values["partner-agency"], "--kind", "partner");
const ask = async (query) => (await post(url(ports.gateway), internal, { query })).data;
const driver = (await ask(`{ trips(filter: { crossed: true }, first: 1) { edges { node { driver { id } } } } }`)).trips
  .edges[0].node.driver.id;
const operations = {
  ShipmentDossier: { port: "2304", first: 50 },
  TravellerProfile: { id: driver },
  PortDashboard: { code: "2304", from: "2026-09-01T00:00:00Z", to: "2026-12-01T00:00:00Z" },
};

/** Sums of a subgraph's counters: GraphQL requests, and SQL statements by kind. */
async function countersOf(name) {
  const text = await (await fetch(url(ports[name]).replace(/\/graphql$/, "/metrics"))).text();
  const counters = { requests: 0 };
  for (const line of text.split("\n")) {
    if (line.startsWith("frontera_graphql_requests_total")) counters.requests += Number(line.split(" ").pop());
    const kind = /^frontera_db_query_duration_seconds_count\{[^}]*kind="([^"]+)"/.exec(line)?.[1];
    if (kind) counters[kind] = (counters[kind] ?? 0) + Number(line.split(" ").pop());
  }
  return counters;
}
const snapshot = async () =>
  Object.fromEntries(await Promise.all(subgraphNames.map(async (n) => [n, await countersOf(n)])));
// the counters of the last statements land a moment after the answer: wait for them to settle
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_500));

const rows = [];
for (const [operationName, variables] of Object.entries(operations)) {
  const operation = { query: client[`${operationName}Document`].toString(), variables };
  for (const [caller, bearer] of [
    ["officer", internal],
    [`partner ${values["partner-agency"]}`, partner],
  ]) {
    await post(url(ports.gateway), bearer, operation); // warm: plans, access lookups, reference cache
    await settle();
    const before = await snapshot();
    for (let i = 0; i < answers; i += 1) {
      const answer = await post(url(ports.gateway), bearer, operation);
      if (!answer.data) throw new Error(`${operationName} for ${caller}: ${JSON.stringify(answer.errors)}`);
    }
    await settle();
    const after = await snapshot();
    const cells = subgraphNames.map((name) => {
      const kinds = Object.keys(after[name]).filter((kind) => kind !== "requests");
      const per = (key) => ((after[name][key] ?? 0) - (before[name][key] ?? 0)) / answers;
      const statements = kinds.reduce((sum, kind) => sum + per(kind), 0);
      const byKind = kinds
        .filter((kind) => per(kind) > 0)
        .map((kind) => `${kind} ${per(kind).toFixed(2)}`)
        .join(", ");
      return `${per("requests").toFixed(2)} · ${statements.toFixed(2)}${byKind ? ` (${byKind})` : ""}`;
    });
    rows.push(`| ${operationName} | ${caller} | ${cells.join(" | ")} |`);
  }
}
await services.stopAll();

const table = [
  `Requests and SQL statements per answer — ${new Date().toISOString()} — the bench data on ${values.database.replace(/\/\/[^@]*@/, "//")}, ${answers} answers one at a time after one to warm up; per subgraph: GraphQL requests · SQL statements (by kind). Agreements' statements include the disclosure log's chaining, which follows each partner answer.`,
  "",
  `| operation | caller | ${subgraphNames.join(" | ")} |`,
  `|---|---|${subgraphNames.map(() => "---|").join("")}`,
  ...rows,
].join("\n");
console.log(table);
mkdirSync(join(root, "bench", "results"), { recursive: true });
writeFileSync(join(root, "bench", "results", "count.md"), `${table}\n`);
process.exit(0);

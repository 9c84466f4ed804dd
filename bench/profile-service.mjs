// `pnpm bench --profile [--operation ShipmentDossier] [--service gateway] [--partner] [--seconds S]`:
// where our gateway's (or a subgraph's) CPU goes on one canonical operation. Runs it under V8's
// sampling profiler (`node --cpu-prof`) over the bench data (seed it first with `pnpm bench`),
// loads it with 20 connections, then sorts every sample into the stage of a request it belongs to
// — planning, subgraph fetches, parsing their answers, merging, shaping the response, the scope
// cut, the disclosure walk, serialisation, SQL, access checks, … — by the innermost frame on its
// stack that names one. Prints the table and writes
// bench/results/profile-[<subgraph>-]<operation>[-partner].md; the raw profile stays in the
// temporary directory it names, for Chrome DevTools.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  INTERNAL_SCOPES,
  Services,
  seededBenchEnvironment,
  issueToken,
  loadWithAutocannon,
  post,
  root,
  subgraphNames,
  url,
} from "./bench-services.mjs";

// Loading modules happens once, mostly before the load; its samples are left out of the figures.
const STARTUP = "process start-up (module loading), left out";

/**
 * Stages, tried in order against each frame from the innermost outwards; the first frame that
 * matches one decides the sample. A frame is `<function> <script url>`.
 */
const STAGES = [
  [STARTUP, /node:internal\/modules\/|^wrapSafe |^internalModuleStat |^compileFunction /],
  ["garbage collection", /^\(garbage collector\)/],
  ["sign subgraph requests (HMAC of stable JSON)", /service\/dist\/upstream-signature/],
  ["reference cache (gateway/cache)", /gateway\/dist\/cache\/|node_modules\/lru-cache\//],
  ["scope cut (gateway/scopes)", /gateway\/dist\/scopes\//],
  ["disclosure walk and record (gateway/disclosure)", /gateway\/dist\/disclosure\//],
  ["limits and trusted documents", /gateway\/dist\/(limits|trusted-documents|contracts)\//],
  ["token verification (jose)", /gateway\/dist\/auth\/|node_modules\/jose\//],
  ["parse subgraph answers (JSON.parse)", /^parse (?:$|.*transport\/subgraph-data-source)/],
  ["serialise the response (JSON.stringify)", /^stringify |^prettyJSONStringify /],
  ["query planning (@apollo/query-planner)", /@apollo\/query-planner\//],
  ["shape the response to the operation (Apollo resultShaping)", /@apollo\/gateway\/dist\/resultShaping/],
  ["merge subgraph answers (executeQueryPlan)", /@apollo\/gateway\/dist\/(executeQueryPlan|utilities\/deepMerge)/],
  ["graphql-js execute", /graphql\/execution\//],
  ["validate and parse the operation (graphql-js)", /graphql\/(validation|language)\//],
  [
    "subgraph fetch (HTTP client, sockets)",
    /undici|node:internal\/(http|net|stream|streams|tls)|node:_http|node:http|node:net/,
  ],
  ["Apollo Server request pipeline", /@apollo\/server\//],
  ["Apollo Gateway, other", /@apollo\/gateway\//],
  [
    "logging and telemetry (pino, OpenTelemetry, prom-client)",
    /pino|@opentelemetry|prom-client|gateway\/dist\/telemetry\//,
  ],
  ["our gateway, other", /gateway\/dist\//],
  // a subgraph's stages (`--service cargo` and the like)
  ["disclosure log (agreements)", /agreements\/dist\/disclosure\//],
  [
    "access checks (policy, field guards, row policies)",
    /auth\/dist\/|federation\/dist\/enforce-access|dist\/access\//,
  ],
  ["SQL driver (mysql2)", /node_modules\/mysql2\//],
  ["ORM (TypeORM)", /node_modules\/typeorm\//],
  ["schema runtime (type-graphql)", /node_modules\/type-graphql\//],
  ["resolvers and loaders (subgraphs/*)", /subgraphs\/[a-z]+\/dist\//],
  ["our packages, other", /packages\/[a-z-]+\/dist\//],
  ["express and body parsing", /node_modules\/(express|body-parser|raw-body|router)\//],
  ["HTTP server (node:http)", /node:_http_server|node:internal\/http/],
];

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--profile"),
  options: {
    operation: { type: "string", default: "ShipmentDossier" },
    service: { type: "string", default: "gateway" },
    partner: { type: "boolean", default: false },
    "partner-agency": { type: "string", default: "ANAM" },
    seconds: { type: "string", default: "20" },
    connections: { type: "string", default: "20" },
    database: { type: "string", default: process.env.BENCH_DATABASE_URL ?? "mysql://frontera:frontera@127.0.0.1:3306" },
  },
});

const { ports, env, work } = seededBenchEnvironment({ database: values.database, basePort: 15200, purpose: "profile" });
const profileDir = join(work, "profile");
const services = new Services();
if (!["gateway", ...subgraphNames].includes(values.service)) {
  throw new Error(`--service is gateway, ${subgraphNames.join(", ")}`);
}
await services.startGraph(env, {
  [values.service]: ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, "--cpu-prof-interval=200"],
});

const client = await import(join(root, "packages", "operations", "dist", "index.js"));
const internal = issueToken(env, "--agency", "CBP", "--kind", "internal", "--scope", INTERNAL_SCOPES);
const bearer = values.partner ? issueToken(env, "--agency", values["partner-agency"], "--kind", "partner") : internal;
const ask = async (query) => (await post(url(ports.gateway), internal, { query })).data;
const driver = (await ask(`{ trips(filter: { crossed: true }, first: 1) { edges { node { driver { id } } } } }`)).trips
  .edges[0].node.driver.id;
const variables = {
  ShipmentDossier: { port: "2304", first: 50 },
  TravellerProfile: { id: driver },
  PortDashboard: { code: "2304", from: "2026-09-01T00:00:00Z", to: "2026-12-01T00:00:00Z" },
}[values.operation];
if (!variables) throw new Error(`--operation is ShipmentDossier, TravellerProfile or PortDashboard`);
const operation = { query: client[`${values.operation}Document`].toString(), variables };

const answer = await post(url(ports.gateway), bearer, operation);
if (!answer.data) throw new Error(`the gateway answers ${values.operation} wrongly: ${JSON.stringify(answer)}`);
const load = (seconds) =>
  loadWithAutocannon(url(ports.gateway), operation, bearer, { connections: Number(values.connections), seconds });
await load(2); // warm-up: plans cached, JIT warm (its samples are in the profile too, a small share)
const result = await load(Number(values.seconds));
await services.stopAll(); // the profiled service writes its profile as it exits

const file = readdirSync(profileDir).find((name) => name.endsWith(".cpuprofile"));
const profile = JSON.parse(readFileSync(join(profileDir, file), "utf8"));
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node);
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const frame = (node) => `${node.callFrame.functionName} ${node.callFrame.url}`;
const stageOf = new Map();
const classify = (node) => {
  if (stageOf.has(node.id)) return stageOf.get(node.id);
  const own = STAGES.find(([, pattern]) => pattern.test(frame(node)))?.[0];
  const parent = parentOf.get(node.id);
  const stage = own ?? (parent ? classify(parent) : "other");
  stageOf.set(node.id, stage);
  return stage;
};
const ms = new Map();
let busy = 0;
for (let i = 0; i < profile.samples.length; i += 1) {
  const node = byId.get(profile.samples[i]);
  const name = node.callFrame.functionName;
  if (name === "(idle)" || name === "(root)") continue;
  const delta = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const stage = name === "(program)" ? "V8 and native, unattributed" : classify(node);
  if (stage === STARTUP) continue;
  ms.set(stage, (ms.get(stage) ?? 0) + delta);
  busy += delta;
}
const requests = result.requests.total + 1;
const rows = [...ms.entries()].sort((a, b) => b[1] - a[1]);
const title = `${values.operation}${values.partner ? ` (partner ${values["partner-agency"]})` : ""}`;
const table = [
  `CPU profile of ${values.service === "gateway" ? "our gateway" : `the ${values.service} subgraph`} — ${new Date().toISOString()} — ${title}, ${values.connections} connections, ${values.seconds} s after a 2 s warm-up; ${result.requests.total} answers (${result.errors + result.non2xx} errors), ${Math.round(result.requests.average)} req/s on this machine. CPU ms per request from V8's samples (200 µs), by the innermost frame naming a stage.`,
  "",
  "| stage | CPU ms/req | share |",
  "|---|---|---|",
  ...rows.map(
    ([stage, total]) => `| ${stage} | ${(total / requests).toFixed(3)} | ${((100 * total) / busy).toFixed(1)}% |`,
  ),
  `| **all** | **${(busy / requests).toFixed(3)}** | 100% |`,
].join("\n");
console.log(`\n${table}\n\nraw profile: ${join(profileDir, file)}\n`);
mkdirSync(join(root, "bench", "results"), { recursive: true });
const slug = `${values.service === "gateway" ? "" : `${values.service}-`}${values.operation}${values.partner ? "-partner" : ""}`;
writeFileSync(join(root, "bench", "results", `profile-${slug}.md`), `${table}\n`);
process.exit(0);

// `pnpm bench --scale [--sizes 10000,1000000] [--requests N] [--seconds S] [--seed N] [--reuse-data]`:
// ShipmentDossier's first page, ShipmentDossier 10,000 rows deep and PortDashboard through our
// gateway on MySQL seeded at each size, in schemas of its own (frontera_scale_<size>_<subgraph>)
// on the server of DATABASE_URL. The graphs of all sizes run side by side (each its subgraphs and
// gateway), and each operation's N sequential requests are spread over rounds that alternate the
// sizes, so that whatever else loads this machine weighs on every size alike; every answer is
// checked. Then req/s with autocannon for S seconds per size (0: none). One table puts the sizes
// side by side with the ratio largest/smallest (latency p50, p99); written to
// bench/results/scale.{md,json} with the seed times. --reuse-data keeps a size's schemas when they
// already hold that many shipments (seeded by an earlier run, same --seed).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import {
  INTERNAL_SCOPES,
  Services,
  benchEnvironment,
  issueToken,
  loadWithAutocannon,
  post,
  root,
  subgraphNames,
  url,
} from "./bench-services.mjs";
import { scaleReport } from "./scale-report.mjs";

const PORT = "2304"; // Laredo, the busiest port: its pages and totals are the largest
const DEEP_ROWS = 10_000;
// The data keeps one as-of moment, so the window below is the whole seeded period on every run.
const SCALE_AS_OF = "2026-11-25T00:00:00Z";
const WINDOW = { from: "2026-09-01T00:00:00Z", to: "2026-12-01T00:00:00Z" }; // the whole seeded period

/** Runs a root script with this environment, echoing its output; resolves with the output. */
function runScript(script, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, "scripts", script), ...args], { cwd: root, env });
    let output = "";
    for (const stream of [child.stdout, child.stderr]) {
      stream.on("data", (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
      });
    }
    child.on("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`${script} exited with ${code}`))));
  });
}

/** "cargo: seeded … in 1234 ms" lines, by subgraph. */
const seedTimes = (output) =>
  Object.fromEntries(
    [...output.matchAll(/^(\w+): seeded .* in (\d+) ms$/gm)].map(([, name, ms]) => [name, Number(ms)]),
  );

function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

const round1 = (ms) => Math.round(ms * 10) / 10;

/** p50, p99 and mean of request times, in ms. */
function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50: round1(percentile(sorted, 0.5)),
    p99: round1(percentile(sorted, 0.99)),
    mean: round1(sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length),
  };
}

/** The times of `requests` sequential requests; every answer must be free of errors. */
async function timeRequests(target, token, operation, requests) {
  const times = [];
  for (let i = 0; i < requests; i += 1) {
    const started = performance.now();
    const body = await post(target, token, operation);
    times.push(performance.now() - started);
    if (!body.data || body.errors)
      throw new Error(`wrong answer: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  }
  return times;
}

/** The cursor `rows` rows down Laredo's shipments, walked 100 at a time. */
async function cursorAt(client, target, token, rows) {
  let after = null;
  for (let walked = 0; walked < rows; walked += 100) {
    const body = await post(target, token, {
      query: client.ShipmentCursorDocument.toString(),
      variables: { port: PORT, after },
    });
    after = body.data.shipments.pageInfo.endCursor;
  }
  return after;
}

/** Seeds (or reuses) one size's schemas and starts its graph; the operations it is timed on. */
async function prepareSize(shipments, index, options, server, client, services) {
  const work = mkdtempSync(join(tmpdir(), "frontera-scale-bench-"));
  const databaseUrls = Object.fromEntries(
    subgraphNames.map((name) => [name, `${server.replace(/\/$/, "")}/frontera_scale_${shipments}_${name}`]),
  );
  const { ports, env } = benchEnvironment({
    basePort: 15200 + 10 * index,
    keysFile: join(work, "keys.json"),
    dataDir: join(work, "data"),
    databaseUrls,
  });
  const target = url(ports.gateway);
  const seed = async () =>
    seedTimes(
      await runScript(
        "seed.mjs",
        ["--shipments", String(shipments), "--seed", options.seed, "--as-of", SCALE_AS_OF],
        env,
      ),
    );
  const shipmentsAt = async (bearer, port) =>
    (
      await post(target, bearer, {
        query: client.ShipmentCountDocument.toString(),
        variables: { port },
      })
    ).data.shipments.totalCount;

  let seedMs = null;
  if (options["reuse-data"]) {
    await runScript("migrate.mjs", [], env);
    const probe = new Services();
    await probe.startGraph(env);
    const held = await shipmentsAt(internalToken(env), null);
    await probe.stopAll();
    console.log(`${shipments}: the schemas hold ${held} shipments${held === shipments ? ", reused" : "; seeding"}`);
    if (held !== shipments) seedMs = await seed();
  } else {
    seedMs = await seed();
  }

  await services.startGraph(env);
  const bearer = internalToken(env);
  const atPort = await shipmentsAt(bearer, PORT);
  // A small seed has fewer than 10,000 shipments at the port: its deepest full page then.
  const depth = Math.min(DEEP_ROWS, Math.floor((atPort - 50) / 100) * 100);
  const operations = {
    "ShipmentDossier, first page": { query: client.ShipmentDossierDocument.toString(), variables: { port: PORT } },
    [`ShipmentDossier, a page ${DEEP_ROWS.toLocaleString("en")} rows deep`]: {
      query: client.ShipmentDossierPageDocument.toString(),
      variables: { port: PORT, after: await cursorAt(client, target, bearer, depth) },
    },
    PortDashboard: { query: client.PortDashboardDocument.toString(), variables: { code: PORT, ...WINDOW } },
  };
  return { shipments, seedMs, shipmentsAtPort: atPort, deepPageDepth: depth, target, bearer, operations };
}

const internalToken = (env) => issueToken(env, "--agency", "CBP", "--kind", "internal", "--scope", INTERNAL_SCOPES);

/** Each operation's requests in rounds alternating the sizes, then autocannon per size. */
async function measure(graphs, options) {
  const rounds = 10;
  const perRound = Math.max(1, Math.ceil(Number(options.requests) / rounds));
  const results = graphs.map(() => ({}));
  for (const name of Object.keys(graphs[0].operations)) {
    // warm: plans, caches, the pages' rows in the buffer pool
    for (const graph of graphs) await timeRequests(graph.target, graph.bearer, graph.operations[name], 20);
    const times = graphs.map(() => []);
    for (let round = 0; round < rounds; round += 1) {
      const order = graphs.map((_, i) => i);
      if (round % 2) order.reverse();
      for (const i of order) {
        times[i].push(
          ...(await timeRequests(graphs[i].target, graphs[i].bearer, graphs[i].operations[name], perRound)),
        );
      }
    }
    graphs.forEach((graph, i) => {
      results[i][name] = summary(times[i]);
      console.log(`${graph.shipments} shipments, ${name}: ${JSON.stringify(results[i][name])}`);
    });
  }
  if (Number(options.seconds) > 0) {
    for (const [i, graph] of graphs.entries()) {
      for (const [name, operation] of Object.entries(graph.operations)) {
        const run = await loadWithAutocannon(graph.target, operation, graph.bearer, {
          connections: 10,
          seconds: Number(options.seconds),
        });
        results[i][name].rps = Math.round(run.requests.average);
        results[i][name].loadErrors = run.errors + run.non2xx;
      }
    }
  }
  return graphs.map(({ target: _target, bearer: _bearer, operations: _operations, ...graph }, i) => ({
    ...graph,
    operations: results[i],
  }));
}

export async function runScaleBench(argv) {
  const { values: options } = parseArgs({
    args: argv,
    options: {
      sizes: { type: "string", default: "10000,1000000" },
      requests: { type: "string", default: "200" },
      seconds: { type: "string", default: "5" },
      seed: { type: "string", default: "2018" },
      "reuse-data": { type: "boolean", default: false },
    },
  });
  const server = process.env.DATABASE_URL ?? "mysql://frontera:frontera@127.0.0.1:3306";
  if (!/^(mysql|mariadb):/.test(server))
    throw new Error("pnpm bench --scale runs on MySQL: set DATABASE_URL to a server");
  // The registered operations, from the typed client (packages/operations): the text the manifest holds.
  const client = await import(join(root, "packages", "operations", "dist", "index.js"));
  const services = new Services();
  let sizes;
  try {
    const graphs = [];
    for (const [index, shipments] of options.sizes.split(",").map(Number).entries()) {
      graphs.push(await prepareSize(shipments, index, options, server, client, services));
    }
    sizes = await measure(graphs, options);
  } finally {
    await services.stopAll();
  }
  const table = scaleReport(sizes, options, server, PORT);
  console.log(`\n${table}\n`);
  mkdirSync(join(root, "bench", "results"), { recursive: true });
  writeFileSync(join(root, "bench", "results", "scale.md"), `${table}\n`);
  writeFileSync(
    join(root, "bench", "results", "scale.json"),
    `${JSON.stringify({ settings: { ...options, port: PORT, window: WINDOW }, sizes }, null, 2)}\n`,
  );
}

import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KeyStore, TokenIssuer } from "@frontera/auth";
import { postGraphQL } from "@frontera/testing";
import { buildServices } from "../support/graph-processes";

// `npm start` (scripts/start-graph.mjs) as a developer runs it, on the embedded database: once the
// graph is up, a subgraph that dies is started again, and answers within seconds.

const root = join(__dirname, "..", "..");
const work = mkdtempSync(join(tmpdir(), "frontera-restart-"));
let graph: ChildProcess | undefined;
let output = "";

afterAll(async () => {
  if (graph && graph.exitCode === null) {
    const exited = new Promise((resolve) => graph!.once("exit", resolve));
    graph.kill("SIGTERM");
    await exited;
  }
  rmSync(work, { recursive: true, force: true });
});

/** Four consecutive free ports below the ephemeral range (start-graph needs them known in advance). */
async function freePorts(): Promise<number> {
  const isFree = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
  for (;;) {
    const base = 20_000 + 4 * Math.floor(Math.random() * 2_500);
    const free = await Promise.all([0, 1, 2, 3].map((offset) => isFree(base + offset)));
    if (free.every(Boolean)) return base;
  }
}

const waitFor = (pattern: RegExp, ms: number) =>
  new Promise<RegExpMatchArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${ms} ms:\n${output.slice(-3000)}`)), ms);
    const check = () => {
      const match = pattern.exec(output);
      if (!match) return;
      clearTimeout(timer);
      graph!.stdout!.off("data", check);
      graph!.stderr!.off("data", check);
      resolve(match);
    };
    graph!.stdout!.on("data", check);
    graph!.stderr!.on("data", check);
    check();
  });

it("restarts a subgraph killed with SIGKILL; it answers again within seconds", async () => {
  buildServices();
  const dataDir = join(work, "data");
  const base = await freePorts();
  const env = {
    ...process.env,
    FRONTERA_DATA_DIR: dataDir,
    FRONTERA_ISSUER: "https://frontera.test",
    DATABASE_URL: "",
    SEED_ON_EMPTY: "false",
    LOG_LEVEL: "silent",
    GATEWAY_PORT: String(base),
    AGREEMENTS_PORT: String(base + 1),
    CARGO_PORT: String(base + 2),
    TRAVELLERS_PORT: String(base + 3),
    AGREEMENTS_URL: `http://127.0.0.1:${base + 1}/graphql`,
    CARGO_URL: `http://127.0.0.1:${base + 2}/graphql`,
    TRAVELLERS_URL: `http://127.0.0.1:${base + 3}/graphql`,
  };
  // A small data set rather than the first start's default one: quicker to seed.
  execFileSync(process.execPath, [join(root, "scripts", "seed.mjs"), "--shipments", "20"], { env, cwd: root });
  graph = spawn(process.execPath, [join(root, "scripts", "start-graph.mjs")], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  graph.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  graph.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(/Frontera is up/, 90_000);

  const keys = new KeyStore(join(dataDir, "keys", "signing-keys.json"));
  const { token } = await new TokenIssuer(keys, "https://frontera.test").issue({
    subject: "restart-test",
    agency: "CBP",
    kind: "internal",
    scopes: ["cargo:manifest:read"],
    ttlSeconds: 600,
  });
  const ask = () =>
    postGraphQL<{ shipments: { totalCount: number } | null }>(
      `http://127.0.0.1:${base}/graphql`,
      `{ shipments(first: 1) { totalCount } }`,
      {},
      { authorization: `Bearer ${token}` },
    );
  expect((await ask()).body.data!.shipments!.totalCount).toBeGreaterThan(0);

  const pid = Number((await waitFor(/\[cargo\] started \(pid (\d+)\)/, 1_000))[1]);
  process.kill(pid, "SIGKILL");
  await waitFor(/\[cargo\] stopped \(SIGKILL\); restarting in [\d.]+ s/, 5_000);
  const down = await ask();
  expect(down.body.errors?.some((error) => error.extensions?.serviceName === "cargo")).toBe(true);

  await waitFor(/\[cargo\] restarted/, 15_000);
  const again = await ask();
  expect(again.body.errors).toBeUndefined();
  expect(again.body.data!.shipments!.totalCount).toBeGreaterThan(0);
  // a new process, not the killed one
  expect(output).toMatch(new RegExp(`\\[cargo\\] started \\(pid (?!${pid}\\))\\d+\\)`));
}, 180_000);

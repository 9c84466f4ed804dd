import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KeyStore, TokenIssuer } from "@frontera/auth";
import { dropMysqlDatabase } from "@frontera/database";
import { postToSubgraph, testSchemaTag } from "@frontera/testing";

// Real processes, really killed: the travellers subgraph is SIGKILLed in the middle of a stream
// of mutations. Afterwards every acknowledged mutation is stored, and retrying the others with
// their idempotency keys writes each exactly once.

const root = join(__dirname, "..", "..");
const entry = (name: string) => join(root, "subgraphs", name, "dist", "index.js");
const work = mkdtempSync(join(tmpdir(), "frontera-kill-"));
const mysql = process.env.TEST_DATABASE_URL;
const databaseUrl = (name: string) =>
  mysql ? `${mysql.replace(/\/$/, "")}/frontera_test_${testSchemaTag()}killed_${name}` : "";
const children: ChildProcess[] = [];
// These tests ask subgraphs directly, as the gateway does: signed with the secret they share.
const SUBGRAPH_SECRET = "sigkill-test-subgraph-secret-of-32-characters";
const postGraphQL = <Data>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
) => postToSubgraph<Data>(url, query, variables, headers, SUBGRAPH_SECRET);

function environment(name: string, extra: Record<string, string> = {}) {
  return {
    ...process.env,
    FRONTERA_DATA_DIR: join(work, name),
    FRONTERA_KEYS_FILE: join(work, "keys.json"),
    FRONTERA_ISSUER: "https://frontera.test",
    FRONTERA_SUBGRAPH_SECRET: SUBGRAPH_SECRET,
    DATABASE_URL: databaseUrl(name),
    [`${name.toUpperCase()}_PORT`]: "0",
    HOST: "127.0.0.1",
    ...extra,
  };
}

function start(name: string, extra: Record<string, string> = {}): Promise<{ url: string; child: ChildProcess }> {
  if (mysql) execFileSync(process.execPath, [entry(name), "migrate"], { env: environment(name, extra) });
  const child = spawn(process.execPath, [entry(name)], {
    env: environment(name, extra),
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      const match = / ready at (\S+)/.exec(chunk.toString());
      if (match) resolve({ url: match[1], child });
    });
    child.on("exit", (code) => reject(new Error(`${name} exited with ${code}`)));
  });
}

beforeAll(() => {
  // These processes run the compiled services: build them (incremental, quick when up to date).
  execFileSync(join(root, "node_modules", ".bin", "tsc"), ["-b"], { cwd: root, stdio: "inherit" });
}, 120_000);

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  if (mysql) for (const name of ["agreements", "travellers"]) await dropMysqlDatabase(databaseUrl(name), "unused");
  rmSync(work, { recursive: true, force: true });
});

// Names have no digits: number the travellers with letters (0 → "aa", 1 → "ab", …).
const letters = (n: number) => String.fromCharCode(97 + Math.floor(n / 26), 97 + (n % 26));

const REGISTER = `mutation ($input: RegisterTravellerInput!, $key: String) { registerTraveller(input: $input, idempotencyKey: $key) { traveller { id } } }`;

it("keeps every acknowledged mutation and writes each retried one once (acknowledged = stored, duplicates = 0)", async () => {
  const keys = new KeyStore(join(work, "keys.json"));
  await keys.ensure();
  const { token } = await new TokenIssuer(keys, "https://frontera.test").issue({
    subject: "fault-test",
    agency: "CBP",
    kind: "internal",
    scopes: ["traveller:write", "traveller:identity:read"],
    ttlSeconds: 600,
  });
  const authorization = { authorization: `Bearer ${token}` };
  const agreements = await start("agreements", { SEED_ON_EMPTY: "true" });
  let travellers = await start("travellers", { AGREEMENTS_URL: agreements.url, SEED_ON_EMPTY: "false" });

  const total = 120;
  const requests = [...Array(total)].map((_, i) => ({
    key: `kill-test-${String(i).padStart(4, "0")}`,
    input: {
      familyName: "Killtest",
      givenNames: `Número ${letters(i)}`,
      dateOfBirth: "1990-01-01",
      sex: "X",
      citizenships: ["MX"],
    },
  }));
  const acknowledged = new Map<string, string>();
  let sent = 0;
  const worker = async () => {
    while (sent < total) {
      const request = requests[sent++];
      try {
        const { body } = await postGraphQL<{ registerTraveller: { traveller: { id: string } } }>(
          travellers.url,
          REGISTER,
          request,
          authorization,
        );
        const id = body.data?.registerTraveller?.traveller?.id;
        if (id) acknowledged.set(request.key, id);
      } catch {
        // no answer: not acknowledged; retried below
      }
      if (acknowledged.size === 40) travellers.child.kill("SIGKILL");
    }
  };
  await Promise.all([...Array(6)].map(worker));
  expect(acknowledged.size).toBeGreaterThanOrEqual(40);
  expect(acknowledged.size).toBeLessThan(total);

  travellers = await start("travellers", { AGREEMENTS_URL: agreements.url, SEED_ON_EMPTY: "false" });
  const retried = new Map<string, string>();
  for (const request of requests) {
    const { body } = await postGraphQL<{ registerTraveller: { traveller: { id: string } } }>(
      travellers.url,
      REGISTER,
      request,
      authorization,
    );
    retried.set(request.key, body.data!.registerTraveller.traveller.id);
  }
  const stored = await postGraphQL<{ travellers: { totalCount: number } }>(
    travellers.url,
    `{ travellers(filter: { name: "killtest" }, first: 0) { totalCount } }`,
    {},
    authorization,
  );

  const lost = [...acknowledged].filter(([key, id]) => retried.get(key) !== id);
  const duplicates = stored.body.data!.travellers.totalCount - total;
  console.log(
    `sent ${total}, acknowledged before the kill ${acknowledged.size}, lost ${lost.length}, duplicates ${duplicates}`,
  );
  expect(lost).toEqual([]);
  expect(duplicates).toBe(0);
}, 120_000);

it("drains on SIGTERM: requests it had read are answered in full, it exits 0, new connections are refused", async () => {
  const keys = new KeyStore(join(work, "keys.json"));
  await keys.ensure();
  const { token } = await new TokenIssuer(keys, "https://frontera.test").issue({
    subject: "drain-test",
    agency: "CBP",
    kind: "internal",
    scopes: ["reference:read"],
    ttlSeconds: 600,
  });
  const agreements = await start("agreements", { SEED_ON_EMPTY: "true" });
  const ask = () =>
    postGraphQL<{ ports: unknown[] }>(
      agreements.url,
      `{ ports { code name programs { code } } }`,
      {},
      {
        authorization: `Bearer ${token}`,
      },
    );
  await ask(); // warm: schema built, first statements prepared
  const exited = new Promise<number | null>((resolve) => agreements.child.on("exit", resolve));
  // Twenty requests on their way; SIGTERM as soon as the first is answered, the rest in flight.
  const batch = [...Array(20)].map(() => ask());
  await Promise.race(batch);
  agreements.child.kill("SIGTERM");

  // Requests the server had read are answered in full; those still waiting for a connection are
  // refused (the client may retry them elsewhere). Nothing comes back half-written.
  const answers = await Promise.allSettled(batch);
  const fulfilled = answers.filter((answer) => answer.status === "fulfilled");
  expect(fulfilled.length).toBeGreaterThan(0);
  for (const answer of fulfilled) expect(answer.value.body.data?.ports).toHaveLength(16);
  expect(await exited).toBe(0);
  await expect(fetch(agreements.url, { method: "POST" })).rejects.toThrow();
}, 60_000);

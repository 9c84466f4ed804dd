import { execSync } from "node:child_process";
import { type TestGraph } from "@frontera/testing";
import { SHIPMENT_DOSSIER } from "../support/canonical-operations";
import { startWholeGraph } from "../support/whole-graph";

// Restarts the MySQL server under load, so it runs alone, after the main suite:
// `npm run test:serial` (CI does, as root, on MariaDB). Skipped without TEST_DATABASE_URL.

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ping = () => {
  try {
    execSync("mysqladmin ping --silent", { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

async function restartDatabase(downForMs: number): Promise<void> {
  execSync("mysqladmin -uroot shutdown", { stdio: "inherit" });
  for (let i = 0; i < 50 && ping(); i += 1) await sleep(200);
  await sleep(downForMs);
  execSync("mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld");
  execSync("start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql");
  for (let i = 0; i < 150 && !ping(); i += 1) await sleep(200);
}

(process.env.TEST_DATABASE_URL ? describe : describe.skip)("the database restarted under load", () => {
  let graph: TestGraph;

  beforeAll(async () => {
    // the readers are fast enough to spend the default budget of one token: rate limits are not
    // what this test is about
    graph = await startWholeGraph(
      { seed: 6, shipments: 100 },
      { rateLimits: { perToken: 1_000_000, perAgency: 1_000_000 } },
    );
  });

  afterAll(async () => {
    await graph?.stop();
  });

  it("fails requests cleanly and quickly during the outage, reconnects by itself, loses nothing acknowledged", async () => {
    const outcomes: Array<{ ok: boolean; ms: number; leaked: boolean }> = [];
    const acknowledged = new Map<string, string>();
    let running = true;
    let sequence = 0;
    const reader = async () => {
      while (running) {
        const started = Date.now();
        const { body } = await graph.query<Data>(SHIPMENT_DOSSIER, { port: "2304", first: 5 });
        const text = JSON.stringify(body.errors ?? []);
        outcomes.push({
          ok: !body.errors,
          ms: Date.now() - started,
          leaked: /SELECT|ECONNREFUSED|ER_[A-Z]{3,}|\bat \S+\.js/.test(text),
        });
      }
    };
    const writer = async () => {
      while (running) {
        const key = `restart-${String(sequence++).padStart(5, "0")}`;
        const { body } = await graph.query<Data>(
          `mutation ($key: String) { registerTraveller(input: { familyName: "Reinicio", givenNames: "Prueba",
            dateOfBirth: "1980-05-05", sex: F, citizenships: ["MX"] }, idempotencyKey: $key) { traveller { id } } }`,
          { key },
        );
        const id = body.data?.registerTraveller?.traveller?.id;
        if (id) acknowledged.set(key, id);
      }
    };
    const load = Promise.all([reader(), reader(), writer()]);
    await sleep(1_500);
    await restartDatabase(3_000);
    await sleep(8_000);
    running = false;
    await load;

    const failed = outcomes.filter((outcome) => !outcome.ok);
    const lastFailure = outcomes.map((outcome) => outcome.ok).lastIndexOf(false);
    console.log(
      `${outcomes.length} reads, ${failed.length} failed during the outage (slowest ${Math.max(...failed.map((f) => f.ms), 0)} ms), ${acknowledged.size} writes acknowledged`,
    );
    expect(failed.length).toBeGreaterThan(0);
    for (const outcome of failed) expect(outcome.ms).toBeLessThan(6_000);
    expect(failed.some((outcome) => outcome.leaked)).toBe(false);
    // after the restart the subgraphs serve again without being restarted
    expect(outcomes.slice(lastFailure + 1).length).toBeGreaterThan(3);

    const ids = new Set<string>();
    let after: string | null = null;
    do {
      const page: Data = await graph.query<Data>(
        `query ($after: String) { travellers(filter: { name: "reinicio prueba" }, first: 100, after: $after) {
          edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const connection = page.body.data!.travellers;
      for (const edge of connection.edges) ids.add(edge.node.id);
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    const lost = [...acknowledged.values()].filter((id) => !ids.has(id));
    expect(lost).toEqual([]);
  }, 90_000);
});

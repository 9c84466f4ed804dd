import { signRequest } from "@frontera/service";
import { type TestGraph } from "@frontera/testing";
import { startWholeGraph } from "../support/whole-graph";

// When the client of a subgraph request hangs up (the gateway's subgraph timeout aborts its
// fetch), the subgraph stops working on it: no more SQL for an answer nobody will read.
let graph: TestGraph;
let driverId: string;

beforeAll(async () => {
  graph = await startWholeGraph({ seed: 8, shipments: 400 });
  const trips = await graph.subgraphs.cargo.dataSource.getRepository("Trip").find({ select: { driverId: true } });
  const tripsByDriver = new Map<string, number>();
  for (const { driverId: id } of trips as Array<{ driverId: string }>)
    tripsByDriver.set(id, (tripsByDriver.get(id) ?? 0) + 1);
  driverId = [...tripsByDriver].sort((a, b) => b[1] - a[1])[0][0];
});

afterAll(async () => {
  await graph?.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A driver's trips, each trip's driver's trips, and so on: one statement per trip page, fanning out. */
function driverTrips(depth: number): string {
  let selection = "tripNumber";
  for (let level = 0; level < depth; level++) {
    selection = `tripNumber driver { tripsAsDriver(first: 10) { edges { node { ${selection} } } } }`;
  }
  return `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Traveller { tripsAsDriver(first: 10) {
    edges { node { ${selection} } } } } } }`;
}

it("stops issuing SQL once the client of a subgraph request disconnects", async () => {
  const cargo = graph.subgraphs.cargo;
  const body = signRequest(graph.auth.subgraphSecret, {
    query: driverTrips(4),
    variables: { r: [{ __typename: "Traveller", id: driverId }] },
  });
  const client = new AbortController();
  cargo.statements.reset();
  const sent = fetch(cargo.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await graph.auth.token()}` },
    body: JSON.stringify(body),
    signal: client.signal,
  }).catch(() => "aborted");

  // Hang up once the subgraph is busy with it.
  const started = Date.now();
  while (cargo.statements.count < 20 && Date.now() - started < 5_000) await sleep(5);
  expect(cargo.statements.count).toBeGreaterThanOrEqual(20);
  client.abort();
  expect(await sent).toBe("aborted");

  // Statements already under way finish (on MySQL some wait for a pooled connection); after
  // that, nothing more.
  let afterHangUp = -1;
  for (let wait = 0; wait < 40 && cargo.statements.count !== afterHangUp; wait++) {
    afterHangUp = cargo.statements.count;
    await sleep(300);
  }
  await sleep(1_500);
  expect(cargo.statements.count).toBe(afterHangUp);
  // The whole answer would take 11,111 statements (10 + 100 + 1,000 + 10,000 + 1).
  expect(afterHangUp).toBeLessThan(2_000);

  // The subgraph itself is fine and answers the next request.
  const next = await fetch(cargo.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await graph.auth.token()}` },
    body: JSON.stringify(signRequest(graph.auth.subgraphSecret, { query: "{ trips(first: 1) { totalCount } }" })),
  });
  expect(next.status).toBe(200);
});

import { spawn } from "node:child_process";
import { signRequest } from "@frontera/service";
import { type TestGraph, postToSubgraph, testDatabaseKind } from "@frontera/testing";
import { startWholeGraph } from "../support/whole-graph";

// When the client of a subgraph request hangs up (the gateway's subgraph timeout aborts its
// fetch), the subgraph stops working on it: no more SQL for an answer nobody will read.
let graph: TestGraph;

beforeAll(async () => {
  graph = await startWholeGraph({ seed: 8, shipments: 400 });
});

afterAll(async () => {
  await graph?.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once a counter has not moved for 300 ms. */
async function settled(statements: { count: number }): Promise<void> {
  for (let last = -1; statements.count !== last; await sleep(300)) last = statements.count;
}

/** A port's shipments, each shipment's port's shipments, and so on: one statement per page, fanning out. */
function portShipments(depth: number): string {
  const fields = "shipmentControlNumber";
  let selection = fields;
  for (let level = 0; level < depth; level++) {
    selection = `${fields} port { shipments(first: 10) { edges { node { ${selection} } } } }`;
  }
  return `query ($r: [_Any!]!) { _entities(representations: $r) { ... on PortOfEntry { shipments(first: 10) {
    edges { node { ${selection} } } } } } }`;
}

it("stops issuing SQL once the client of a subgraph request disconnects", async () => {
  const cargo = graph.subgraphs.cargo;
  const body = signRequest(graph.auth.subgraphSecret, {
    query: portShipments(3),
    variables: { r: ["2304", "2506"].map((code) => ({ __typename: "PortOfEntry", code })) },
  });
  // Warm the token's access lookup, so the request below starts working at once.
  const token = await graph.auth.token();
  await postToSubgraph(
    cargo.url,
    "{ trips(first: 1) { totalCount } }",
    {},
    { authorization: `Bearer ${token}` },
    graph.auth.subgraphSecret,
  );
  // The client is another process, as the gateway is: it hangs up after 50 ms, whatever this
  // process (which also runs cargo, holding its event loop with synchronous SQLite) is doing. On a
  // loaded machine cargo may not have begun within 50 ms; such a try proves nothing, so it is
  // made again (after cargo's statements for it, if any, have settled).
  const hangUpAfter50ms = async () => {
    await settled(cargo.statements);
    cargo.statements.reset();
    const client = spawn("curl", [
      "--silent",
      "--max-time",
      "0.05",
      "--header",
      "content-type: application/json",
      "--header",
      `authorization: Bearer ${token}`,
      "--data",
      JSON.stringify(body),
      cargo.url,
    ]);
    const exitCode = await new Promise((resolve) => client.on("exit", resolve));
    expect(exitCode).toBe(28); // curl: operation timed out
    return cargo.statements.count;
  };
  for (let tries = 1; (await hangUpAfter50ms()) === 0 && tries < 5; tries++);
  expect(cargo.statements.count).toBeGreaterThanOrEqual(1);

  // Statements already under way finish (on MySQL some wait for a pooled connection); after
  // that, nothing more.
  let afterHangUp = -1;
  for (let wait = 0; wait < 40 && cargo.statements.count !== afterHangUp; wait++) {
    afterHangUp = cargo.statements.count;
    await sleep(300);
  }
  await sleep(1_500);
  expect(cargo.statements.count).toBe(afterHangUp);
  // The whole answer would take 2 × 1,111 statements (1 + 10 + 100 + 1,000 per port).
  expect(afterHangUp).toBeLessThan(2_222);

  // The subgraph itself is fine and answers the next request.
  const next = await fetch(cargo.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await graph.auth.token()}` },
    body: JSON.stringify(signRequest(graph.auth.subgraphSecret, { query: "{ trips(first: 1) { totalCount } }" })),
  });
  expect(next.status).toBe(200);
});

// In one test process the gateway and an embedded (synchronous SQLite) cargo share one event loop
// that cargo holds until its answer is done: the hang-up cannot travel. Real deployments run them
// apart; on MySQL cargo awaits its statements and the hang-up arrives between them.
const onMysql = testDatabaseKind() === "mysql" ? it : it.skip;

onMysql("stops a subgraph's work when the client of the gateway hangs up", async () => {
  const cargo = graph.subgraphs.cargo;
  // Three nested pages of 20 shipments: 1 + 20 + 400 page statements in cargo, in one fetch.
  let selection = "shipmentControlNumber";
  for (let level = 0; level < 2; level++) {
    selection = `shipmentControlNumber port { shipments(first: 20) { edges { node { ${selection} } } } }`;
  }
  const query = `{ port(code: "2304") { shipments(first: 20) { edges { node { ${selection} } } } } }`;
  const client = new AbortController();
  cargo.statements.reset();
  const sent = fetch(graph.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await graph.auth.token()}` },
    body: JSON.stringify({ query }),
    signal: client.signal,
  }).catch(() => "aborted");
  const started = Date.now();
  // Hang up as soon as cargo has started: the 400 pages of the last level must not all be read.
  while (cargo.statements.count < 1 && Date.now() - started < 5_000) await sleep(1);
  expect(cargo.statements.count).toBeGreaterThanOrEqual(1);
  client.abort();
  expect(await sent).toBe("aborted");

  let afterHangUp = -1;
  for (let wait = 0; wait < 40 && cargo.statements.count !== afterHangUp; wait++) {
    afterHangUp = cargo.statements.count;
    await sleep(300);
  }
  await sleep(1_000);
  expect(cargo.statements.count).toBe(afterHangUp);
  expect(afterHangUp).toBeLessThan(421);
});

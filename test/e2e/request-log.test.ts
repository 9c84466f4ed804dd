import { signRequest } from "@frontera/service";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type TestGraph } from "@frontera/testing";
import { startWholeGraph } from "../support/whole-graph";

const logFile = join(mkdtempSync(join(tmpdir(), "frontera-log-")), "services.log");
let graph: TestGraph;

beforeAll(async () => {
  process.env.LOG_LEVEL = "info";
  process.env.LOG_FILE = logFile;
  graph = await startWholeGraph({ seed: 6, shipments: 20 });
});

afterAll(async () => {
  await graph?.stop();
  process.env.LOG_LEVEL = "silent";
  delete process.env.LOG_FILE;
});

it("logs one JSON line per request under the request id the gateway returns, in every service, without the token", async () => {
  const token = await graph.auth.token({
    agency: "SENASICA",
    kind: "partner",
    scopes: ["reference:read", "cargo:manifest:read"],
  });
  const response = await fetch(graph.gatewayUrl, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Bearer ${token}`,
      "x-request-id": "client-chosen-id-1",
    },
    body: JSON.stringify({
      operationName: "Traced",
      query: "query Traced { shipments(first: 2) { edges { node { shipmentControlNumber port { name } } } } }",
    }),
  });
  const requestId = response.headers.get("x-request-id")!;
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

  const lines = readFileSync(logFile, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.requestId === requestId);
  const services = new Set(lines.map((line) => line.service));
  expect(services).toEqual(new Set(["gateway", "cargo", "agreements"]));
  expect(lines.find((line) => line.service === "gateway")).toMatchObject({
    operation: "Traced",
    status: 200,
    agency: "SENASICA",
    kind: "partner",
  });
  expect(readFileSync(logFile, "utf8")).not.toContain(token.split(".")[2]);
  expect(readFileSync(logFile, "utf8")).not.toContain("client-chosen-id-1");
});

it("keeps a request id sent straight to a subgraph only if it has the shape of the gateway's ids", async () => {
  const token = await graph.auth.token();
  const ask = async (requestId: string) => {
    const response = await fetch(graph.subgraphs.agreements.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-request-id": requestId },
      body: JSON.stringify(signRequest(graph.auth.subgraphSecret, { query: "{ ports { code } }" })),
    });
    expect(response.status).toBe(200);
    return response.headers.get("x-request-id")!;
  };
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  const gatewayShaped = crypto.randomUUID();
  expect(await ask(gatewayShaped)).toBe(gatewayShaped);
  for (const forged of [
    "client-chosen-id-2",
    "AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE",
    "x".repeat(40),
    "not_a_uuid_at_all",
  ]) {
    const kept = await ask(forged);
    expect(kept).not.toBe(forged);
    expect(kept).toMatch(uuid);
  }
  expect(readFileSync(logFile, "utf8")).not.toContain("client-chosen-id-2");
});

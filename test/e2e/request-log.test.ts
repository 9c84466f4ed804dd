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

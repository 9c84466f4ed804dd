import { RAW_BODY_SIGNATURE_HEADER, rawBodySignature, signRequest } from "@frontera/service";
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

describe("an unexpected error in a subgraph", () => {
  /** Straight to agreements under a request id of the gateway's shape: the id its log keeps. */
  const askAgreements = async (query: string, variables: Record<string, unknown>, token: string) => {
    const requestId = crypto.randomUUID();
    const response = await fetch(graph.subgraphs.agreements.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-request-id": requestId },
      body: JSON.stringify(signRequest(graph.auth.subgraphSecret, { query, variables })),
    });
    return { requestId, body: (await response.json()) as { errors?: Array<Record<string, unknown>> } };
  };
  const errorsLogged = (requestId: string) =>
    readFileSync(logFile, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { requestId?: string; level: number; service: string; err?: Error })
      .filter((line) => line.requestId === requestId && line.level >= 50);
  /** Runs `ask` while one of agreements' tables is missing: its statements fail as SQL errors. */
  const withoutTable = async <T>(table: string, ask: () => Promise<T>): Promise<T> => {
    const database = graph.subgraphs.agreements.dataSource;
    await database.query(`ALTER TABLE ${table} RENAME TO ${table}_away`);
    try {
      return await ask();
    } finally {
      await database.query(`ALTER TABLE ${table}_away RENAME TO ${table}`);
    }
  };

  it("reaches the client masked, and the log with its cause and stack under the request id", async () => {
    const token = await graph.auth.token();
    const { requestId, body } = await withoutTable("agencies", () => askAgreements("{ agencies { code } }", {}, token));

    expect(body.errors?.[0]).toMatchObject({ message: "Internal server error" });
    expect(JSON.stringify(body)).not.toContain("agencies_away");
    expect(JSON.stringify(body)).not.toContain("agencies`");
    const [logged, ...more] = errorsLogged(requestId);
    expect(more).toEqual([]);
    expect(logged.service).toBe("agreements");
    expect(logged.err?.message).toMatch(/agencies/);
    expect(logged.err?.stack).toMatch(/\n\s+at /);
  });

  it("keeps the cause of a failed disclosure write in the log", async () => {
    const service = await graph.auth.token({ kind: "service", agency: "CBP", scopes: ["disclosures:record"] });
    const input = {
      agency: "SENASICA",
      subject: "test",
      jti: "unexpected-error-test",
      operationName: null,
      operationHash: "b".repeat(64),
      scopes: ["cargo:manifest:read"],
      entityCounts: [],
    };
    const { requestId, body } = await withoutTable("disclosures", () =>
      askAgreements(
        `mutation($inputs: [DisclosureInput!]!) { recordDisclosures(inputs: $inputs) }`,
        { inputs: [input] },
        service,
      ),
    );

    expect(body.errors?.[0]).toMatchObject({ extensions: { code: "INTERNAL_SERVER_ERROR" } });
    const [logged] = errorsLogged(requestId);
    expect(logged.err?.message).toMatch(/disclosures/);
    expect(logged.err?.stack).toMatch(/\n\s+at /);
    // the statement's text, never its values (the records' data)
    expect(JSON.stringify(logged)).toContain("INSERT INTO");
    expect(JSON.stringify(logged)).not.toContain(input.jti);
  });

  it("keeps the cause of a failed write to POST /disclosures in the log, and logs the request under its id", async () => {
    const service = await graph.auth.token({ kind: "service", agency: "CBP", scopes: ["disclosures:record"] });
    const body = JSON.stringify({
      disclosures: [
        {
          agency: "SENASICA",
          subject: "test",
          jti: "unexpected-route-error-test",
          operationName: null,
          operationHash: "b".repeat(64),
          documentId: null,
          scopes: ["cargo:manifest:read"],
          entityCounts: [],
          grants: [],
          records: [],
        },
      ],
    });
    const requestId = crypto.randomUUID();
    const response = await withoutTable("disclosures", () =>
      fetch(graph.subgraphs.agreements.url.replace(/\/graphql$/, "/disclosures"), {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${service}`,
          "x-request-id": requestId,
          [RAW_BODY_SIGNATURE_HEADER]: rawBodySignature(graph.auth.subgraphSecret, "POST /disclosures", body),
        },
        body,
      }),
    );

    expect(response.status).toBe(503);
    expect(response.headers.get("x-request-id")).toBe(requestId);
    expect(JSON.stringify(await response.json())).not.toMatch(/disclosures_away|INSERT/);
    const [logged, ...more] = errorsLogged(requestId);
    expect(more).toEqual([]);
    expect(logged.service).toBe("agreements");
    expect(logged.err?.message).toMatch(/disclosures/);
    expect(logged.err?.stack).toMatch(/\n\s+at /);
    expect(JSON.stringify(logged)).toContain("INSERT INTO");
    expect(JSON.stringify(logged)).not.toContain("unexpected-route-error-test");
    const request = readFileSync(logFile, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((line) => line.requestId === requestId && line.msg === "request");
    expect(request).toMatchObject({ path: "/disclosures", status: 503, agency: "CBP", kind: "service" });
  });
});

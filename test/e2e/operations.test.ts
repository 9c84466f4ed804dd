import { RegisteredDocuments, ShipmentCountDocument } from "@frontera/operations";
import { type TestGraph, testDatabaseKind } from "@frontera/testing";
import { startWholeGraph } from "../support/whole-graph";

let graph: TestGraph;

beforeAll(async () => {
  graph = await startWholeGraph({ seed: 6, shipments: 20 });
});

afterAll(async () => {
  await graph?.stop();
});

const base = (url: string) => url.replace(/\/graphql$/, "");

describe("health, readiness and metrics", () => {
  it("reports every service live and ready, the gateway naming each subgraph it checked", async () => {
    for (const url of [graph.gatewayUrl, ...Object.values(graph.subgraphs).map((subgraph) => subgraph.url)]) {
      expect((await fetch(`${base(url)}/health`)).status).toBe(200);
    }
    const ready = await fetch(`${base(graph.gatewayUrl)}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: "ready",
      checks: { agreements: "ok", cargo: "ok", travellers: "ok" },
    });
    const cargo = await fetch(`${base(graph.subgraphs.cargo.url)}/ready`);
    expect(await cargo.json()).toEqual({ status: "ready", checks: { database: "ok" } });
  });

  it("counts requests by registered document and outcome, in Prometheus text", async () => {
    await graph.query(ShipmentCountDocument, { port: "2304" });
    await graph.query(ShipmentCountDocument, { port: "2304" });
    await graph.query(`{ ports { name } }`); // an unregistered one, through agreements
    const text = await (await fetch(`${base(graph.gatewayUrl)}/metrics`)).text();

    expect(text).toMatch(
      /frontera_graphql_requests_total\{operation="ShipmentCount",outcome="ok",service="gateway"\} 2/,
    );
    expect(text).toMatch(
      /frontera_graphql_request_duration_seconds_bucket\{le="[^"]+",service="gateway",operation="ShipmentCount"\}/,
    );
    expect(text).toMatch(/process_cpu_user_seconds_total/);
    expect(text).toMatch(
      /frontera_subgraph_fetch_duration_seconds_count\{[^}]*subgraph="agreements"[^}]*outcome="ok"[^}]*\} [1-9]/,
    );
  });

  it("keeps the operation label bounded: 500 client-chosen names add no series, only `other`", async () => {
    const operationLabels = async () => {
      const text = await (await fetch(`${base(graph.gatewayUrl)}/metrics`)).text();
      return new Set(
        [...text.matchAll(/^frontera_graphql_requests_total\{[^}]*operation="([^"]*)"/gm)].map((m) => m[1]),
      );
    };
    // refused requests never add a name, however many
    for (let i = 0; i < 20; i++) await graph.query(`query Refused${i} { __typename }`, {}, null);
    expect([...(await operationLabels())].filter((label) => label.startsWith("Refused"))).toEqual([]);

    const names = Array.from({ length: 500 }, () => `Op${crypto.randomUUID().replace(/-/g, "")}`);
    for (let i = 0; i < names.length; i += 10) {
      await Promise.all(names.slice(i, i + 10).map((name) => graph.query(`query ${name} { __typename }`)));
    }
    const labels = await operationLabels();
    // the gateway labels by registered document (the manifest's names) or "other"
    const registered = new RegisteredDocuments().manifest.operations.map((operation) => operation.name);
    expect(labels).toContain("other");
    expect(labels).toContain("ShipmentCount"); // counted earlier, still under its name
    for (const label of labels) expect([...registered, "other"]).toContain(label);
  });

  it("shows each subgraph's SQL latency by statement kind and, on MySQL, its connection pool", async () => {
    await graph.query(`{ shipments(first: 2) { edges { node { shipmentControlNumber } } } }`);
    const text = await (await fetch(`${base(graph.subgraphs.cargo.url)}/metrics`)).text();

    expect(text).toMatch(/frontera_db_query_duration_seconds_count\{[^}]*kind="select"[^}]*\} [1-9]/);
    expect(text).toMatch(/frontera_db_query_duration_seconds_bucket\{le="0.001",[^}]*kind="select"/);
    // bounded labels: a kind or a pool state, never a statement or a value
    for (const [, labels] of text.matchAll(/^frontera_db_\w+\{([^}]*)\}/gm)) {
      for (const [, name, value] of labels.matchAll(/(\w+)="([^"]*)"/g)) {
        expect(["le", "service", "kind", "state"]).toContain(name);
        expect(value).toMatch(/^[\w.+]+$/);
      }
    }
    if (testDatabaseKind() === "mysql") {
      expect(text).toMatch(/frontera_db_pool_connections\{state="max",service="cargo"\} 10/);
      expect(text).toMatch(/frontera_db_pool_connections\{state="idle",service="cargo"\} [1-9]/);
      expect(text).toMatch(/frontera_db_pool_connections\{state="in_use",service="cargo"\} \d/);
      expect(text).toMatch(/frontera_db_pool_waiting_requests\{service="cargo"\} 0/);
    } else {
      // one in-process SQLite connection: no pool to report
      expect(text).not.toMatch(/frontera_db_pool/);
    }
  });

  it("counts the requests refused before execution", async () => {
    await graph.query(`{ ports { name } }`, {}, null);
    const text = await (await fetch(`${base(graph.gatewayUrl)}/metrics`)).text();
    expect(text).toMatch(/frontera_refused_requests_total\{[^}]*reason="unauthenticated"[^}]*\} [1-9]/);
  });

  it("serves GraphiQL offline with the canonical operations, nothing from elsewhere", async () => {
    const response = await fetch(`${base(graph.gatewayUrl)}/`);
    const html = await response.text();
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    for (const operation of ["ShipmentDossier", "TravellerProfile", "PortDashboard"]) expect(html).toContain(operation);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?https?:/i);
  });

  it("says which subgraph is down when the gateway is not ready", async () => {
    await graph.subgraphs.travellers.stop();
    const ready = await fetch(`${base(graph.gatewayUrl)}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      status: "not ready",
      checks: { travellers: "unreachable", cargo: "ok" },
    });
  });
});

import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { SHIPMENT_DOSSIER } from "../support/canonical-operations";
import { postGraphQL, testDatabaseKind } from "@frontera/testing";
import {
  type GraphDatabases,
  buildServices,
  prepareGraphDatabases,
  startGraphProcesses,
} from "../support/graph-processes";
import { type ReceivedSpan, startOtlpReceiver } from "../support/otlp-receiver";

// OpenTelemetry end to end, as deployed: the gateway and the three subgraphs each run in their
// own process with the OTEL_* variables an operator would set, exporting OTLP/HTTP JSON to a
// receiver of this test. Processes are stopped with SIGTERM before anything is read: a service
// exports what it still holds as it stops, so the assertions never wait on a timer.

let prepared: GraphDatabases;
let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;

beforeAll(async () => {
  buildServices();
  prepared = await prepareGraphDatabases({ seed: 6, shipments: 20 });
  receiver = await startOtlpReceiver();
}, 120_000);

afterAll(async () => {
  await receiver?.close();
  await prepared?.drop();
});

async function dossierThroughProcesses(env: Record<string, string>) {
  const graph = await startGraphProcesses(prepared, env);
  try {
    const token = await prepared.auth.token();
    const authorization = { authorization: `Bearer ${token}` };
    const first = await postGraphQL<{ shipments: { edges: Array<{ node: { port: { code: string } } }> } }>(
      graph.gatewayUrl,
      "{ shipments(first: 1) { edges { node { port { code } } } } }",
      {},
      authorization,
    );
    const port = first.body.data!.shipments.edges[0].node.port.code;
    const dossier = await postGraphQL(graph.gatewayUrl, SHIPMENT_DOSSIER, { port, first: 5 }, authorization);
    expect(dossier.body.errors).toBeUndefined();
    const familyNames = dossier.body.data!.shipments!.edges.flatMap(({ node }) =>
      node.trip.driver ? [node.trip.driver.familyName] : [],
    );
    return { token, familyNames };
  } finally {
    await graph.stop();
  }
}

describe("tracing", () => {
  it("follows ShipmentDossier from the gateway through a subgraph to its SQL in one trace, without tokens or personal data", async () => {
    const { token, familyNames } = await dossierThroughProcesses({
      OTEL_TRACES_EXPORTER: "otlp",
      OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
    });

    const request = receiver.spans.find(
      (span) => span.name === "gateway.request" && span.attributes["graphql.operation.name"] === "ShipmentDossier",
    );
    expect(request?.service).toBe("frontera-gateway");
    const trace = receiver.spans.filter((span) => span.traceId === request!.traceId);
    const summary = (span: ReceivedSpan) => `${span.service} ${span.kind} ${span.name}`;

    // the gateway's own spans, its fetch to cargo (undici, which sent traceparent on) …
    expect(trace.map(summary)).toEqual(
      expect.arrayContaining([
        "frontera-gateway 2 POST /graphql",
        "frontera-gateway 1 gateway.plan",
        "frontera-gateway 1 gateway.fetch",
        "frontera-gateway 3 POST",
      ]),
    );
    // … cargo's server span, in the same trace: the context crossed the process boundary …
    const cargoServer = trace.find((span) => span.service === "frontera-cargo" && span.kind === 2);
    expect(cargoServer).toBeDefined();
    const gatewayFetch = trace.find((span) => span.spanId === cargoServer!.parentSpanId);
    expect(gatewayFetch?.service).toBe("frontera-gateway");
    // … and the SQL cargo ran for it, a statement kind and no values
    const statements = trace.filter((span) => span.service === "frontera-cargo" && span.attributes["db.system.name"]);
    expect(statements.map((span) => span.name)).toContain("SELECT");
    expect(statements[0].attributes["db.system.name"]).toBe(testDatabaseKind() === "mysql" ? "mysql" : "sqlite");
    for (const statement of statements) {
      // MySQL's spans carry the statement, masked (placeholders, no literal); SQLite's only its kind
      expect(String(statement.attributes["db.query.text"] ?? "")).not.toMatch(/'[^']*'|\b\d+\b/);
    }
    // every subgraph the dossier touches is in the trace
    expect(new Set(trace.map((span) => span.service))).toEqual(
      new Set(["frontera-gateway", "frontera-cargo", "frontera-agreements", "frontera-travellers"]),
    );

    const exported = receiver.bodies.join("\n");
    expect(exported).not.toContain(token);
    expect(exported).not.toMatch(/bearer/i);
    expect(exported).not.toMatch(/authorization/i);
    expect(familyNames.length).toBeGreaterThan(0);
    for (const familyName of familyNames) expect(exported).not.toContain(familyName);
  });

  it("exports nothing when OTEL_TRACES_EXPORTER is unset, even with an endpoint configured", async () => {
    receiver.bodies.length = 0;
    receiver.spans.length = 0;
    await dossierThroughProcesses({
      OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
    });
    expect(receiver.bodies).toEqual([]);
  });

  it("costs nothing when off: startTracing loads no OpenTelemetry module (the SDK and instrumentations stay unread)", () => {
    const telemetry = join(__dirname, "..", "..", "packages", "telemetry", "dist", "index.js");
    const loadedWith = (env: Record<string, string>) =>
      Number(
        execFileSync(
          process.execPath,
          [
            "-e",
            `require(${JSON.stringify(telemetry)}).startTracing("probe", ${JSON.stringify(env)});
             console.log(Object.keys(require.cache).filter((path) => path.includes("@opentelemetry")).length);`,
          ],
          { encoding: "utf8" },
        ),
      );
    expect(loadedWith({})).toBe(0);
    expect(loadedWith({ OTEL_TRACES_EXPORTER: "console" })).toBeGreaterThan(100);
  });
});

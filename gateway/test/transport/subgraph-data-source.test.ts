import { type IncomingMessage, type Server, createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { type Logger, hasValidSignature } from "@frontera/service";
import { parse } from "graphql";
import { createGatewayMetrics } from "../../src/telemetry/gateway-metrics";
import { type GatewayContext } from "../../src/auth/gateway-context";
import { SubgraphDataSource } from "../../src/transport/subgraph-data-source";

// A real HTTP subgraph stand-in that answers slowly, so requests overlap, and remembers what it got.
interface Received {
  authorization: string | undefined;
  requestId: string | undefined;
  body: { query: string; variables?: Record<string, unknown> };
}

let server: Server;
let url: string;
let received: Received[] = [];
let nextAnswer: { status: number; body: string; headers?: Record<string, string>; delayMs?: number } | undefined;
/** Resolved with whether the gateway closed the connection before the answer was sent. */
let hangUps: boolean[] = [];
const SECRET = "the-gateway-and-subgraphs-share-this-secret";
/** What the data source logged at warn: the causes of failed fetches. */
let warnings: Array<Record<string, unknown>> = [];
const log = { warn: (details: Record<string, unknown>) => warnings.push(details) } as unknown as Logger;

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = "";
    request.on("data", (chunk: Buffer) => (text += chunk.toString()));
    request.on("end", () => resolve(text));
  });

beforeAll(async () => {
  server = createServer(async (request, response) => {
    response.once("close", () => hangUps.push(!response.writableFinished));
    const body = JSON.parse(await readBody(request)) as Received["body"];
    received.push({
      authorization: request.headers.authorization,
      requestId: request.headers["x-request-id"] as string | undefined,
      body,
    });
    const answer = nextAnswer ?? { status: 200, body: JSON.stringify({ data: { echo: body.variables ?? null } }) };
    await new Promise((resolve) => setTimeout(resolve, answer.delayMs ?? 50));
    if (response.closed) return;
    response.writeHead(answer.status, { "content-type": "application/json", ...answer.headers }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  received = [];
  nextAnswer = undefined;
  hangUps = [];
  warnings = [];
});

const source = (timeoutMs = 2_000) =>
  new SubgraphDataSource({
    serviceName: "cargo",
    url,
    timeoutMs,
    metrics: createGatewayMetrics(),
    upstreamSecret: SECRET,
    log,
  });

function fetchFor(
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
  requestId = "request-1",
  clientGone?: AbortSignal,
) {
  const context = { token, requestId, clientGone } as GatewayContext;
  return {
    kind: "incoming operation",
    request: { query, variables },
    document: parse(query),
    context,
    incomingRequestContext: { context },
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}

const QUERY = "query Q__cargo__0($id: ID!) { shipment(id: $id) { id } }";
const MUTATION = 'mutation M__cargo__0 { assessRisk(input: { id: "1" }) { riskAssessment { id } } }';

describe("the gateway's subgraph data source", () => {
  it("sends the token and the request id, and nothing else of the client's", async () => {
    const dataSource = source();
    const response = await dataSource.process(fetchFor("token-a", QUERY, { id: "7" }));
    expect(response.data).toEqual({ echo: { id: "7" } });
    expect(received).toEqual([
      { authorization: "Bearer token-a", requestId: "request-1", body: expect.objectContaining({ query: QUERY }) },
    ]);
    await dataSource.close();
  });

  it("signs every fetch with the subgraph secret", async () => {
    const dataSource = source();
    await dataSource.process(fetchFor("token-a", QUERY, { id: "7" }));
    await dataSource.process(fetchFor("token-a", MUTATION));
    expect(received.map(({ body }) => hasValidSignature(SECRET, body))).toEqual([true, true]);
    expect(received.map(({ body }) => hasValidSignature(`${SECRET}!`, body))).toEqual([false, false]);
    await dataSource.close();
  });

  it("hangs up on a subgraph that does not answer in time, so that it can stop working", async () => {
    const dataSource = source(200);
    nextAnswer = { status: 200, body: JSON.stringify({ data: {} }), delayMs: 1_500 };
    await expect(dataSource.process(fetchFor("token-a", QUERY, { id: "1" }))).rejects.toMatchObject({
      extensions: { code: "SERVICE_UNAVAILABLE" },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hangUps).toEqual([true]);
    // The client is told only that cargo is unavailable; the log keeps why, with the request id.
    expect(warnings).toEqual([
      expect.objectContaining({
        requestId: "request-1",
        subgraph: "cargo",
        err: expect.objectContaining({ stack: expect.any(String) }),
      }),
    ]);
    expect((warnings[0].err as { type: string }).type).toMatch(/Timeout/);
    await dataSource.close();
  });

  it("hangs up on the subgraph once every client waiting for a fetch has gone", async () => {
    const dataSource = source();
    nextAnswer = { status: 200, body: JSON.stringify({ data: {} }), delayMs: 1_000 };
    const [first, second] = [new AbortController(), new AbortController()];
    const answers = [first, second].map((client) =>
      dataSource.process(fetchFor("token-a", QUERY, { id: "1" }, "request-1", client.signal)).catch(() => "gone"),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    first.abort();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hangUps).toEqual([]); // the second client still waits for the shared fetch
    second.abort();
    expect(await Promise.all(answers)).toEqual(["gone", "gone"]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hangUps).toEqual([true]);
    expect(warnings).toEqual([]); // clients that left are no failure of the subgraph's
    await dataSource.close();
  });

  it("lets a mutation finish though its client has gone: it must not stop half-way", async () => {
    const dataSource = source();
    nextAnswer = { status: 200, body: JSON.stringify({ data: { done: true } }), delayMs: 200 };
    const client = new AbortController();
    const answer = dataSource.process(fetchFor("token-a", MUTATION, {}, "request-1", client.signal));
    await new Promise((resolve) => setTimeout(resolve, 50));
    client.abort();
    expect((await answer).data).toEqual({ done: true });
    expect(hangUps).toEqual([false]);
    await dataSource.close();
  });

  it("shares one fetch between identical queries in flight with the same token, each caller its own copy", async () => {
    const dataSource = source();
    const answers = await Promise.all([1, 2, 3].map(() => dataSource.process(fetchFor("token-a", QUERY, { id: "7" }))));
    expect(received).toHaveLength(1);
    expect(answers.map((answer) => answer.data)).toEqual([1, 2, 3].map(() => ({ echo: { id: "7" } })));
    expect(answers[0].data).not.toBe(answers[1].data);
    await dataSource.close();
  });

  it("never shares between tokens, between variables, or once the first answer is in", async () => {
    const dataSource = source();
    await Promise.all([
      dataSource.process(fetchFor("token-a", QUERY, { id: "7" })),
      dataSource.process(fetchFor("token-b", QUERY, { id: "7" })),
      dataSource.process(fetchFor("token-a", QUERY, { id: "8" })),
    ]);
    await dataSource.process(fetchFor("token-a", QUERY, { id: "7" }));
    expect(received.map(({ authorization, body }) => [authorization, body.variables])).toEqual([
      ["Bearer token-a", { id: "7" }],
      ["Bearer token-b", { id: "7" }],
      ["Bearer token-a", { id: "8" }],
      ["Bearer token-a", { id: "7" }],
    ]);
    await dataSource.close();
  });

  it("never shares a mutation", async () => {
    const dataSource = source();
    await Promise.all([1, 2].map(() => dataSource.process(fetchFor("token-a", MUTATION))));
    expect(received).toHaveLength(2);
    await dataSource.close();
  });

  it("turns an answer that is not GraphQL into SERVICE_UNAVAILABLE naming the subgraph", async () => {
    const dataSource = source();
    nextAnswer = { status: 502, body: "<html>bad gateway</html>" };
    await expect(dataSource.process(fetchFor("token-a", QUERY, { id: "1" }))).rejects.toMatchObject({
      extensions: { code: "SERVICE_UNAVAILABLE", serviceName: "cargo" },
    });
    expect(warnings).toEqual([expect.objectContaining({ requestId: "request-1", subgraph: "cargo", status: 502 })]);
    nextAnswer = { status: 401, body: JSON.stringify({ errors: [{ message: "no" }] }) };
    await expect(dataSource.process(fetchFor("token-a", QUERY, { id: "1" }))).rejects.toMatchObject({
      extensions: { code: "UNAUTHENTICATED" },
    });
    await dataSource.close();
  });

  it("passes a subgraph's GraphQL errors through, also on 400", async () => {
    const dataSource = source();
    nextAnswer = { status: 400, body: JSON.stringify({ errors: [{ message: "Unknown argument" }] }) };
    const response = await dataSource.process(fetchFor("token-a", QUERY, { id: "1" }));
    expect(response.errors).toEqual([{ message: "Unknown argument" }]);
    await dataSource.close();
  });
});

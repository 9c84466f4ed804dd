import { type TestGraph, postGraphQL } from "@frontera/testing";
import { freePort } from "../support/free-port";
import { startWholeGraph } from "../support/whole-graph";

// A gateway pointed at a Redis that does not answer serves on: each replica counts the budgets in
// its own memory (docs/scaling.md), and says so in /metrics and its log instead of keeping quiet.

async function redisErrors(graph: TestGraph): Promise<Record<string, number>> {
  const text = await (await fetch(graph.gatewayUrl.replace(/\/graphql$/, "/metrics"))).text();
  return Object.fromEntries(
    [...text.matchAll(/^frontera_redis_errors_total\{operation="(\w+)"[^}]*\} (\d+)$/gm)].map(
      ([, operation, count]) => [operation, Number(count)],
    ),
  );
}

describe("the gateway with its Redis down", () => {
  let graph: TestGraph;

  beforeAll(async () => {
    const redisUrl = `redis://127.0.0.1:${await freePort()}`;
    graph = await startWholeGraph(
      { seed: 6, shipments: 20 },
      { rateLimits: { perToken: 5, perAgency: 1000, redisUrl } },
    );
  });

  afterAll(() => graph?.stop());

  it("serves within each token's budget, counted in memory, and refuses past it", async () => {
    const token = await graph.auth.token({ agency: "INM", kind: "partner", scopes: ["reference:read"] });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const { status } = await postGraphQL(
        graph.gatewayUrl,
        "{ agencies { code } }",
        {},
        { authorization: `Bearer ${token}` },
      );
      statuses.push(status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it("counts every request whose budget Redis could not keep, and the failed connections", async () => {
    const before = await redisErrors(graph);
    const { body } = await graph.query("{ agencies { code } }");
    expect(body.errors).toBeUndefined();
    const after = await redisErrors(graph);
    // One budget per token and one per agency: both counted in memory instead.
    expect(after.rate_limit).toBe((before.rate_limit ?? 0) + 2);
    expect(after.connect).toBeGreaterThan(0);
    // The reference-cache invalidations could not subscribe either.
    expect(after.subscribe).toBeGreaterThan(0);
  });
});

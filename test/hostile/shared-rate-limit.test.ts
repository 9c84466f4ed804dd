import { type RunningService } from "@frontera/service";
import { type TestGraph, postGraphQL } from "@frontera/testing";
import { startGatewayReplica, startWholeGraph } from "../support/whole-graph";

// Several gateway replicas share one budget through Redis. Runs where TEST_REDIS_URL names a
// Redis server (CI sets it); the in-memory limiter is covered by hostile-input.test.ts.
const redisUrl = process.env.TEST_REDIS_URL;

(redisUrl ? describe : describe.skip)("rate limits shared through Redis", () => {
  let graph: TestGraph;
  const replicas: RunningService[] = [];

  beforeAll(async () => {
    graph = await startWholeGraph({ seed: 6, shipments: 20 });
    for (let i = 0; i < 2; i += 1) {
      replicas.push(await startGatewayReplica(graph, { rateLimits: { perToken: 10, perAgency: 1000, redisUrl } }));
    }
  });

  afterAll(async () => {
    for (const replica of replicas) await replica.stop();
    await graph?.stop();
  });

  it("counts a token's requests across two gateway replicas", async () => {
    const token = await graph.auth.token({ agency: "INM", kind: "partner", scopes: ["reference:read"] });
    const statuses: number[] = [];
    for (let i = 0; i < 14; i += 1) {
      const replica = replicas[i % 2];
      const { status } = await postGraphQL(
        replica.url,
        "{ agencies { code } }",
        {},
        { authorization: `Bearer ${token}` },
      );
      statuses.push(status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429, 429, 429]);
  });
});

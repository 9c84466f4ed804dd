import { type RunningService } from "@frontera/service";
import { type TestGraph, eventually, postGraphQL } from "@frontera/testing";
import { type Data } from "../support/graphql-expectations";
import { startGatewayReplica, startWholeGraph } from "../support/whole-graph";

// Two gateway replicas sharing Redis: a mutation through one drops the reference data the other
// keeps. Runs where TEST_REDIS_URL names a Redis server (CI sets it).
const redisUrl = process.env.TEST_REDIS_URL;

(redisUrl ? describe : describe.skip)("reference cache invalidated across replicas through Redis", () => {
  let graph: TestGraph;
  const replicas: RunningService[] = [];
  let token: string;

  beforeAll(async () => {
    graph = await startWholeGraph({ seed: 6, shipments: 20 });
    for (let i = 0; i < 2; i += 1) {
      replicas.push(await startGatewayReplica(graph, { rateLimits: { perToken: 1000, perAgency: 1000, redisUrl } }));
    }
    token = await graph.auth.token();
  });

  afterAll(async () => {
    for (const replica of replicas) await replica.stop();
    await graph?.stop();
  });

  const ask = async (replica: RunningService, query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await postGraphQL<Data>(replica.url, query, variables, { authorization: `Bearer ${token}` });
    expect(body.errors).toBeUndefined();
    return body.data!;
  };

  it("shows at replica B an agreement amended through replica A", async () => {
    const read = `query($id: ID!) { agreement(id: $id) { title } }`;
    const id = "2018-cpi-ucp-mou";
    const before = await ask(replicas[1], read, { id }); // now kept at B
    expect(await ask(replicas[1], read, { id })).toEqual(before);

    const title = `${before.agreement.title as string} (amended through A)`;
    await ask(
      replicas[0],
      `mutation($id: ID!, $title: String!) { amendAgreement(id: $id, expectedVersion: 1, input: { title: $title }, reason: "peer test") { agreement { title } } }`,
      { id, title },
    );
    // the invalidation travels through Redis pub/sub: give it a moment, far below the 60 s max-age
    await eventually(async () => expect((await ask(replicas[1], read, { id })).agreement.title).toBe(title), {
      within: 1_000,
      every: 50,
    });
  });
});

import { eventually, postGraphQL } from "@frontera/testing";
import { type Data } from "../support/graphql-expectations";
import {
  type GraphDatabases,
  type GraphProcesses,
  type ServiceProcess,
  buildServices,
  prepareGraphDatabases,
  startGraphProcesses,
  startServiceProcess,
} from "../support/graph-processes";

// Two gateway processes behind one (imagined) load balancer, sharing Redis: what one of them
// applies — a rate limit, a revocation, a change of reference data — holds at the other. Runs
// where TEST_REDIS_URL names a Redis server (CI sets it).
const redisUrl = process.env.TEST_REDIS_URL;

(redisUrl ? describe : describe.skip)("two gateway processes sharing Redis", () => {
  let prepared: GraphDatabases;
  let graph: GraphProcesses;
  let second: ServiceProcess;
  let replicas: string[];
  let admin: string;

  beforeAll(async () => {
    buildServices();
    prepared = await prepareGraphDatabases({ seed: 6, shipments: 20 });
    const env = { REDIS_URL: redisUrl!, RATE_LIMIT_PER_TOKEN: "10", RATE_LIMIT_PER_AGENCY: "1000" };
    graph = await startGraphProcesses(prepared, env);
    const url = (name: string) => graph.services.find((service) => service.name === name)!.url;
    second = await startServiceProcess("gateway", {
      FRONTERA_KEYS_FILE: prepared.auth.auth.keysFile,
      FRONTERA_ISSUER: prepared.auth.auth.issuer,
      FRONTERA_DATA_DIR: prepared.databases.agreements.dataDir,
      GATEWAY_PORT: "0",
      AGREEMENTS_URL: url("agreements"),
      CARGO_URL: url("cargo"),
      TRAVELLERS_URL: url("travellers"),
      ...env,
    });
    replicas = [graph.gatewayUrl, second.url];
    admin = await prepared.auth.token();
  }, 180_000);

  afterAll(async () => {
    await second?.stop();
    await graph?.stop();
    await prepared?.drop();
  });

  const ask = (replica: number, query: string, token: string, variables: Record<string, unknown> = {}) =>
    postGraphQL<Data>(replicas[replica], query, variables, { authorization: `Bearer ${token}` });

  it("spends one token's budget across both processes", async () => {
    const token = await prepared.auth.token({ agency: "INM", kind: "partner", scopes: ["reference:read"] });
    const statuses: number[] = [];
    for (let i = 0; i < 14; i += 1) statuses.push((await ask(i % 2, "{ agencies { code } }", token)).status);
    expect(statuses).toEqual([...Array(10).fill(200), 429, 429, 429, 429]);
  });

  it("refuses at one process, within 5 seconds, a token revoked through the other", async () => {
    const token = await prepared.auth.token({ agency: "INM", kind: "partner", scopes: ["reference:read"] });
    expect((await ask(1, "{ agencies { code } }", token)).status).toBe(200);
    const { jti } = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()) as { jti: string };
    const revoked = await ask(
      0,
      `mutation($jti: String!) { revokeToken(jti: $jti, reason: "replica test") { newlyRevoked } }`,
      admin,
      {
        jti,
      },
    );
    expect(revoked.body.data).toEqual({ revokeToken: { newlyRevoked: true } });
    // Every 600 ms: each poll spends the token's budget (10 a minute), which 100 ms polls used up
    // (429) before the revocation reached the other process.
    await eventually(async () => expect((await ask(1, "{ agencies { code } }", token)).status).toBe(401), {
      within: 5_000,
      every: 600,
    });
  });

  it("shows at one process an agreement amended through the other", async () => {
    const read = `query($id: ID!) { agreement(id: $id) { title } }`;
    const id = "2018-cpi-ucp-mou";
    const before = (await ask(1, read, admin, { id })).body.data!.agreement.title as string;
    await ask(1, read, admin, { id }); // kept in the second process's reference cache
    const title = `${before} (amended through the first process)`;
    const amended = await ask(
      0,
      `mutation($id: ID!, $title: String!) { amendAgreement(id: $id, expectedVersion: 1, input: { title: $title }, reason: "replicas") { agreement { title } userErrors { code } } }`,
      admin,
      { id, title },
    );
    expect(amended.body.errors).toBeUndefined();
    expect(amended.body.data!.amendAgreement.userErrors).toEqual([]);
    await eventually(async () => expect((await ask(1, read, admin, { id })).body.data!.agreement.title).toBe(title), {
      within: 1_000,
      every: 50,
    });
  });
});

import { type AuthEnv } from "@frontera/config";
import { type TestSeedSize } from "./test-seed";
import { type RunningService } from "@frontera/service";
import { type SubgraphDefinition } from "@frontera/subgraph";
import { type GraphQLResponse, type Operation, postGraphQL, postToSubgraph } from "./post-graphql";
import { type TestSubgraph, startTestSubgraph } from "./start-test-subgraph";
import { type TestAuth, createTestAuth } from "./test-auth";

export type { GraphQLResponse };

export interface TestGraph {
  gatewayUrl: string;
  subgraphs: Record<string, TestSubgraph>;
  auth: TestAuth;
  /**
   * Through the gateway, with an internal token holding every scope unless `token` is given. A
   * typed document of @frontera/operations types the answer's data.
   */
  query<Data = Record<string, unknown>>(
    query: Operation<Data>,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResponse<Data>>;
  /**
   * Straight to one subgraph, signed as the gateway signs, with an internal token holding every
   * scope unless `token` is given (null: no token).
   */
  subgraphQuery<Data = Record<string, unknown>>(
    name: string,
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResponse<Data>>;
  /**
   * Stops one subgraph (its database kept), runs `whileDown`, and starts it again at the same URL:
   * `subgraphs[name]` is then the new one.
   */
  restartSubgraph(name: string, whileDown: () => Promise<void>): Promise<void>;
  /** Resets every subgraph's SQL statement counter. */
  resetStatementCounts(): void;
  /** SQL statements each subgraph sent since the last reset. */
  statementCounts(): Record<string, number>;
  stop(): Promise<void>;
}

/**
 * The whole graph in this process, on port 0: each subgraph on a fresh seeded database, then
 * the gateway routing to them over real HTTP; all of them trusting one fresh signing key.
 */
export async function startTestGraph(options: {
  // Each subgraph has its own context type; the graph only starts and stops them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  subgraphs: Array<SubgraphDefinition<any>>;
  startGateway: (subgraphUrls: Record<string, string>, auth: TestAuth) => Promise<RunningService>;
  seedSize: TestSeedSize;
  /** Other issuers of internal tokens every service of the graph trusts (TRUSTED_ISSUERS). */
  trustedIssuers?: AuthEnv["trustedIssuers"];
}): Promise<TestGraph> {
  const subgraphs: Record<string, TestSubgraph> = {};
  // One object for all: a subgraph learns the URLs of those started after it too (cargo's relay
  // calls travellers).
  const peers: Record<string, string> = {};
  const auth = await createTestAuth({ trustedIssuers: options.trustedIssuers });
  let gateway: RunningService | undefined;
  const stop = async () => {
    await gateway?.stop();
    await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.stop()));
  };
  try {
    for (const definition of options.subgraphs) {
      subgraphs[definition.name] = await startTestSubgraph(definition, options.seedSize, auth, peers);
      peers[definition.name] = subgraphs[definition.name].url;
    }
    const urls = Object.fromEntries(Object.entries(subgraphs).map(([name, subgraph]) => [name, subgraph.url]));
    gateway = await options.startGateway(urls, auth);
  } catch (error) {
    await stop();
    throw error;
  }
  const gatewayUrl = gateway.url;
  const internalToken = await auth.token();
  return {
    gatewayUrl,
    subgraphs,
    auth,
    query: (query, variables, token = internalToken) =>
      postGraphQL(gatewayUrl, query, variables, token ? { authorization: `Bearer ${token}` } : {}),
    subgraphQuery: (name, query, variables, token = internalToken) =>
      postToSubgraph(
        subgraphs[name].url,
        query,
        variables,
        token ? { authorization: `Bearer ${token}` } : {},
        auth.subgraphSecret,
      ),
    restartSubgraph: async (name, whileDown) => {
      subgraphs[name] = await subgraphs[name].restart(whileDown);
    },
    resetStatementCounts: () => Object.values(subgraphs).forEach((subgraph) => subgraph.statements.reset()),
    statementCounts: () =>
      Object.fromEntries(Object.entries(subgraphs).map(([name, subgraph]) => [name, subgraph.statements.count])),
    stop,
  };
}

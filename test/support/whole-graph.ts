import { readFileSync } from "node:fs";
import { type AuthEnv } from "@frontera/config";
import { type GatewayOptions, SUPERGRAPH_FILE, startGateway } from "@frontera/gateway";
import { agreementsSubgraph } from "@frontera/subgraph-agreements";
import { cargoSubgraph } from "@frontera/subgraph-cargo";
import { travellersSubgraph } from "@frontera/subgraph-travellers";
import { type RunningService } from "@frontera/service";
import { type TestGraph, type TestSeedSize, startTestGraph } from "@frontera/testing";

/** Small enough to seed in a second, large enough for Laredo to hold more than 100 shipments. */
export const TEST_SEED: TestSeedSize = { seed: 6, shipments: 400 };

/**
 * The three subgraphs and the gateway on the committed supergraph, all over real HTTP; every
 * service trusts `trustedIssuers` besides the graph's own keys.
 */
export function startWholeGraph(
  seedSize: TestSeedSize = TEST_SEED,
  {
    trustedIssuers,
    ...gatewayOptions
  }: Partial<
    Pick<
      GatewayOptions,
      "limits" | "maxBodyBytes" | "rateLimits" | "referenceCacheSeconds" | "maxConcurrentPerToken" | "trustedDocuments"
    >
  > & { trustedIssuers?: AuthEnv["trustedIssuers"] } = {},
): Promise<TestGraph> {
  return startTestGraph({
    subgraphs: [agreementsSubgraph, cargoSubgraph, travellersSubgraph],
    seedSize,
    trustedIssuers,
    startGateway: (subgraphUrls, auth) =>
      startGateway({
        port: 0,
        host: "127.0.0.1",
        supergraphSdl: readFileSync(SUPERGRAPH_FILE, "utf8"),
        subgraphUrls,
        auth: auth.auth,
        ...gatewayOptions,
      }),
  });
}

/** Another gateway over a running graph's subgraphs, as a second replica behind a load balancer. */
export function startGatewayReplica(
  graph: TestGraph,
  options: Partial<
    Pick<GatewayOptions, "rateLimits" | "maxConcurrentPerToken" | "subgraphUrls" | "trustedDocuments" | "console">
  > = {},
): Promise<RunningService> {
  const { subgraphUrls, ...rest } = options;
  return startGateway({
    port: 0,
    host: "127.0.0.1",
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, "utf8"),
    subgraphUrls: {
      ...Object.fromEntries(Object.entries(graph.subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
      ...subgraphUrls,
    },
    auth: graph.auth.auth,
    ...rest,
  });
}

/**
 * A token of ANAM, the partner most tests take: it asks for what its arrangements grant at the
 * UCP ports (drivers' names among them, never their memberships); what it may see is still
 * worked out from those arrangements.
 */
export function anamToken(graph: TestGraph): Promise<string> {
  return graph.auth.token({
    agency: "ANAM",
    kind: "partner",
    scopes: ["reference:read", "cargo:manifest:read", "cargo:conveyance:read", "traveller:identity:read"],
  });
}

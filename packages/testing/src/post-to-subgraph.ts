import { type GraphQLResponse, postGraphQL } from "./post-graphql";

/**
 * POSTs one operation straight to a subgraph, as a caller that bypasses the gateway would.
 * `secret` is the gateway–subgraph shared secret for subgraphs that require a signed request;
 * these subgraphs do not, so it is not used yet.
 */
export function postToSubgraph<Data = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  secret?: string, // eslint-disable-line @typescript-eslint/no-unused-vars
): Promise<GraphQLResponse<Data>> {
  return postGraphQL<Data>(url, query, variables, headers);
}

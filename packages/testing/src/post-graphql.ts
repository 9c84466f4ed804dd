import { signRequest } from "@frontera/service";

export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  body: {
    data?: Data | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  };
}

/**
 * POSTs one operation straight to a subgraph, signed as the gateway signs it (the subgraph refuses
 * anything unsigned). Without a secret it goes unsigned, to show that it is refused.
 */
export function postToSubgraph<Data = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  secret?: string | { secret: string },
): Promise<GraphQLResponse<Data>> {
  const key = typeof secret === "string" ? secret : secret?.secret;
  const request = { query, variables };
  return postBody<Data>(url, key ? signRequest(key, request) : request, headers);
}

/** POSTs one GraphQL operation over real HTTP, as a client would. */
export async function postGraphQL<Data = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data>> {
  return postBody<Data>(url, { query, variables }, headers);
}

async function postBody<Data>(
  url: string,
  body: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<GraphQLResponse<Data>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<Data>["body"] };
}

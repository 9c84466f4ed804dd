import { type TypedDocumentString } from "@frontera/operations";
import { signRequest } from "@frontera/service";

/**
 * An operation's text, or a typed document of the typed client, which also says what data comes
 * back. (Its variables are not checked here: `never` takes a document of any variables.)
 */
export type Operation<Data> = string | TypedDocumentString<Data, never>;

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
  query: Operation<Data>,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data>> {
  return postBody<Data>(url, { query: query.toString(), variables }, headers);
}

/** POSTs a registered document by its id (`documentId`, GraphQL over HTTP), as a trusted-documents client would. */
export async function postDocumentId<Data = Record<string, unknown>>(
  url: string,
  documentId: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data>> {
  return postBody<Data>(url, { documentId, variables }, headers);
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

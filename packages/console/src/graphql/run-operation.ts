import { type TypedDocumentString } from "@frontera/operations/src/generated/graphql";
import pLimit from "p-limit";

// Written into the bundle by build.mjs from packages/operations/manifest.json: name → document id.
declare const FRONTERA_DOCUMENT_IDS: Record<string, string>;

/** A GraphQL error as the gateway sends it: a message, where, and a code to branch on. */
export interface GraphError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** An answer: data (possibly partial: a field refused is null at its path) and its errors. */
export interface GraphAnswer<Result> {
  data: Result | null;
  errors: GraphError[];
}

/** The request itself failed: the token is no longer accepted, a limit was hit, the gateway is away. */
export class GraphRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "GraphRequestError";
  }
}

export function operationName(document: { toString(): string }): string {
  const match = /^\s*(?:query|mutation)\s+(\w+)/m.exec(document.toString());
  if (!match) throw new Error("a registered document is a named operation");
  return match[1];
}

// The gateway lets one token have 8 requests in flight (429 past it): a dashboard asking once per
// day of its window keeps to 4 at a time, leaving room for the rest of the page.
const inFlight = pLimit(4);

async function post(endpoint: string, token: string, body: object, signal?: AbortSignal) {
  const { response, answer } = await inFlight(async () => {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
      signal,
    });
    const answer = (await response.json().catch(() => ({}))) as { data?: unknown; errors?: GraphError[] };
    return { response, answer };
  });
  const errors = answer.errors ?? [];
  // With no data at all, the request as a whole was refused: say why, by its code.
  if (!response.ok && answer.data === undefined) {
    const code = errors[0]?.extensions?.code ?? `HTTP_${response.status}`;
    throw new GraphRequestError(response.status, code, errors[0]?.message ?? response.statusText);
  }
  return { data: (answer.data ?? null) as unknown, errors };
}

/**
 * Runs a registered document by its id (GraphQL over HTTP's `documentId`); a gateway whose
 * manifest does not hold it (an older deployment) answers PERSISTED_QUERY_NOT_FOUND, and the
 * registered text is sent instead — the very text the manifest was made from.
 */
export async function runOperation<Result, Variables>(
  endpoint: string,
  token: string,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<GraphAnswer<Result>> {
  const documentId = FRONTERA_DOCUMENT_IDS[operationName(document)];
  let answer = documentId ? await post(endpoint, token, { documentId, variables }, signal) : null;
  if (!answer || answer.errors.some((error) => error.extensions?.code === "PERSISTED_QUERY_NOT_FOUND")) {
    answer = await post(endpoint, token, { query: document.toString(), variables }, signal);
  }
  if (answer.data === null && answer.errors.length) {
    const [first] = answer.errors;
    throw new GraphRequestError(200, first.extensions?.code ?? "ERROR", first.message);
  }
  return answer as GraphAnswer<Result>;
}

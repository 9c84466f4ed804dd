import { type RegisteredDocuments, sha256 } from "@frontera/operations";
import { type NextFunction, type Request, type Response } from "express";

/** What `response.locals.document` holds once this middleware has run: the registered document, or null. */
export const DOCUMENT_LOCAL = "document";

interface PersistedQuery {
  version?: unknown;
  sha256Hash?: unknown;
}

class RequestProblem extends Error {
  constructor(
    readonly code: "BAD_REQUEST" | "PERSISTED_QUERY_NOT_FOUND",
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

function parseExtensions(text: string | null): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    throw new RequestProblem("BAD_REQUEST", "the extensions parameter is not JSON", 400);
  }
}

/** The id a request names: `documentId` (GraphQL over HTTP; bare or `sha256:`-prefixed) or Apollo's APQ hash. */
function namedId(documentId: unknown, persisted: PersistedQuery | undefined): string | undefined {
  if (persisted !== undefined) {
    if (persisted.version !== 1 || typeof persisted.sha256Hash !== "string") {
      throw new RequestProblem("BAD_REQUEST", "extensions.persistedQuery needs version 1 and a sha256Hash", 400);
    }
  }
  if (documentId !== undefined && documentId !== null && typeof documentId !== "string") {
    throw new RequestProblem("BAD_REQUEST", "documentId must be a string", 400);
  }
  const bare = typeof documentId === "string" ? documentId.replace(/^sha256:/, "") : undefined;
  const hash = persisted?.sha256Hash as string | undefined;
  if (bare !== undefined && hash !== undefined && bare !== hash) {
    throw new RequestProblem("BAD_REQUEST", "documentId and extensions.persistedQuery name different documents", 400);
  }
  return bare ?? hash;
}

/**
 * Express middleware in front of Apollo on /graphql: a request may name a registered document
 * instead of sending its text — `documentId` in the body or the GET parameters, or Apollo's
 * `extensions.persistedQuery.sha256Hash` — and gets the manifest's body put in its place. An id
 * the manifest does not hold gets PERSISTED_QUERY_NOT_FOUND (HTTP 200, as Apollo answers it: an APQ
 * client then sends the text, which is checked like any text). Either way
 * `response.locals.document` says which registered document the request is, or null: by id, or by
 * a text that is a registered body (RegisteredDocuments.ofText). Nothing is ever added to the list.
 */
export function documentRequests(documents: RegisteredDocuments) {
  return (request: Request, response: Response, next: NextFunction) => {
    try {
      const get = request.method === "GET";
      const url = new URL(request.url, "http://gateway");
      const body =
        !get && request.body && typeof request.body === "object" ? (request.body as Record<string, unknown>) : {};
      const query = get ? url.searchParams.get("query") : body.query;
      const extensions = get
        ? parseExtensions(url.searchParams.get("extensions"))
        : (body.extensions as Record<string, unknown> | undefined);
      const persisted = (extensions?.persistedQuery ?? undefined) as PersistedQuery | undefined;
      const id = namedId(get ? (url.searchParams.get("documentId") ?? undefined) : body.documentId, persisted);

      let text = typeof query === "string" ? query : undefined;
      if (id !== undefined && text !== undefined) {
        // APQ's second try: the text with its hash. The text runs (and is judged) as text.
        if (persisted === undefined) throw new RequestProblem("BAD_REQUEST", "send documentId or query, not both", 400);
        if (sha256(text) !== id) throw new RequestProblem("BAD_REQUEST", "the sha256Hash is not the query's", 400);
      } else if (id !== undefined) {
        const registered = documents.withId(id);
        if (!registered) {
          throw new RequestProblem(
            "PERSISTED_QUERY_NOT_FOUND",
            `no registered document has the id ${id}; send the query text, or an id from the manifest`,
            200,
          );
        }
        text = registered.body;
      }
      // Apollo is not to look for the document in a cache of its own (it has none: persistedQueries off).
      if (persisted !== undefined) delete extensions!.persistedQuery;
      if (get) {
        url.searchParams.delete("documentId");
        if (persisted !== undefined) url.searchParams.set("extensions", JSON.stringify(extensions));
        if (text !== undefined) url.searchParams.set("query", text);
        request.url = `${url.pathname}${url.search}`;
      } else if (text !== undefined) {
        delete body.documentId;
        body.query = text;
      }
      response.locals[DOCUMENT_LOCAL] = text === undefined ? null : documents.ofText(text);
      next();
    } catch (error) {
      if (!(error instanceof RequestProblem)) return next(error);
      response
        .status(error.status)
        .set("cache-control", "private, no-cache, must-revalidate")
        .json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
    }
  };
}

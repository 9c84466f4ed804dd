import { RegisteredDocuments, sha256 } from "@frontera/operations";
import { type NextFunction, type Request, type Response } from "express";
import { parse, print } from "graphql";
import { DOCUMENT_LOCAL, documentRequests } from "../../../src/trusted-documents/document-requests";

// Registered bodies are printed by graphql-js (packages/operations/generate.mjs).
const BODY = print(parse("query Ports { ports { code } }"));
const documents = new RegisteredDocuments({
  format: "apollo-persisted-query-manifest",
  version: 1,
  operations: [{ id: sha256(BODY), name: "Ports", type: "query", body: BODY }],
});

interface Sent {
  status?: number;
  json?: { errors: Array<{ extensions: { code: string } }> };
  next: boolean;
  locals: Record<string, unknown>;
  body: Record<string, unknown>;
}

/** Runs the middleware on a POST body: what it let through, or what it answered. */
function post(body: Record<string, unknown>): Sent {
  const sent: Sent = { next: false, locals: {}, body };
  const response = {
    locals: sent.locals,
    status(code: number) {
      sent.status = code;
      return this;
    },
    set() {
      return this;
    },
    json(value: Sent["json"]) {
      sent.json = value;
      return this;
    },
  } as unknown as Response;
  const request = { method: "POST", url: "/graphql", body } as Request;
  documentRequests(documents)(request, response, (() => (sent.next = true)) as NextFunction);
  return sent;
}

describe("documents named by id", () => {
  it("puts the registered body in place of a documentId, bare or sha256:-prefixed", () => {
    for (const documentId of [sha256(BODY), `sha256:${sha256(BODY)}`]) {
      const sent = post({ documentId });
      expect(sent).toMatchObject({ next: true, body: { query: BODY } });
      expect(sent.body.documentId).toBeUndefined();
      expect(sent.locals[DOCUMENT_LOCAL]).toMatchObject({ name: "Ports" });
    }
  });

  it("takes Apollo's persisted-query hash too, and answers an unknown one PERSISTED_QUERY_NOT_FOUND", () => {
    expect(post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(BODY) } } })).toMatchObject({
      next: true,
      body: { query: BODY, extensions: {} },
    });
    expect(post({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } })).toMatchObject({
      next: false,
      status: 200,
      json: { errors: [{ extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] },
    });
  });

  it("marks a registered text as its document, and any other text as none", () => {
    expect(post({ query: "# layout aside\nquery Ports { ports { code } }" }).locals[DOCUMENT_LOCAL]).toMatchObject({
      name: "Ports",
    });
    expect(post({ query: "{ ports { name } }" }).locals[DOCUMENT_LOCAL]).toBeNull();
  });

  it("refuses a documentId with a query, or a hash that is not the query's", () => {
    expect(post({ documentId: sha256(BODY), query: BODY })).toMatchObject({ status: 400 });
    const wrongHash = { query: BODY, extensions: { persistedQuery: { version: 1, sha256Hash: "1".repeat(64) } } };
    expect(post(wrongHash)).toMatchObject({ status: 400, json: { errors: [{ extensions: { code: "BAD_REQUEST" } }] } });
  });
});

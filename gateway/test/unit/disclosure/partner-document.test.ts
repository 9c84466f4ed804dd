import { type DocumentNode, Kind, type OperationDefinitionNode, parse } from "graphql";
import {
  AS_SENT,
  USES_RESERVED_ALIAS,
  partnerDocument,
  type PartnerDocument,
} from "../../../src/disclosure/partner-document";
import { operationHash } from "../../../src/disclosure/operation-hash";
import { committedSupergraph } from "../committed-supergraph";

const { schema, scopes } = committedSupergraph();
const HELD = ["reference:read", "cargo:manifest:read"];
let key = 0;
const operationOf = (document: DocumentNode) =>
  document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
const rewrite = (query: string) => {
  const document = parse(query);
  return partnerDocument(schema, scopes, HELD, document, operationOf(document), `test-${(key += 1)}`);
};

describe("a partner's document as the gateway runs it", () => {
  it("runs as sent when nothing has to be added", () => {
    expect(rewrite("{ ports { code } }")).toBe(AS_SENT);
  });

  it("carries record keys and typenames, printed and hashed once", () => {
    const rewritten = rewrite('{ node(id: "x") { id } }') as PartnerDocument;
    expect(rewritten.typed).toBe(true);
    expect(rewritten.source).toContain("fronteraDisclosedType: __typename");
    expect(rewritten.queryHash).toBe(operationHash(rewritten.source));
  });

  it("is refused when the client uses an alias of the gateway's own, which would hide data from the log", () => {
    expect(rewrite("{ shipments(first: 1) { edges { node { fronteraRecordKey: type } } } }")).toBe(USES_RESERVED_ALIAS);
    expect(rewrite("{ ports { fronteraDisclosedType: code } }")).toBe(USES_RESERVED_ALIAS);
  });

  it("is worked out once per schema and key", () => {
    const document = parse('{ node(id: "x") { id } }');
    const first = partnerDocument(schema, scopes, HELD, document, operationOf(document), "same");
    expect(partnerDocument(schema, scopes, HELD, document, operationOf(document), "same")).toBe(first);
  });
});

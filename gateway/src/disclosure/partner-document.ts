import { type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, print, visit } from "graphql";
import { LRUCache } from "lru-cache";
import { type CutTree, cutNestedFields } from "../scopes/nested-field-cut";
import { type SupergraphScopes } from "../scopes/supergraph-scopes";
import { TYPENAME_ALIAS, withAbstractTypenames } from "./abstract-typenames";
import { operationHash } from "./operation-hash";
import { RECORD_KEY_ALIAS, withRecordKeys } from "./record-keys";

/**
 * A partner's document as the gateway runs it: the fields it may read nowhere cut, typenames and
 * record keys added for the disclosure walk.
 */
export interface PartnerDocument {
  document: DocumentNode;
  source: string;
  queryHash: string;
  /** Whether typenames were added (to drop from the answer). */
  typed: boolean;
  /** Where fields were cut (to answer null and FORBIDDEN there: answerNestedCut), or null. */
  cut: CutTree | null;
}

/** The aliases the gateway adds and removes itself; a client using one would hide data from the log. */
export const RESERVED_ALIASES: ReadonlySet<string> = new Set([TYPENAME_ALIAS, RECORD_KEY_ALIAS]);
/** The document uses a reserved alias: it is refused. */
export const USES_RESERVED_ALIAS = "reserved";
/** Nothing had to be added: the document runs as sent. */
export const AS_SENT = "as sent";

type Rewriting = PartnerDocument | typeof USES_RESERVED_ALIAS | typeof AS_SENT;

function usesReservedAlias(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.alias && RESERVED_ALIASES.has(node.alias.value)) found = true;
    },
  });
  return found;
}

// Partners send the same few operations all day: each rewriting is worked out and printed once
// per schema, document, cut and scopes.
const rewritings = new WeakMap<GraphQLSchema, LRUCache<string, Rewriting>>();

/**
 * A partner's document without the fields it may read nowhere (cutNestedFields), with what the
 * disclosure walk needs added: the type of each row read through an abstract field (`node`), and
 * the key of each record (only where the caller may read it). `operation` is the one of
 * `document` that runs; `cacheKey` names the document, the operation, the cut and the caller's
 * scopes.
 */
export function partnerDocument(
  schema: GraphQLSchema,
  scopes: SupergraphScopes,
  held: readonly string[],
  document: DocumentNode,
  operation: OperationDefinitionNode,
  cacheKey: string,
): Rewriting {
  let bySchema = rewritings.get(schema);
  if (!bySchema) rewritings.set(schema, (bySchema = new LRUCache({ max: 1_000 })));
  let known = bySchema.get(cacheKey);
  if (known === undefined) {
    known = usesReservedAlias(document) ? USES_RESERVED_ALIAS : rewrite(schema, scopes, held, document, operation);
    bySchema.set(cacheKey, known);
  }
  return known;
}

function rewrite(
  schema: GraphQLSchema,
  scopes: SupergraphScopes,
  held: readonly string[],
  sent: DocumentNode,
  operation: OperationDefinitionNode,
): Rewriting {
  const cut = cutNestedFields(schema, scopes, held, sent, operation);
  const document = cut?.document ?? sent;
  const typed = withAbstractTypenames(schema, document);
  const keyed = withRecordKeys(schema, typed ?? document, (typeName, field) => scopes.mayRead(typeName, field, held));
  const rewritten = keyed ?? typed ?? cut?.document;
  if (!rewritten) return AS_SENT;
  const source = print(rewritten);
  return {
    document: rewritten,
    source,
    queryHash: operationHash(source),
    typed: typed !== null,
    cut: cut?.tree ?? null,
  };
}

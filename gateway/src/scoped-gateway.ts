import { createHash } from "node:crypto";
import { type ApolloGateway } from "@apollo/gateway";
import { type Access } from "@frontera/auth";
import { type RegisteredDocument } from "@frontera/operations";
import {
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type FieldNode,
  type DocumentNode,
  print,
  visit,
} from "graphql";
import { TYPENAME_ALIAS, dropAbstractTypenames, withAbstractTypenames } from "./disclosure/abstract-typenames";
import { type DisclosureLog } from "./disclosure/disclosure-log";
import { disclosedBy } from "./disclosure/disclosed-by";
import { RECORD_KEY_ALIAS, withRecordKeys } from "./disclosure/record-keys";
import { type ScopeMap } from "./scopes/supergraph-scopes";

type Loaded = Awaited<ReturnType<ApolloGateway["load"]>>;
type GatewayExecutor = Loaded["executor"];
type RequestContext = Parameters<GatewayExecutor>[0];
type ExecutionResult = Awaited<ReturnType<GatewayExecutor>>;

export interface ScopedGateway {
  load(options: Parameters<ApolloGateway["load"]>[0]): Promise<Loaded>;
  onSchemaLoadOrUpdate: ApolloGateway["onSchemaLoadOrUpdate"];
  stop(): Promise<void>;
}

export interface GatewayContext {
  token: string;
  access: Access;
  /** Passed to the subgraphs, returned to the client, in every log line of the request. */
  requestId: string;
  /** Aborted when the client hangs up before its answer is sent: its subgraph fetches stop too. */
  clientGone?: AbortSignal;
  /** The registered document the request is (trusted documents), or null for any other text. */
  document: RegisteredDocument | null;
}

// Partners send the same few operations all day: their hashes are worked out once.
const hashes = new Map<string, string>();
function operationHash(source: string): string {
  let hash = hashes.get(source);
  if (!hash) {
    hash = createHash("sha256").update(source).digest("hex");
    if (hashes.size >= 1_000) hashes.clear();
    hashes.set(source, hash);
  }
  return hash;
}

/** A partner's document as the gateway runs it: typenames and record keys added for the walk. */
interface PartnerDocument {
  document: DocumentNode;
  source: string;
  queryHash: string;
  typed: boolean;
}

/** The aliases the gateway adds and removes itself; a client using one would hide data from the log. */
const RESERVED_ALIASES = new Set([TYPENAME_ALIAS, RECORD_KEY_ALIAS]);
const RESERVED = "reserved";

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
// per schema, document, cut and scopes (null: nothing to add).
const partnerDocuments = new WeakMap<GraphQLSchema, Map<string, PartnerDocument | typeof RESERVED | null>>();

function partnerDocument(
  schema: GraphQLSchema,
  scopeMap: ScopeMap,
  scopes: string[],
  document: DocumentNode,
  cacheKey: string,
): PartnerDocument | typeof RESERVED | null {
  let bySchema = partnerDocuments.get(schema);
  if (!bySchema) partnerDocuments.set(schema, (bySchema = new Map()));
  let known = bySchema.get(cacheKey);
  if (known === undefined && usesReservedAlias(document)) known = RESERVED;
  if (known === undefined) {
    const typed = withAbstractTypenames(schema, document);
    const mayRead = (typeName: string, field: string) => {
      const needs = scopeMap.required(typeName, field);
      return !needs || needs.some((scope) => scopes.includes(scope));
    };
    const keyed = withRecordKeys(schema, typed ?? document, mayRead);
    const rewritten = keyed ?? typed;
    if (rewritten) {
      const source = print(rewritten);
      known = { document: rewritten, source, queryHash: operationHash(source), typed: typed !== null };
    } else known = null;
    if (bySchema.size >= 1_000) bySchema.clear();
    bySchema.set(cacheKey, known);
  }
  return known;
}

function forbidden(scopes: string[], path: Array<string | number>) {
  return new GraphQLError(`needs one of the scopes ${scopes.join(", ")}`, {
    path,
    extensions: { code: "FORBIDDEN", requiredScopes: scopes },
  });
}

/**
 * Wraps @apollo/gateway's executor, which stays the planner and executor of record:
 * - root fields the caller has no scope for are cut before any subgraph is asked, and answer
 *   null with FORBIDDEN (deeper fields are enforced by the subgraph that owns them);
 * - a partner's answer carrying data of a non-reference scope is recorded in the disclosure log
 *   before it is sent, and not sent when it cannot be recorded.
 */
export function scopedGateway(
  inner: ApolloGateway,
  scopeMap: (schema: GraphQLSchema) => ScopeMap,
  disclosures: DisclosureLog,
): ScopedGateway {
  const wrap =
    (execute: GatewayExecutor, loadedSchema: GraphQLSchema): GatewayExecutor =>
    async (requestContext) => {
      // After a supergraph reload a request is checked against the schema it was validated on.
      const schema = requestContext.schema ?? loadedSchema;
      const scopesOf = scopeMap(schema);
      const context = requestContext.context as unknown as GatewayContext;
      const operation = requestContext.operation;
      const root = schema.getRootType(operation.operation);
      const cut: Array<{ key: string; scopes: string[] }> = [];
      const kept = operation.selectionSet.selections.filter((selection) => {
        if (selection.kind !== Kind.FIELD || !root) return true;
        const scopes = scopesOf.required(root.name, selection.name.value);
        if (!scopes || scopes.some((scope) => context.access.effectiveScopes.includes(scope))) return true;
        cut.push({ key: (selection as FieldNode).alias?.value ?? selection.name.value, scopes });
        return false;
      });

      const partner = context.access.claims.kind === "partner";
      let document = requestContext.document;
      let executed = operation;
      if (cut.length && kept.length) {
        const trimmed: OperationDefinitionNode = {
          ...operation,
          selectionSet: { ...operation.selectionSet, selections: kept },
        };
        document = {
          ...document,
          definitions: document.definitions.map((definition) => (definition === operation ? trimmed : definition)),
        };
        executed = trimmed;
      }
      // A partner's rows read through an abstract field (`node`) say their type, and its records
      // their keys, so that the disclosure walk below sees what they disclose; both are dropped
      // before sending.
      const rewritten =
        partner && kept.length
          ? partnerDocument(
              schema,
              scopesOf,
              context.access.effectiveScopes,
              document,
              [
                requestContext.queryHash,
                requestContext.operationName ?? "",
                cut.map(({ key }) => key).join(","),
                context.access.effectiveScopes.join(" "),
              ].join("|"),
            )
          : null;
      if (rewritten === RESERVED) {
        return {
          errors: [
            new GraphQLError(`the aliases ${[...RESERVED_ALIASES].join(" and ")} are the gateway's own`, {
              extensions: { code: "BAD_USER_INPUT" },
            }),
          ],
        };
      }
      let executedHash: string | undefined;
      let executedSource: string | undefined;
      if (rewritten) {
        executed = rewritten.document.definitions[document.definitions.indexOf(executed)] as OperationDefinitionNode;
        document = rewritten.document;
        executedSource = rewritten.source;
        executedHash = rewritten.queryHash;
      }

      let result: ExecutionResult;
      if (cut.length && !kept.length) result = { data: {} };
      else if (document === requestContext.document) result = await execute(requestContext);
      else if (executedSource && executedHash) {
        result = await execute({
          ...requestContext,
          document,
          operation: executed,
          source: executedSource,
          queryHash: executedHash,
        } as RequestContext);
      } else {
        const source = print(document);
        // The plan cache is keyed by the query hash: a trimmed operation is another query.
        result = await execute({
          ...requestContext,
          document,
          operation: executed,
          source,
          queryHash: createHash("sha256").update(source).digest("hex"),
        } as RequestContext);
      }
      if (cut.length) {
        result = {
          ...result,
          data: { ...(result.data ?? {}), ...Object.fromEntries(cut.map(({ key }) => [key, null])) },
          errors: [...(result.errors ?? []), ...cut.map(({ key, scopes }) => forbidden(scopes, [key]))],
        };
      }

      if (partner && result.data) {
        const fragments = Object.fromEntries(
          document.definitions
            .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
            .map((fragment) => [fragment.name.value, fragment]),
        );
        const disclosed = disclosedBy(schema, scopesOf, context.access, executed, fragments, result.data);
        if (disclosed.keyed.length) {
          for (const object of disclosed.keyed) delete object[RECORD_KEY_ALIAS];
          if (result.errors?.some((error) => error.path?.at(-1) === RECORD_KEY_ALIAS)) {
            const errors = result.errors.filter((error) => error.path?.at(-1) !== RECORD_KEY_ALIAS);
            result = { ...result, errors: errors.length ? errors : undefined };
            if (!result.errors) delete result.errors;
          }
        }
        if (disclosed.scopes.length) {
          try {
            await disclosures.record(
              context.access,
              requestContext.operationName ?? null,
              operationHash(requestContext.source),
              context.document?.id ?? null,
              disclosed,
            );
          } catch {
            return {
              errors: [
                new GraphQLError("the disclosure could not be recorded, so nothing was disclosed; try again shortly", {
                  extensions: { code: "SERVICE_UNAVAILABLE" },
                }),
              ],
            };
          }
        }
      }
      if (rewritten?.typed && result.data) dropAbstractTypenames(result.data);
      return result;
    };

  return {
    async load(options: Parameters<ApolloGateway["load"]>[0]) {
      const loaded = await inner.load(options);
      return { schema: loaded.schema, executor: wrap(loaded.executor, loaded.schema) };
    },
    onSchemaLoadOrUpdate: inner.onSchemaLoadOrUpdate.bind(inner),
    stop: () => inner.stop(),
  };
}

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
  print,
} from "graphql";
import { dropAbstractTypenames, withAbstractTypenames } from "./abstract-typenames";
import { type DisclosureLog } from "./disclosure-log";
import { disclosedBy } from "./disclosed-by";
import { type ScopeMap } from "./scope-map";

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
      // A partner's rows read through an abstract field (`node`) say their type, so that the
      // disclosure walk below sees what they disclose; the alias is dropped before sending.
      const typed = partner && kept.length ? withAbstractTypenames(schema, document) : null;
      if (typed) {
        executed = typed.definitions[document.definitions.indexOf(executed)] as OperationDefinitionNode;
        document = typed;
      }

      let result: ExecutionResult;
      if (cut.length && !kept.length) result = { data: {} };
      else if (document === requestContext.document) result = await execute(requestContext);
      else {
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
      if (typed && result.data) dropAbstractTypenames(result.data);
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

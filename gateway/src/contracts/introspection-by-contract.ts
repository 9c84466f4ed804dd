import { type ApolloServerPlugin, HeaderMap } from "@apollo/server";
import { GraphQLError, Kind, type OperationDefinitionNode, type SelectionSetNode, execute } from "graphql";
import { type ContractSchemas } from "./contract-schema";
import { type GatewayContext } from "../auth/gateway-context";

const INTROSPECTION_FIELDS = new Set(["__schema", "__type"]);

/** Whether an operation's root asks `__schema` or `__type` (through fragments spread at the root too). */
function asksIntrospection(selectionSet: SelectionSetNode, seen = new Set<SelectionSetNode>()): boolean {
  if (seen.has(selectionSet)) return false;
  seen.add(selectionSet);
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return INTROSPECTION_FIELDS.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) return asksIntrospection(selection.selectionSet, seen);
    return false;
  });
}

/** Whether it asks anything else at the root than introspection (`__typename` aside). */
function asksData(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some(
    (selection) =>
      selection.kind !== Kind.FIELD ||
      (!INTROSPECTION_FIELDS.has(selection.name.value) && selection.name.value !== "__typename"),
  );
}

/** Whether an operation asks introspection and nothing else (`__typename` aside). */
export function asksOnlyIntrospection(operation: OperationDefinitionNode): boolean {
  return asksIntrospection(operation.selectionSet) && !asksData(operation);
}

/**
 * Introspection answers with the caller's contract (contract-schema.ts): the types and fields its
 * effective scopes can read, for partners and internal callers alike; an internal caller holding
 * every scope gets the whole graph. Asked alone, so that no answer mixes a contract with data.
 */
export function introspectionByContract(contracts: ContractSchemas): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation && asksIntrospection(operation.selectionSet) && asksData(operation)) {
            throw new GraphQLError("ask introspection in an operation of its own", {
              extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
            });
          }
        },
        async responseForOperation({ contextValue, document, operation, request, schema }) {
          if (!asksIntrospection(operation.selectionSet)) return null;
          const contract = contracts.of(contextValue.access.effectiveScopes, schema);
          const result = await execute({
            schema: contract,
            document,
            operationName: request.operationName,
            variableValues: request.variables,
          });
          return { http: { headers: new HeaderMap() }, body: { kind: "single", singleResult: result } };
        },
      };
    },
  };
}

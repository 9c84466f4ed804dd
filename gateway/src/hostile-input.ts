import { type ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type SelectionSetNode } from "graphql";
import { type GatewayContext } from "./scoped-gateway";

function asksIntrospection(selectionSet: SelectionSetNode, seen = new Set<SelectionSetNode>()): boolean {
  if (seen.has(selectionSet)) return false;
  seen.add(selectionSet);
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === "__schema" || selection.name.value === "__type") return true;
      return selection.selectionSet ? asksIntrospection(selection.selectionSet, seen) : false;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) return asksIntrospection(selection.selectionSet, seen);
    return false;
  });
}

/** Partners get no introspection: the schema is documented to them, not explorable. */
export const noIntrospectionForPartners: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, document }) {
        if (contextValue.access.claims.kind !== "partner") return;
        const introspects = document.definitions.some(
          (definition) =>
            (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) &&
            asksIntrospection(definition.selectionSet),
        );
        if (introspects) {
          throw new GraphQLError("introspection is not available to partner tokens", {
            extensions: { code: "FORBIDDEN", http: { status: 403 } },
          });
        }
      },
    };
  },
};

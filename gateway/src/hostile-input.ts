import { type ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, Kind, type SelectionSetNode } from "graphql";
import { type GatewayContext } from "./scoped-gateway";

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  maxDirectives: number;
}

/**
 * graphql-armor's limits, checked before any planning; the defaults leave the canonical
 * operations (depth 8, no aliases, about 150 tokens) far inside them.
 */
export function operationLimits(limits: OperationLimits) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    costLimit: { maxCost: limits.maxCost },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives },
    // No "did you mean" hints that map the schema for a stranger.
    blockFieldSuggestion: { enabled: true },
  });
  return armor.protect();
}

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

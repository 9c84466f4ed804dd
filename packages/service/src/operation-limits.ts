import { type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { operationCost } from "./operation-cost";
import { GraphQLError, type ValidationRule } from "graphql";

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  /** Priced by `operationCost`, page sizes from variables included. */
  maxCost: number;
  maxTokens: number;
  maxDirectives: number;
}

/**
 * A subgraph's own limits, for requests that reach it without a gateway in front and as a second
 * line behind one. They must admit every fetch the gateway's planner sends for an operation within
 * the gateway's limits: `_entities` adds a level or two to a client's depth, spells out type
 * conditions (more tokens, more directives when @include/@skip are forwarded), and is priced by
 * its real number of representations rather than the gateway's estimate of list lengths, hence
 * about twice the gateway's figures.
 */
export const SUBGRAPH_LIMITS: OperationLimits = {
  maxDepth: 20,
  maxAliases: 60,
  maxCost: 120_000,
  maxTokens: 5_000,
  maxDirectives: 40,
};

/**
 * Refuses an operation that costs more than `maxCost` before it runs (before any planning at the
 * gateway). A plugin rather than a validation rule because the cost depends on the variables,
 * which validation never sees. Same code and status as graphql-armor's refusals.
 */
export function costLimitPlugin<Context extends BaseContext>(maxCost: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          const cost = operationCost(schema, document, operationName, request.variables ?? {});
          if (cost <= maxCost) return;
          throw new GraphQLError(
            `operation cost ${cost} exceeds the limit of ${maxCost}: each page size (first, from the ` +
              `query or its variables) multiplies the cost of what the page selects`,
            { extensions: { code: "GRAPHQL_VALIDATION_FAILED", cost, maxCost, http: { status: 400 } } },
          );
        },
      };
    },
  };
}

/** graphql-armor's depth, alias, token and directive limits, with our cost limit in place of its own. */
export function operationLimits<Context extends BaseContext>(
  limits: OperationLimits,
): { plugins: ApolloServerPlugin<Context>[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    // Its cost rule multiplies literal `first` only: a variable page size passed as cheap.
    costLimit: { enabled: false },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives },
    // No "did you mean" hints that map the schema for a stranger.
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return {
    plugins: [...(armor.plugins as ApolloServerPlugin<Context>[]), costLimitPlugin<Context>(limits.maxCost)],
    validationRules: armor.validationRules,
  };
}

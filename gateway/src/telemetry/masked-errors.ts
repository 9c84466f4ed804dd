import { type ApolloServerPlugin } from "@apollo/server";
import { maskUnexpectedErrors } from "@frontera/service";
import { GraphQLError } from "graphql";
import { type GatewayContext } from "../auth/gateway-context";
import { type Logger } from "./logger";

/** Whether the client sees this error masked (maskUnexpectedErrors): a bug or a fault, not a refusal. */
export function isMasked(error: GraphQLError): boolean {
  const formatted = error.toJSON();
  return maskUnexpectedErrors(formatted) !== formatted;
}

/**
 * Logs every error the client gets masked ("Internal server error", or a subgraph named as
 * unavailable), with the request id and the stack the client never sees: the response stays
 * masked, the operators can still find out what went wrong.
 */
export function logMaskedErrors(log: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    // Refusals (401, 429, …) are thrown from the context on purpose; anything else is a fault.
    async contextCreationDidFail({ error }) {
      if (error instanceof GraphQLError && !isMasked(error)) return;
      log.error({ err: error }, "the request context failed (masked for the client)");
    },
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            if (!isMasked(error)) continue;
            log.error(
              {
                requestId: (contextValue as Partial<GatewayContext> | undefined)?.requestId,
                operation: operationName ?? undefined,
                path: error.path,
                code: error.extensions?.code,
                serviceName: error.extensions?.serviceName,
                err: error.originalError ?? error,
              },
              "unexpected error (masked for the client)",
            );
          }
        },
      };
    },
  };
}

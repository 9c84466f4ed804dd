import { type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { type GraphQLError } from "graphql";
import { isExpectedCode } from "./mask-unexpected-errors";
import { type Logger } from "./request-log";

/**
 * The client sees an unexpected error masked ("Internal server error"); the operators must see
 * what it was. Each one is logged once, with its stack and the request id the client was given
 * (`x-request-id`), so that a report quoting the id finds the cause. `requestIdOf` finds the id
 * from the request's context.
 */
export function unexpectedErrorLog<Context extends BaseContext>(
  logger: Logger,
  requestIdOf: (context: Context) => string | undefined,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (isExpectedCode(error.extensions?.code)) continue;
            logUnexpectedError(logger, error, requestIdOf(contextValue), operationName ?? undefined);
          }
        },
      };
    },
  };
}

/** One unexpected error: the original error's message and stack (SQL, hostnames: for operators only). */
export function logUnexpectedError(
  logger: Logger,
  error: GraphQLError | Error,
  requestId: string | undefined,
  operation?: string,
): void {
  const cause = "originalError" in error && error.originalError ? error.originalError : error;
  logger.error(
    { requestId, operation, path: "path" in error ? error.path : undefined, err: cause },
    "unexpected error (the client got it masked)",
  );
}

import { type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { type GraphQLError } from "graphql";
import { isExpectedCode } from "./mask-unexpected-errors";
import { type Logger } from "./request-log";

// Apollo hands plugins a shallow copy of the context the context function made: the request id
// travels in it under a key no resolver knows.
const REQUEST_ID = Symbol("requestId");

/** The context, carrying its request's id for the error log. */
export function withRequestId<Context extends object>(context: Context, requestId: string | undefined): Context {
  return Object.assign(context, { [REQUEST_ID]: requestId });
}

/**
 * The client sees an unexpected error masked ("Internal server error"); the operators must see
 * what it was. Each one is logged once, with its stack and the request id the client was given
 * (`x-request-id`), so that a report quoting the id finds the cause.
 */
export function unexpectedErrorLog<Context extends BaseContext>(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (isExpectedCode(error.extensions?.code)) continue;
            const requestId = (contextValue as { [REQUEST_ID]?: string })[REQUEST_ID];
            logUnexpectedError(logger, error, requestId, operationName ?? undefined);
          }
        },
      };
    },
  };
}

/**
 * One unexpected error: the original error's type, message, stack, code and, for a failed SQL
 * statement, its text (for operators only). Never the statement's parameters: they are the
 * records' values, personal data among them, and the log keeps no data (see request-log).
 */
export function logUnexpectedError(
  logger: Logger,
  error: GraphQLError | Error,
  requestId: string | undefined,
  operation?: string,
): void {
  const cause = "originalError" in error && error.originalError ? error.originalError : error;
  logger.error(
    { requestId, operation, path: "path" in error ? error.path : undefined, err: errorForLog(cause) },
    "unexpected error (the client got it masked)",
  );
}

/** What a log line keeps of an error: see logUnexpectedError. */
export function errorForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code, query } = error as Error & { code?: unknown; query?: unknown };
  return {
    type: error.name,
    message: error.message,
    stack: error.stack,
    ...(typeof code === "string" ? { code } : {}),
    ...(typeof query === "string" ? { query } : {}),
  };
}

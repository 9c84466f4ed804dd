import { type GraphQLFormattedError } from "graphql";

// Codes we raise on purpose; anything else is a bug or an infrastructure fault whose message may
// carry SQL, hostnames or stack frames, and is replaced before it leaves the process.
const EXPECTED_CODES = new Set([
  "BAD_USER_INPUT",
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "SERVICE_UNAVAILABLE",
  "RATE_LIMITED",
  "DOCUMENT_NOT_REGISTERED",
  "DOCUMENT_NOT_ALLOWED",
  // a request stopped on purpose because its caller hung up: nobody reads it, nothing to log
  "CLIENT_CLOSED_REQUEST",
]);

/** Whether an error's code is one we raise on purpose; any other error is masked (and logged: see unexpected-error-log). */
export function isExpectedCode(code: unknown): boolean {
  return typeof code === "string" && EXPECTED_CODES.has(code);
}

export function maskUnexpectedErrors(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (isExpectedCode(formatted.extensions?.code)) return formatted;
  // A subgraph the gateway could not reach or that failed: name the service, keep the reason in.
  const serviceName = formatted.extensions?.serviceName;
  if (typeof serviceName === "string") {
    return {
      message: `the ${serviceName} service is unavailable; the fields it serves are null`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "SERVICE_UNAVAILABLE", serviceName },
    };
  }
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}

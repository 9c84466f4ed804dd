export {
  DEFAULT_BODY_LIMIT_BYTES,
  startGraphQLService,
  type GraphQLServiceOptions,
  type RunningService,
} from "./start-graphql-service";
export { runService } from "./run-service";
export { maskUnexpectedErrors } from "./mask-unexpected-errors";
export { unauthenticated, bearerToken } from "./auth-errors";
export { serviceTokens } from "./service-tokens";
export { REQUEST_ID_HEADER, createLogger, requestLog, type Logger } from "./request-log";
export { ownRequestPurpose, ownRequestUserAgent } from "./own-requests";
export { errorForLog, logUnexpectedError } from "./unexpected-error-log";
export { createMetrics } from "./metrics";
export { type OperationLimits, SUBGRAPH_LIMITS, costLimitPlugin, operationLimits } from "./operation-limits";
export { operationCost, OBJECT_COST, SCALAR_COST, UNPAGED_LIST_ESTIMATE } from "./operation-cost";
export {
  SIGNATURE_EXTENSION,
  signRequest,
  signedRequestBody,
  upstreamSignature,
  hasValidSignature,
  requireUpstreamSignature,
} from "./upstream-signature";
export { RAW_BODY_SIGNATURE_HEADER, hasValidRawBodySignature, rawBodySignature } from "./raw-body-signature";
export { type BodyReadError, isBodyReadError, readRawBody } from "./read-raw-body";

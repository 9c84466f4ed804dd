export { startGraphQLService, type GraphQLServiceOptions, type RunningService } from "./start-graphql-service";
export {
  startSubgraph,
  subgraphDatabaseOptions,
  type SubgraphDefinition,
  type SubgraphOptions,
  type RunningSubgraph,
  type SubgraphRuntime,
  type SubgraphContext,
  type SubgraphWorker,
} from "./start-subgraph";
export { runService } from "./run-service";
export { maskUnexpectedErrors } from "./mask-unexpected-errors";
export { runSubgraphCommand } from "./subgraph-command";
export {
  agreementsReference,
  agreementsReferenceOf,
  AgreementsReference,
  type ReferenceData,
} from "./agreements-reference";
export { AccessClient, BOOKKEEPING_HEADER } from "./access-client";
export { unauthenticated, bearerToken } from "./auth-errors";
export { serviceTokens } from "./service-tokens";
export { REQUEST_ID_HEADER, createLogger } from "./request-log";
export { createMetrics } from "./metrics";
export { type OperationLimits, SUBGRAPH_LIMITS, costLimitPlugin, operationLimits } from "./operation-limits";
export {
  SIGNATURE_EXTENSION,
  signRequest,
  upstreamSignature,
  hasValidSignature,
  requireUpstreamSignature,
} from "./upstream-signature";

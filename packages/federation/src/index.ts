import "reflect-metadata";

export {
  buildFederatedSchema,
  printSubgraphSdl,
  REFERENCE_DATA_CACHE_HINT,
  type ReferenceResolvers,
  type NodeOptions,
} from "./build-federated-schema";
export {
  encodeGlobalId,
  decodeGlobalId,
  globalIdArgument,
  naturalKeyArgument,
  MAX_GLOBAL_ID_LENGTH,
  type GlobalId,
} from "./global-id";
export {
  MAX_NODE_IDS,
  type NodeType,
  type NodeTypes,
  type NodeHost,
  type ForeignNodeType,
  type ReferencedNodeTypes,
} from "./node-types";
export {
  MAX_PAGE_SIZE,
  DEFAULT_PAGE_SIZE,
  checkPageSize,
  checkPageArguments,
  type PageArguments,
  type PageRequest,
  encodeCursor,
  decodeCursor,
  invalidCursorError,
  cursorOrderError,
} from "./pagination";
export {
  badUserInput,
  conflict,
  notFound,
  fieldPath,
  BusinessErrors,
  InputProblems,
  type InputProblem,
  type UserErrorDetail,
} from "./input-errors";
export { USER_ERROR_CODES, type UserErrorCode } from "./user-error-codes";
export { mutationPayload, type MutationPayload, type MutationPayloadOptions, type Payload } from "./mutation-payload";
export { TOP_LEVEL_ERRORS, topLevelErrorsDescription } from "./top-level-errors";
export { toIsoDate } from "./iso-date";
export { PageArgs } from "./page-args";
export { listArgs, type ListArguments, type ListArgsOptions } from "./list-args";
export { latestFirst, orderInput, type OrderInput, type OrderInputOptions } from "./order-input";
export { foreignEntity, type ForeignEntityOptions } from "./foreign-entity";
export { entityPayloads, type EntityPayloadOptions } from "./entity-payloads";
export { IdempotencyKeyArg } from "./idempotency-key-arg";
export { callerContext, type CallerContext } from "./caller-context";
export { PageInfo, type PageInfoShape } from "./page-info";
export { connectionType, type Connection } from "./connection-type";
export { keysetPage, type KeysetColumn, type KeysetPageOptions } from "./keyset-page";
export { type KeysetBranch } from "./page-keys";
export { IdempotencyRecord, runIdempotent, type IdempotentRequest } from "./idempotency";
export { DateTimeRange, DateRange, checkRange } from "./ranges";
export { OrderDirection, type OrderBy, keysetOrder } from "./ordering";
export { timeThenKey } from "./keyset-orders";
export { Direction } from "./direction";
export { Lane, TRUCK_LANES } from "./lane";
export { enforceAccess, isEntity, requiredScopes } from "./enforce-access";
export { type AccessRules, type AccessContext, type EntityRule, PLACED_EVERYWHERE, RowPlaces } from "./access-rules";
export { scopeSentence, withScopeDescriptions } from "./scope-descriptions";
export { runIdempotentMutation, type IdempotentMutation, type PayloadRunner } from "./idempotent-mutation";

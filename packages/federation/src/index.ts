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
export { badUserInput, conflict, notFound, InputProblems, type InputProblem } from "./input-errors";
export { toIsoDate } from "./iso-date";
export { enforceAccess, isEntity, requiredScopes, forbidden } from "./enforce-access";
export { type AccessRules, type AccessContext, type EntityRule, PLACED_EVERYWHERE, RowPlaces } from "./access-rules";
export { operationCost, OBJECT_COST, SCALAR_COST, UNPAGED_LIST_ESTIMATE } from "./operation-cost";
export { scopeSentence, scopesOf, withScopeDescriptions } from "./scope-descriptions";

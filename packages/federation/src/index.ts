import "reflect-metadata";

export { buildFederatedSchema, printSubgraphSdl, type ReferenceResolvers } from "./build-federated-schema";
export { MAX_PAGE_SIZE, checkPageSize, encodeCursor, decodeCursor, invalidCursorError } from "./pagination";

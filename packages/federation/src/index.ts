import "reflect-metadata";

export { buildFederatedSchema, printSubgraphSdl, type ReferenceResolvers } from "./build-federated-schema";

import { type GraphQLSchema } from "graphql";

/** What @apollo/gateway tells of each supergraph it loads: the API schema and the supergraph it came from. */
export interface SchemaSource {
  onSchemaLoadOrUpdate(callback: (update: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void): unknown;
}

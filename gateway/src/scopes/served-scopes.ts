import { type GraphQLSchema } from "graphql";
import { type SchemaSource } from "../supergraph/schema-source";
import { SupergraphScopes } from "./supergraph-scopes";

/**
 * The SupergraphScopes of each supergraph the gateway has served, read again from the supergraph
 * SDL at every load and reload, and looked up by the API schema a request was validated against:
 * a request that started before a reload is checked by the rules of the schema it runs on.
 */
export class ServedScopes {
  private readonly bySchema = new WeakMap<GraphQLSchema, SupergraphScopes>();
  private latest: SupergraphScopes;

  constructor(initialSupergraphSdl: string) {
    this.latest = new SupergraphScopes(initialSupergraphSdl);
  }

  follow(gateway: SchemaSource): void {
    gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
      this.latest = new SupergraphScopes(coreSupergraphSdl);
      this.bySchema.set(apiSchema, this.latest);
    });
  }

  of(schema: GraphQLSchema | undefined): SupergraphScopes {
    return (schema && this.bySchema.get(schema)) ?? this.latest;
  }
}

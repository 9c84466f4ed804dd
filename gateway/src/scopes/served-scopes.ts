import { type GraphQLSchema } from "graphql";
import { ScopeMap } from "./supergraph-scopes";

interface SchemaSource {
  onSchemaLoadOrUpdate(callback: (update: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void): unknown;
}

/**
 * The field → scope map of each supergraph the gateway has served, rebuilt from the supergraph
 * SDL at every load and reload, and looked up by the API schema a request was validated against:
 * a request that started before a reload is checked by the rules of the schema it runs on.
 */
export class ScopeMaps {
  private readonly bySchema = new WeakMap<GraphQLSchema, ScopeMap>();
  private latest: ScopeMap;

  constructor(initialSupergraphSdl: string) {
    this.latest = new ScopeMap(initialSupergraphSdl);
  }

  follow(gateway: SchemaSource): void {
    gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
      this.latest = new ScopeMap(coreSupergraphSdl);
      this.bySchema.set(apiSchema, this.latest);
    });
  }

  of(schema: GraphQLSchema | undefined): ScopeMap {
    return (schema && this.bySchema.get(schema)) ?? this.latest;
  }
}

import { MapperKind, mapSchema, pruneSchema } from "@graphql-tools/utils";
import { type GraphQLSchema } from "graphql";
import { type ServedScopes } from "../scopes/served-scopes";
import { type SupergraphScopes } from "../scopes/supergraph-scopes";
import { type SchemaSource } from "../supergraph/schema-source";

/**
 * The schema one caller can read: the API schema without the fields none of the caller's
 * effective scopes reads, and without the types left unreachable or empty. Open fields (no scope,
 * or `requires: []`) and reference data stay. It is what introspection and `GET /schema.graphql`
 * answer; the subgraphs still enforce every field at its row's port whatever a caller sends
 * (docs/security-model.md), so a contract hides nothing the access model would show.
 */
export function contractSchema(
  schema: GraphQLSchema,
  scopes: SupergraphScopes,
  effective: readonly string[],
): GraphQLSchema {
  const filtered = mapSchema(schema, {
    [MapperKind.COMPOSITE_FIELD]: (field, fieldName, typeName) =>
      scopes.mayRead(typeName, fieldName, effective) ? field : null,
  });
  return pruneSchema(filtered);
}

/**
 * Contracts per served schema and per set of effective scopes, made once: partners hold a few
 * scope sets, and a reload of the supergraph starts afresh (the old schema's contracts go with it).
 */
export class ContractSchemas {
  private readonly bySchema = new WeakMap<GraphQLSchema, Map<string, GraphQLSchema>>();
  private latest: GraphQLSchema | undefined;

  constructor(private readonly scopes: ServedScopes) {}

  follow(gateway: SchemaSource): void {
    gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
      this.latest = apiSchema;
    });
  }

  /** The caller's contract of `schema` (the one a request was validated on), or of the latest. */
  of(effective: readonly string[], schema: GraphQLSchema | undefined = this.latest): GraphQLSchema {
    if (!schema) throw new Error("no schema loaded yet");
    let contracts = this.bySchema.get(schema);
    if (!contracts) this.bySchema.set(schema, (contracts = new Map()));
    const key = [...new Set(effective)].sort().join(" ");
    let contract = contracts.get(key);
    if (!contract) {
      contract = contractSchema(schema, this.scopes.of(schema), effective);
      contracts.set(key, contract);
    }
    return contract;
  }
}

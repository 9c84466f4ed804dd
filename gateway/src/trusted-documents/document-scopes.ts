import { type DocumentNode, type GraphQLSchema, TypeInfo, isAbstractType, visit, visitWithTypeInfo } from "graphql";
import { type SupergraphScopes } from "../scopes/supergraph-scopes";

/**
 * Every scope that some field of the document is open to, read from the @scope map: the scopes
 * the document could read, whatever the data. A field selected on an interface counts with the
 * scopes of that field on each of its object types. Whether an arrangement restricted to a list
 * of documents may take part in answering it is decided on this set (documentAllowed).
 */
export function scopesReadBy(schema: GraphQLSchema, scopes: SupergraphScopes, document: DocumentNode): Set<string> {
  const read = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent) return;
        const owners = isAbstractType(parent) ? schema.getPossibleTypes(parent) : [parent];
        for (const owner of owners) {
          for (const scope of scopes.required(owner.name, node.name.value) ?? []) read.add(scope);
        }
      },
    }),
  );
  return read;
}

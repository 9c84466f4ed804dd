import { type Access, hasAnyScope } from "@frontera/auth";
import { getDirective } from "@graphql-tools/utils";
import {
  type GraphQLField,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  defaultFieldResolver,
  isObjectType,
} from "graphql";

function scopeOf(schema: GraphQLSchema, node: GraphQLNamedType | GraphQLField<unknown, unknown>): string[] | undefined {
  return getDirective(schema, node, "scope")?.[0]?.requires as string[] | undefined;
}

/** The scopes a field requires: its own @scope, else its type's; null means open. */
export function requiredScopes(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  field: GraphQLField<unknown, unknown>,
): string[] | null {
  return scopeOf(schema, field) ?? scopeOf(schema, type) ?? null;
}

export function forbidden(scopes: readonly string[]): GraphQLError {
  return new GraphQLError(`needs one of the scopes ${scopes.join(", ")}`, {
    extensions: { code: "FORBIDDEN", requiredScopes: scopes },
  });
}

/**
 * Wraps every field that carries a scope (its own or its type's) so that it resolves only for a
 * caller holding one of them, and otherwise fails with FORBIDDEN at its path (the field must be
 * nullable for the rest of the answer to survive). Every path is covered: root fields, entity
 * fields reached through `_entities`, aliases and fragments all run these resolvers. The schema
 * is changed in place, which keeps @apollo/subgraph's reference resolvers where they are.
 */
export function enforceScopes(schema: GraphQLSchema, accessOf: (context: unknown) => Access): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (type.name === "Query" && field.name.startsWith("_")) continue;
      const scopes = requiredScopes(schema, type, field);
      if (!scopes) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        if (!hasAnyScope(accessOf(context), scopes)) throw forbidden(scopes);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

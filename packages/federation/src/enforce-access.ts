import { EVERYWHERE, type Place, forbidden, scopesOfElement } from "@frontera/auth";
import { getDirective } from "@graphql-tools/utils";
import {
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  defaultFieldResolver,
  responsePathAsArray,
  getNamedType,
  isCompositeType,
  isObjectType,
} from "graphql";
import { type AccessContext, type AccessRules, type EntityRule } from "./access-rules";

/**
 * The scopes a field requires: its own @scope, else its type's. `[]` marks a field open on
 * purpose (page info); null means the field carries no scope at all (a coverage test forbids it).
 */
export function requiredScopes(type: GraphQLNamedType, field: GraphQLField<unknown, unknown>): string[] | null {
  return scopesOfElement(field) ?? scopesOfElement(type);
}

type ReferenceResolver = (reference: object, context: unknown, info: unknown) => unknown;

interface SubgraphTypeExtensions {
  apollo?: { subgraph?: { resolveReference?: ReferenceResolver } };
}

/** The `__resolveReference` @apollo/subgraph recorded on a type, if any. */
function referenceResolverOf(type: GraphQLObjectType): ReferenceResolver | undefined {
  return (type.extensions as SubgraphTypeExtensions).apollo?.subgraph?.resolveReference;
}

function setReferenceResolver(type: GraphQLObjectType, resolve: ReferenceResolver): void {
  const extensions = type.extensions as SubgraphTypeExtensions & Record<string, unknown>;
  (type as { extensions: unknown }).extensions = {
    ...extensions,
    apollo: { ...extensions.apollo, subgraph: { ...extensions.apollo?.subgraph, resolveReference: resolve } },
  };
}

/** Whether a type is an entity of this subgraph: it has a @key, or a reference resolver. */
export function isEntity(schema: GraphQLSchema, type: GraphQLObjectType): boolean {
  return Boolean(getDirective(schema, type, "key")?.length) || referenceResolverOf(type) !== undefined;
}

const isPromise = (value: unknown): value is Promise<unknown> =>
  typeof (value as Promise<unknown> | null)?.then === "function";

/**
 * Binds every field and every entity lookup of a subgraph to the caller's grants, in place:
 *
 * - a field carrying a scope resolves only where one of its scopes holds at the row's place, and
 *   otherwise fails with FORBIDDEN at its path (such fields are nullable);
 * - a row without a port of its own is placed by the row it was reached from, so a driver's
 *   memberships or a trip's conveyance are checked at the trip's port;
 * - `_entities` answers null for a row the caller may not see, and for every row of a type the
 *   subgraph has no rule for: a new entity type is closed to partners until it declares one.
 *
 * Internal and service callers hold their scopes everywhere: only the scope itself is checked.
 */
export function enforceAccess<Context extends AccessContext>(schema: GraphQLSchema, rules: AccessRules): GraphQLSchema {
  const placeOf = (typeName: string, row: unknown, context: Context): Place | undefined => {
    if (row === null || typeof row !== "object") return undefined;
    const own = rules[typeName]?.place;
    return own ? own(row as never) : context.places.get(row);
  };

  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    const isRoot = type === schema.getQueryType() || type === schema.getMutationType();
    if (!isRoot && isEntity(schema, type)) guardReferences(schema, type, rules[type.name]);
    for (const field of Object.values(type.getFields())) {
      if (isRoot && field.name.startsWith("_")) continue;
      const scopes = requiredScopes(type, field);
      const child = getNamedType(field.type);
      const childRule = isCompositeType(child) ? rules[child.name] : undefined;
      field.resolve = guardField(field.resolve ?? defaultFieldResolver, {
        scopes: scopes && scopes.length ? scopes : null,
        typeName: isRoot ? null : type.name,
        // Rows that carry their own port need no place from their parent; an entity takes only
        // real ports from it, never "everywhere" (a person found by a search lives where they crossed).
        placesChildren: isCompositeType(child) && !childRule?.place,
        childrenTakeEverywhere: !childRule,
        placeOf,
      });
    }
  }
  return schema;
}

interface FieldGuard<Context> {
  scopes: string[] | null;
  /** The parent type; null for root fields. */
  typeName: string | null;
  placesChildren: boolean;
  childrenTakeEverywhere: boolean;
  placeOf: (typeName: string, row: unknown, context: Context) => Place | undefined;
}

/** FORBIDDEN, located at the field already (path, nodes): graphql-js passes it on without wrapping it. */
function refusal(scopes: readonly string[], info: GraphQLResolveInfo) {
  return forbidden(scopes, { atRecord: true, path: responsePathAsArray(info.path), nodes: info.fieldNodes });
}

function guardField<Context extends AccessContext>(
  resolve: GraphQLFieldResolver<unknown, Context>,
  guard: FieldGuard<Context>,
): GraphQLFieldResolver<unknown, Context> {
  const { scopes, typeName, placesChildren, childrenTakeEverywhere, placeOf } = guard;
  return (source, args, context, info) => {
    const { policy } = context;
    if (scopes && !policy.holdsAnywhere(scopes)) throw refusal(scopes, info);
    if (!policy.limited) return resolve(source, args, context, info);
    // Root fields read their rows through the subgraph's row filters; every other row has a
    // place, and a row whose place is unknown shows nothing that needs a scope.
    const place = typeName === null ? EVERYWHERE : placeOf(typeName, source, context);
    if (scopes && (place === undefined || !policy.holdsAt(scopes, place))) throw refusal(scopes, info);
    const result = resolve(source, args, context, info);
    if (!placesChildren || place === undefined || (place === EVERYWHERE && !childrenTakeEverywhere)) return result;
    const placeAll = (value: unknown): unknown => {
      if (Array.isArray(value)) value.forEach(placeAll);
      else if (value !== null && typeof value === "object") context.places.add(value, place);
      return value;
    };
    return isPromise(result) ? result.then(placeAll) : placeAll(result);
  };
}

function guardReferences(schema: GraphQLSchema, type: GraphQLObjectType, rule: EntityRule | undefined): void {
  const resolve: ReferenceResolver = referenceResolverOf(type) ?? ((reference) => reference);
  const scopes = scopesOfElement(type);
  setReferenceResolver(type, async (reference, context, info) => {
    const row = await resolve(reference, context, info);
    const { policy, places } = context as AccessContext;
    if (!policy.limited || row === null || row === undefined) return row;
    if (!rule) return null;
    const place: Place | undefined =
      rule.place?.(row as never) ?? places.get(row as object) ?? (await rule.locate?.(row as never, context as never));
    if (place === undefined) return null;
    if (!rule.place) places.add(row as object, place);
    const readScopes = rule.readScopes?.(row as never) ?? scopes;
    if (readScopes && readScopes.length > 0 && !policy.holdsAt(readScopes, place)) return null;
    return !rule.visible || rule.visible(row as never, context as never) ? row : null;
  });
}

import { type Access } from "@frontera/auth";
import {
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  getNamedType,
  isAbstractType,
} from "graphql";
import { TYPENAME_ALIAS } from "./abstract-typenames";
import { walkResponse } from "./response-walk";
import { type ScopeMap } from "./scope-map";

export interface Disclosed {
  scopes: string[];
  entityCounts: Array<{ typeName: string; count: number }>;
}

interface FieldFacts {
  /** The non-reference scopes the field needs. */
  scopes: string[];
  /** The entity type the field holds, if it holds one (a list counts each). */
  entityType: string | undefined;
  /** The field holds an abstract type (`node`): each row says its own type. */
  abstract: boolean;
}

// Per scope map (one per supergraph), per field: worked out once, read on every partner answer.
const facts = new WeakMap<ScopeMap, Map<string, FieldFacts>>();

function factsOf(scopeMap: ScopeMap, parentType: GraphQLObjectType, fieldName: string): FieldFacts {
  let byField = facts.get(scopeMap);
  if (!byField) facts.set(scopeMap, (byField = new Map()));
  const key = `${parentType.name}.${fieldName}`;
  let known = byField.get(key);
  if (!known) {
    const fieldType = parentType.getFields()[fieldName]?.type;
    const named = fieldType ? getNamedType(fieldType).name : undefined;
    const namedType = fieldType ? getNamedType(fieldType) : undefined;
    known = {
      scopes: (scopeMap.required(parentType.name, fieldName) ?? []).filter((scope) => scope !== "reference:read"),
      entityType: named && scopeMap.isEntity(named) ? named : undefined,
      abstract: namedType !== undefined && isAbstractType(namedType),
    };
    byField.set(key, known);
  }
  return known;
}

/**
 * What a response carries: the caller's scopes that its non-null fields needed (reference data
 * aside) and how many entities of each type it holds.
 */
export function disclosedBy(
  schema: GraphQLSchema,
  scopeMap: ScopeMap,
  access: Access,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  data: Record<string, unknown>,
): Disclosed {
  const scopes = new Set<string>();
  const counts = new Map<string, number>();
  walkResponse(schema, operation, fragments, data, (parentType, fieldName, value) => {
    if (value === null || value === undefined) return;
    const field = factsOf(scopeMap, parentType, fieldName);
    for (const scope of field.scopes) if (access.effectiveScopes.includes(scope)) scopes.add(scope);
    if (field.entityType) {
      const items = Array.isArray(value) ? value.filter((item) => item !== null).length : 1;
      counts.set(field.entityType, (counts.get(field.entityType) ?? 0) + items);
    } else if (field.abstract) {
      for (const item of Array.isArray(value) ? value : [value]) {
        const typeName = (item as Record<string, unknown> | null)?.[TYPENAME_ALIAS];
        if (typeof typeName === "string" && scopeMap.isEntity(typeName)) {
          counts.set(typeName, (counts.get(typeName) ?? 0) + 1);
        }
      }
    }
  });
  return {
    scopes: [...scopes].sort(),
    entityCounts: [...counts.entries()].map(([typeName, count]) => ({ typeName, count })),
  };
}

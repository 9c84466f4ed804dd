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
import { RECORD_KEYS, RECORD_KEY_ALIAS } from "./record-keys";
import { walkResponse } from "./response-walk";
import { type SupergraphScopes } from "../scopes/supergraph-scopes";

/** The records of one type an answer carried: their keys, and the scopes of their own fields it held. */
export interface DisclosedRecords {
  typeName: string;
  scopes: string[];
  keys: string[];
}

export interface Disclosed {
  scopes: string[];
  entityCounts: Array<{ typeName: string; count: number }>;
  /** Per disclosed scope, the caller's arrangements that grant it: the legal basis. */
  grants: Array<{ scope: string; arrangementIds: string[] }>;
  /** The named records (RECORD_KEYS) whose non-reference fields the answer held, by type. */
  records: DisclosedRecords[];
  /** Objects that carry RECORD_KEY_ALIAS, which the gateway added: to remove before sending. */
  keyed: Array<Record<string, unknown>>;
}

interface TypeRecords {
  scopes: Set<string>;
  keys: Set<string>;
}

interface FieldFacts {
  /** The non-reference scopes the field needs. */
  scopes: string[];
  /** The entity type the field holds, if it holds one (a list counts each). */
  entityType: string | undefined;
  /** The field holds an abstract type (`node`): each row says its own type. */
  abstract: boolean;
}

// Per supergraph, per type, per field: worked out once, read on every partner answer (keyed by
// the type object, not a "Type.field" string: no string is built per field of an answer).
const facts = new WeakMap<SupergraphScopes, WeakMap<GraphQLObjectType, Map<string, FieldFacts>>>();

function factsOf(declared: SupergraphScopes, parentType: GraphQLObjectType, fieldName: string): FieldFacts {
  let byType = facts.get(declared);
  if (!byType) facts.set(declared, (byType = new WeakMap()));
  let byField = byType.get(parentType);
  if (!byField) byType.set(parentType, (byField = new Map()));
  let known = byField.get(fieldName);
  if (!known) {
    const fieldType = parentType.getFields()[fieldName]?.type;
    const namedType = fieldType ? getNamedType(fieldType) : undefined;
    known = {
      scopes: (declared.required(parentType.name, fieldName) ?? []).filter((scope) => scope !== "reference:read"),
      entityType: namedType && declared.isEntity(namedType.name) ? namedType.name : undefined,
      abstract: namedType !== undefined && isAbstractType(namedType),
    };
    byField.set(fieldName, known);
  }
  return known;
}

/**
 * What a response carries: the caller's scopes that its non-null fields needed (reference data
 * aside), the arrangements that granted them, how many entities of each type it holds, and the
 * keys of the named records whose own non-reference fields it holds (read in the same walk: a
 * record's key is its unaliased key field, or RECORD_KEY_ALIAS where the gateway asked for it).
 */
export function disclosedBy(
  schema: GraphQLSchema,
  declared: SupergraphScopes,
  access: Access,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  data: Record<string, unknown>,
): Disclosed {
  const scopes = new Set<string>();
  const counts = new Map<string, number>();
  const records = new Map<string, TypeRecords>();
  const keyed: Array<Record<string, unknown>> = [];
  // Which of a field's scopes this caller holds: the same for every row, so worked out once per
  // field per answer, when the field is first seen holding a value.
  const effective = new Set(access.effectiveScopes);
  const heldByField = new Map<FieldFacts, string[]>();
  const heldScopes = (field: FieldFacts): string[] => {
    let held = heldByField.get(field);
    if (!held) {
      heldByField.set(field, (held = field.scopes.filter((scope) => effective.has(scope))));
      for (const scope of held) scopes.add(scope);
    }
    return held;
  };
  walkResponse(schema, operation, fragments, data, (parentType, fieldName, value, object, responseKey) => {
    if (responseKey === RECORD_KEY_ALIAS) {
      keyed.push(object);
      return;
    }
    if (value === null || value === undefined) return;
    const field = factsOf(declared, parentType, fieldName);
    const held = heldScopes(field);
    const keyField = held.length > 0 ? RECORD_KEYS[parentType.name] : undefined;
    if (keyField) {
      const key = object[RECORD_KEY_ALIAS] ?? object[keyField];
      if (typeof key === "string" || typeof key === "number") {
        let ofType = records.get(parentType.name);
        if (!ofType) records.set(parentType.name, (ofType = { scopes: new Set(), keys: new Set() }));
        ofType.keys.add(String(key));
        for (const scope of held) ofType.scopes.add(scope);
      }
    }
    if (field.entityType) {
      const items = Array.isArray(value) ? value.filter((item) => item !== null).length : 1;
      counts.set(field.entityType, (counts.get(field.entityType) ?? 0) + items);
    } else if (field.abstract) {
      for (const item of Array.isArray(value) ? value : [value]) {
        const typeName = (item as Record<string, unknown> | null)?.[TYPENAME_ALIAS];
        if (typeof typeName === "string" && declared.isEntity(typeName)) {
          counts.set(typeName, (counts.get(typeName) ?? 0) + 1);
        }
      }
    }
  });
  const disclosedScopes = [...scopes].sort();
  // Each object's keys in sorted order: one disclosure is always the same text. (The write's
  // signature, over the body's bytes, needs no order; it spared the GraphQL mutation's signature,
  // over sorted keys, a sorting pass, and costs nothing.)
  return {
    scopes: disclosedScopes,
    entityCounts: [...counts.entries()].map(([typeName, count]) => ({ count, typeName })),
    // Every arrangement granting the scope to this caller: the rows' ports are not all in the
    // answer, and each of these arrangements held when the answer was made.
    grants: disclosedScopes.map((scope) => ({ arrangementIds: grantingArrangements(access, scope), scope })),
    records: [...records.entries()].map(([typeName, { scopes: held, keys }]) => ({
      keys: [...keys],
      scopes: [...held].sort(),
      typeName,
    })),
    keyed,
  };
}

function grantingArrangements(access: Access, scope: string): string[] {
  const ids = new Set<string>();
  for (const grant of access.grants) if (grant.scope === scope && grant.arrangementId) ids.add(grant.arrangementId);
  return [...ids].sort();
}

import { type Access } from "@frontera/auth";
import {
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  getNamedType,
} from "graphql";
import { RECORD_KEYS, RECORD_KEY_ALIAS } from "./record-keys";
import { walkResponse } from "./response-walk";
import { type ScopeMap } from "./scope-map";

export interface DisclosedRecord {
  typeName: string;
  key: string;
  /** The non-reference scopes of this record's own fields that the answer held. */
  scopes: string[];
}

export interface Disclosed {
  scopes: string[];
  entityCounts: Array<{ typeName: string; count: number }>;
  /** Per disclosed scope, the caller's arrangements that grant it (empty for internal callers). */
  grants: Array<{ scope: string; arrangementIds: string[] }>;
  /** The keyed records (RECORD_KEYS) whose non-reference fields the answer held, once each. */
  records: DisclosedRecord[];
}

interface Frame {
  keyed: boolean;
  key: string | null;
  scopes: Set<string> | null;
}

interface FieldFacts {
  /** The non-reference scopes the field needs. */
  scopes: string[];
  /** The entity type the field holds, if it holds one (a list counts each). */
  entityType: string | undefined;
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
    known = {
      scopes: (scopeMap.required(parentType.name, fieldName) ?? []).filter((scope) => scope !== "reference:read"),
      entityType: named && scopeMap.isEntity(named) ? named : undefined,
    };
    byField.set(key, known);
  }
  return known;
}

/**
 * What a response carries: the caller's scopes that its non-null fields needed (reference data
 * aside), the arrangements that granted them, how many entities of each type it holds, and the
 * keys of the keyed records whose own non-reference fields it holds.
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
  const records = new Map<string, DisclosedRecord>();
  // One frame per object being walked: only keyed ones collect, the others are placeholders.
  const frames: Frame[] = [];
  walkResponse(
    schema,
    operation,
    fragments,
    data,
    (parentType, fieldName, value, responseKey) => {
      if (value === null || value === undefined) return;
      const frame = frames.at(-1);
      if (
        frame?.keyed &&
        fieldName === RECORD_KEYS[parentType.name] &&
        (typeof value === "string" || typeof value === "number")
      ) {
        frame.key = String(value);
      }
      // The key the gateway added to name the record is not something the client was sent.
      if (responseKey === RECORD_KEY_ALIAS) return;
      const field = factsOf(scopeMap, parentType, fieldName);
      for (const scope of field.scopes) {
        if (!access.effectiveScopes.includes(scope)) continue;
        scopes.add(scope);
        if (frame?.keyed) (frame.scopes ??= new Set()).add(scope);
      }
      if (field.entityType) {
        const items = Array.isArray(value) ? value.filter((item) => item !== null).length : 1;
        counts.set(field.entityType, (counts.get(field.entityType) ?? 0) + items);
      }
    },
    {
      enter: (type) => frames.push({ keyed: type.name in RECORD_KEYS, key: null, scopes: null }),
      leave: (type) => {
        const frame = frames.pop()!;
        if (!frame.keyed || frame.key === null || !frame.scopes) return;
        const id = `${type.name}\u0000${frame.key}`;
        const known = records.get(id);
        if (known) known.scopes = [...new Set([...known.scopes, ...frame.scopes])].sort();
        else records.set(id, { typeName: type.name, key: frame.key, scopes: [...frame.scopes].sort() });
      },
    },
  );
  const disclosedScopes = [...scopes].sort();
  return {
    scopes: disclosedScopes,
    entityCounts: [...counts.entries()].map(([typeName, count]) => ({ typeName, count })),
    // Every arrangement that grants the scope to this caller, whatever the ports of the rows: the
    // rows' ports are not all in the answer, and each of these arrangements held at the request.
    grants: disclosedScopes.map((scope) => ({
      scope,
      arrangementIds: [
        ...new Set(
          access.grants
            .filter((grant) => grant.scope === scope && grant.arrangementId !== null)
            .map((grant) => grant.arrangementId!),
        ),
      ].sort(),
    })),
    records: [...records.values()],
  };
}

import {
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  Kind,
  type SelectionSetNode,
  TypeInfo,
  isObjectType,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { type ScopeMap } from "./scope-map";

/** The records the disclosure log names one by one, each by its key field. */
export const RECORD_KEYS: Readonly<Record<string, string>> = {
  Traveller: "id",
  Shipment: "shipmentControlNumber",
  Trip: "tripNumber",
  Crossing: "id",
  Inspection: "id",
};

/**
 * The response key under which the gateway asks for a record's key itself. A client that did not
 * select the key still discloses the record, and the log must be able to name it: so the gateway
 * adds `fronteraRecordKey: <key>` to every selection of those types, reads it while walking the
 * answer, and removes it (and any error at it) before the answer is sent.
 */
export const RECORD_KEY_ALIAS = "fronteraRecordKey";

const keyField = (name: string): FieldNode => ({
  kind: Kind.FIELD,
  alias: { kind: Kind.NAME, value: RECORD_KEY_ALIAS },
  name: { kind: Kind.NAME, value: name },
});

/**
 * The document with the key of every keyed record selected, or the same document when it selects
 * none. Only keys the caller may read are added: a key it could not read would come back as an
 * error, and the record is then counted, not named.
 */
export function withRecordKeys(schema: GraphQLSchema, scopeMap: ScopeMap, held: string[], document: DocumentNode) {
  const typeInfo = new TypeInfo(schema);
  let changed = false;
  const result = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      SelectionSet(node: SelectionSetNode) {
        const type = typeInfo.getParentType();
        if (!type || !isObjectType(type)) return undefined;
        const key = RECORD_KEYS[type.name];
        if (!key) return undefined;
        const needs = scopeMap.required(type.name, key);
        if (needs && !needs.some((scope) => held.includes(scope))) return undefined;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.alias?.value === RECORD_KEY_ALIAS)) return undefined;
        changed = true;
        return { ...node, selections: [...node.selections, keyField(key)] };
      },
    }),
  );
  return changed ? result : document;
}

/** Removes what `withRecordKeys` added from an answer, in place. */
export function stripRecordKeys(value: unknown): void {
  if (Array.isArray(value)) for (const item of value) stripRecordKeys(item);
  else if (value && typeof value === "object") {
    const object = value as Record<string, unknown>;
    delete object[RECORD_KEY_ALIAS];
    for (const key in object) stripRecordKeys(object[key]);
  }
}

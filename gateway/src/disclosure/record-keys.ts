import {
  type DocumentNode,
  type GraphQLSchema,
  type InlineFragmentNode,
  Kind,
  type SelectionSetNode,
  isAbstractType,
  isObjectType,
} from "graphql";
import { aliasedField, withSelectionsUnderFields } from "./selections-under-fields";

/** The records the disclosure log names one by one (issue 16), each by its natural key field. */
export const RECORD_KEYS: Readonly<Record<string, string>> = {
  Traveller: "travellerId",
  Shipment: "shipmentControlNumber",
  Trip: "tripNumber",
  Crossing: "crossingId",
  Inspection: "inspectionId",
  AssistanceRequest: "assistanceRequestId",
  ShipmentHold: "holdId",
};

/**
 * The response key under which the gateway asks for a record's key when the client did not select
 * it itself: a record the client read without its key is still disclosed, and the log must name
 * it. Read by the disclosure walk, removed (with any error at it) before the answer is sent. The
 * key is one the subgraphs already carry for the join, so it costs the plan nothing new.
 */
export const RECORD_KEY_ALIAS = "fronteraRecordKey";

const aliased = (name: string) => aliasedField(RECORD_KEY_ALIAS, name);

const onType = (typeName: string, key: string): InlineFragmentNode => ({
  kind: Kind.INLINE_FRAGMENT,
  typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: typeName } },
  selectionSet: { kind: Kind.SELECTION_SET, selections: [aliased(key)] },
});

/** Whether the selection set reads the key itself, unaliased: then its value is the key. */
function selectsKey(node: SelectionSetNode, key: string): boolean {
  return node.selections.some(
    (selection) =>
      selection.kind === Kind.FIELD &&
      selection.name.value === key &&
      (!selection.alias || selection.alias.value === key || selection.alias.value === RECORD_KEY_ALIAS),
  );
}

/**
 * The document with the key of every record type selected under RECORD_KEY_ALIAS where the
 * selection does not read it itself; null when nothing had to be added. Keys go last in their
 * selection set, after the fields the walk reads them for. A key the caller may not read is not
 * asked for (it would come back as an error): such a record is counted, not named.
 */
export function withRecordKeys(
  schema: GraphQLSchema,
  document: DocumentNode,
  mayRead: (typeName: string, field: string) => boolean,
): DocumentNode | null {
  return withSelectionsUnderFields(schema, document, (type, node) => {
    if (isObjectType(type)) {
      const key = RECORD_KEYS[type.name];
      if (!key || selectsKey(node, key) || !mayRead(type.name, key)) return undefined;
      return [...node.selections, aliased(key)];
    }
    if (!isAbstractType(type)) return undefined;
    const added = schema
      .getPossibleTypes(type)
      .filter((possible) => RECORD_KEYS[possible.name] && mayRead(possible.name, RECORD_KEYS[possible.name]!))
      .map((possible) => onType(possible.name, RECORD_KEYS[possible.name]!));
    return added.length ? [...node.selections, ...added] : undefined;
  });
}

import { type DocumentNode, type GraphQLSchema, Kind, isAbstractType } from "graphql";
import { aliasedField, withSelectionsUnderFields } from "./selections-under-fields";

/**
 * The alias under which a partner's answer carries the type of each object read through an
 * abstract field (`node`, `nodes`): the disclosure walk needs the type to know which fields and
 * entities it saw, and a client need not have asked for `__typename`. Removed before the answer
 * leaves the gateway.
 */
export const TYPENAME_ALIAS = "fronteraDisclosedType";

const TYPENAME = aliasedField(TYPENAME_ALIAS, "__typename");

/** The document with TYPENAME_ALIAS selected under every abstract-typed field; null when it has none. */
export function withAbstractTypenames(schema: GraphQLSchema, document: DocumentNode): DocumentNode | null {
  return withSelectionsUnderFields(schema, document, (type, node) => {
    if (!isAbstractType(type)) return undefined;
    if (node.selections.some((s) => s.kind === Kind.FIELD && s.alias?.value === TYPENAME_ALIAS)) return undefined;
    return [TYPENAME, ...node.selections];
  });
}

/** Removes TYPENAME_ALIAS from an answer, in place. */
export function dropAbstractTypenames(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(dropAbstractTypenames);
  } else if (value !== null && typeof value === "object") {
    const object = value as Record<string, unknown>;
    delete object[TYPENAME_ALIAS];
    Object.values(object).forEach(dropAbstractTypenames);
  }
}

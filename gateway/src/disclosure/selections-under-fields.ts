import {
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  Kind,
  type SelectionNode,
  type SelectionSetNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";

/**
 * The document with the selection set of every field rewritten by `rewrite`, which is given the
 * field's type and its selection set and answers the new selections, or undefined to keep them.
 * Only a field's own selection set is asked: fragments inside it share its object. Null when
 * nothing was rewritten, so that callers keep (and plan once) the document they were given.
 */
export function withSelectionsUnderFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  rewrite: (type: GraphQLCompositeType, selectionSet: SelectionSetNode) => readonly SelectionNode[] | undefined,
): DocumentNode | null {
  const typeInfo = new TypeInfo(schema);
  let changed = false;
  const next = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      SelectionSet(node: SelectionSetNode, _key, parent) {
        if ((parent as ASTNode | undefined)?.kind !== Kind.FIELD) return undefined;
        const type = typeInfo.getParentType();
        const selections = type ? rewrite(type, node) : undefined;
        if (!selections) return undefined;
        changed = true;
        return { ...node, selections };
      },
    }),
  );
  return changed ? next : null;
}

/** `alias: name`, a field the gateway adds for itself. */
export function aliasedField(alias: string, name: string): FieldNode {
  return { kind: Kind.FIELD, alias: { kind: Kind.NAME, value: alias }, name: { kind: Kind.NAME, value: name } };
}

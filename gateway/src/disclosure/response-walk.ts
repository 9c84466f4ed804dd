import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLAbstractType,
  type GraphQLObjectType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  getNamedType,
  isAbstractType,
  isObjectType,
} from "graphql";
import { TYPENAME_ALIAS } from "./abstract-typenames";

/**
 * Called for every field present in the data, with the object type it was read on, the object
 * itself and the field's key in it (its alias, or its name).
 */
export type FieldVisitor = (
  parentType: GraphQLObjectType,
  fieldName: string,
  value: unknown,
  object: Record<string, unknown>,
  responseKey: string,
) => void;

/**
 * Walks a response alongside the operation that produced it, calling `visit` for every field
 * present in the data: aliases, fragments and lists are followed as execution did. It runs on
 * every partner answer, so it allocates nothing per field.
 */
export function walkResponse(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  data: Record<string, unknown>,
  visit: FieldVisitor,
): void {
  const root = schema.getRootType(operation.operation);
  if (root) walkSelections(schema, root, operation.selectionSet, fragments, data, visit);
}

/** The fragments of a document, by name: what a walk alongside one of its operations follows. */
export function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  return Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
}

/** Whether a fragment on `condition` (none: the field's own type) applies to an object of `type`. */
export function applies(schema: GraphQLSchema, condition: string | undefined, type: GraphQLObjectType): boolean {
  if (!condition || condition === type.name) return true;
  const target = schema.getType(condition);
  return target !== undefined && isAbstractType(target) && schema.isSubType(target, type);
}

function walkSelections(
  schema: GraphQLSchema,
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  object: Record<string, unknown>,
  visit: FieldVisitor,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (applies(schema, selection.typeCondition?.name.value, type)) {
        walkSelections(schema, type, selection.selectionSet, fragments, object, visit);
      }
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = fragments[selection.name.value];
      if (fragment && applies(schema, fragment.typeCondition.name.value, type)) {
        walkSelections(schema, type, fragment.selectionSet, fragments, object, visit);
      }
      continue;
    }
    const fieldName = selection.name.value;
    const key = selection.alias?.value ?? fieldName;
    if (fieldName.startsWith("__") || !(key in object)) continue;
    const value = object[key];
    visit(type, fieldName, value, object, key);
    const fieldType = type.getFields()[fieldName]?.type;
    const named = fieldType && getNamedType(fieldType);
    if (!selection.selectionSet || !named || value === null || value === undefined) continue;
    if (!isObjectType(named) && !isAbstractType(named)) continue;
    descend(schema, named, selection.selectionSet, fragments, value, visit);
  }
}

/** Into a field's value: an object, or each item of a list (of lists), with the field's selections. */
function descend(
  schema: GraphQLSchema,
  named: GraphQLObjectType | GraphQLAbstractType,
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  value: unknown,
  visit: FieldVisitor,
): void {
  if (Array.isArray(value)) {
    for (const item of value) descend(schema, named, selectionSet, fragments, item, visit);
  } else if (value && typeof value === "object") {
    const row = value as Record<string, unknown>;
    // Rows of an abstract field (`node`) say their type: see abstract-typenames.ts.
    const type = isObjectType(named) ? named : schema.getType(String(row[TYPENAME_ALIAS] ?? row.__typename));
    if (isObjectType(type)) walkSelections(schema, type, selectionSet, fragments, row, visit);
  }
}

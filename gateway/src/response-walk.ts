import {
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  getNamedType,
  isAbstractType,
  isObjectType,
} from "graphql";

export interface VisitedField {
  parentType: GraphQLObjectType;
  fieldName: string;
  value: unknown;
  path: Array<string | number>;
}

/**
 * Walks a response alongside the operation that produced it, calling `visit` for every field
 * present in the data: aliases, fragments and lists are followed as execution did.
 */
export function walkResponse(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  data: Record<string, unknown>,
  visit: (field: VisitedField) => void,
): void {
  const root = schema.getRootType(operation.operation);
  if (root) walkSelections(schema, root, operation.selectionSet, fragments, data, [], visit);
}

function applies(schema: GraphQLSchema, condition: string | undefined, type: GraphQLObjectType): boolean {
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
  path: Array<string | number>,
  visit: (field: VisitedField) => void,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (applies(schema, selection.typeCondition?.name.value, type)) {
        walkSelections(schema, type, selection.selectionSet, fragments, object, path, visit);
      }
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = fragments[selection.name.value];
      if (fragment && applies(schema, fragment.typeCondition.name.value, type)) {
        walkSelections(schema, type, fragment.selectionSet, fragments, object, path, visit);
      }
      continue;
    }
    const fieldName = selection.name.value;
    const key = selection.alias?.value ?? fieldName;
    if (fieldName.startsWith("__") || !(key in object)) continue;
    const value = object[key];
    visit({ parentType: type, fieldName, value, path: [...path, key] });
    const fieldType = type.getFields()[fieldName]?.type;
    const named = fieldType && getNamedType(fieldType);
    if (!selection.selectionSet || !named || !isObjectType(named) || value === null || value === undefined) continue;
    const descend = (item: unknown, itemPath: Array<string | number>) => {
      if (Array.isArray(item)) item.forEach((inner, index) => descend(inner, [...itemPath, index]));
      else if (item && typeof item === "object") {
        walkSelections(
          schema,
          named,
          selection.selectionSet!,
          fragments,
          item as Record<string, unknown>,
          itemPath,
          visit,
        );
      }
    };
    descend(value, [...path, key]);
  }
}

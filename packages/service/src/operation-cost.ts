import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
} from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@frontera/config";

/** A field that returns an object (or a list of them) costs more than a scalar: it is a row or a join. */
export const OBJECT_COST = 2;
export const SCALAR_COST = 1;
/**
 * A list without a page size (goods items, inspections, agencies of an inspection) holds a handful
 * of items in this domain (1–4 in the data we know of); 5 overestimates each of them without
 * letting nested ones (inspections × agencies) compound into figures that dwarf the real work.
 */
export const UNPAGED_LIST_ESTIMATE = 5;

/** Arguments that size a page; the first one the request gives a size wins. */
const PAGE_SIZE_ARGUMENTS = ["first", "last", "limit"];

type Variables = Record<string, unknown>;

interface Pricing {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Variables;
  variableDefaults: Map<string, ValueNode>;
  /** Fragment costs already computed, by name and the page size they inherit. */
  fragmentCosts: Map<string, number>;
  /** Fragments being expanded: a cycle adds nothing (validation refuses cycles; this is a guard). */
  expanding: Set<string>;
}

/**
 * What an operation will cost to answer, with page sizes taken from the request's variables:
 * graphql-armor's cost rule reads literal `first` only, so `shipments(first: $n)` nested three
 * times (n³ rows) looked cheap. Each field costs SCALAR_COST or OBJECT_COST; a field with a page
 * size multiplies the lists it holds (a connection's `edges`), a list field with a page size or
 * `representations` (`_entities`) multiplies itself, and any other list of objects counts
 * UNPAGED_LIST_ESTIMATE items. Nested multipliers multiply. The README's operation-limits section
 * gives the figures.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables: Variables = {},
): number {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((candidate) => candidate.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const pricing: Pricing = {
    schema,
    fragments: new Map(
      document.definitions
        .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
        .map((fragment) => [fragment.name.value, fragment]),
    ),
    variables: variables ?? {},
    variableDefaults: new Map(
      (operation.variableDefinitions ?? [])
        .filter((definition) => definition.defaultValue)
        .map((definition) => [definition.variable.name.value, definition.defaultValue!]),
    ),
    fragmentCosts: new Map(),
    expanding: new Set(),
  };
  return selectionSetCost(pricing, operation.selectionSet, root, undefined);
}

/**
 * `pageOfParent`: the page size of the field that holds this selection, when that field is not a
 * list itself (a connection): the lists directly inside it are that page.
 */
function selectionSetCost(
  pricing: Pricing,
  selectionSet: SelectionSetNode,
  parentType: GraphQLNamedType,
  pageOfParent: number | undefined,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (leftOut(pricing, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(pricing, selection, parentType, pageOfParent);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition
        ? (pricing.schema.getType(selection.typeCondition.name.value) ?? parentType)
        : parentType;
      cost += selectionSetCost(pricing, selection.selectionSet, type, pageOfParent);
    } else {
      cost += fragmentCost(pricing, selection.name.value, pageOfParent);
    }
  }
  return cost;
}

/**
 * Whether @skip or @include leaves the selection out of this request, by a literal or a variable
 * (its value, else its default): a field that will not run costs nothing. An `if` that cannot be
 * read counts the selection in.
 */
function leftOut(pricing: Pricing, selection: SelectionSetNode["selections"][number]): boolean {
  const condition = (name: string): boolean | undefined => {
    const argument = selection.directives
      ?.find((directive) => directive.name.value === name)
      ?.arguments?.find((candidate) => candidate.name.value === "if");
    if (!argument) return undefined;
    const value = argument.value;
    if (value.kind === Kind.BOOLEAN) return value.value;
    if (value.kind !== Kind.VARIABLE) return undefined;
    const given = pricing.variables[value.name.value];
    if (typeof given === "boolean") return given;
    const fallback = pricing.variableDefaults.get(value.name.value);
    return fallback?.kind === Kind.BOOLEAN ? fallback.value : undefined;
  };
  return condition("skip") === true || condition("include") === false;
}

function fragmentCost(pricing: Pricing, name: string, pageOfParent: number | undefined): number {
  const fragment = pricing.fragments.get(name);
  if (!fragment || pricing.expanding.has(name)) return 0;
  // Memoised: a fragment spread twice in a fragment spread twice… is priced once per page size.
  const key = `${name}|${pageOfParent ?? ""}`;
  const known = pricing.fragmentCosts.get(key);
  if (known !== undefined) return known;
  const type = pricing.schema.getType(fragment.typeCondition.name.value);
  if (!type) return 0;
  pricing.expanding.add(name);
  const cost = selectionSetCost(pricing, fragment.selectionSet, type, pageOfParent);
  pricing.expanding.delete(name);
  pricing.fragmentCosts.set(key, cost);
  return cost;
}

function fieldCost(
  pricing: Pricing,
  field: FieldNode,
  parentType: GraphQLNamedType,
  pageOfParent: number | undefined,
): number {
  const definition =
    isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[field.name.value] : undefined;
  // `__schema` and `__type` are not among getFields(): introspection counts as one field, as it did
  // under graphql-armor; its size is the schema's, and partners are refused it anyway.
  if (!definition || !field.selectionSet) return SCALAR_COST;
  const type = getNamedType(definition.type);
  if (!isCompositeType(type)) return SCALAR_COST;
  const isList = isListType(getNullableType(definition.type));
  const size = pageSize(pricing, field, definition);
  const items = isList ? (size ?? pageOfParent ?? UNPAGED_LIST_ESTIMATE) : 1;
  const children = selectionSetCost(pricing, field.selectionSet, type, isList ? undefined : size);
  return items * (OBJECT_COST + children);
}

/** The page size a field asks for, or undefined if it has no page-size argument. */
function pageSize(pricing: Pricing, field: FieldNode, definition: GraphQLField<unknown, unknown>): number | undefined {
  const representations = definition.args.find((argument) => argument.name === "representations");
  if (representations) {
    const given = field.arguments?.find((argument) => argument.name.value === "representations");
    const value = given ? valueOf(pricing, given.value) : undefined;
    return Array.isArray(value) ? value.length : UNPAGED_LIST_ESTIMATE;
  }
  const offered = PAGE_SIZE_ARGUMENTS.flatMap((name) => definition.args.filter((argument) => argument.name === name));
  if (offered.length === 0) return undefined;
  // The size the request gives, whichever of `first` and `last` carries it: `last: 100` is no
  // cheaper than `first: 100` because `first` is declared first.
  const given = offered.flatMap((argument) => {
    const node = field.arguments?.find((candidate) => candidate.name.value === argument.name);
    return node ? [valueOf(pricing, node.value)] : [];
  });
  if (given.length > 0) return asPageSize(given.find((value) => typeof value === "number") ?? given[0]);
  const withDefault = offered.find((argument) => argument.defaultValue !== undefined);
  if (withDefault) return asPageSize(withDefault.defaultValue);
  // A connection paged both ways keeps its default out of the schema (see checkPageArguments).
  const bothWays =
    offered.some((argument) => argument.name === "first") && offered.some((argument) => argument.name === "last");
  return bothWays ? DEFAULT_PAGE_SIZE : MAX_PAGE_SIZE;
}

/** A literal, or a variable: its value in the request, else its default; undefined if neither. */
function valueOf(pricing: Pricing, node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.VARIABLE: {
      const name = node.name.value;
      // An explicit null is priced as the largest page, like any other value that is not a size.
      if (pricing.variables[name] !== undefined) return pricing.variables[name];
      const fallback = pricing.variableDefaults.get(name);
      return fallback ? valueOf(pricing, fallback) : undefined;
    }
    case Kind.INT:
      return Number.parseInt(node.value, 10);
    case Kind.LIST:
      return node.values;
    default:
      return undefined;
  }
}

/** Anything that is not a number of rows (absent, null, mistyped) is priced as the largest page. */
function asPageSize(value: unknown): number {
  if (typeof value !== "number" || Number.isNaN(value)) return MAX_PAGE_SIZE;
  return Math.max(0, value);
}

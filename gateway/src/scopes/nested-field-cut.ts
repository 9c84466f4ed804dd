import { forbidden } from "@frontera/auth";
import {
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLObjectType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  getNamedType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { applies, fragmentsOf } from "../disclosure/response-walk";
import { type SupergraphScopes } from "./supergraph-scopes";

/**
 * Where, in one selection set of an operation, fields were cut and the answer must say so: the
 * response keys cut there (null and FORBIDDEN on every object of the answer at this place), and
 * the fields leading to deeper cuts.
 */
export interface CutTree {
  /** The keys cut, each with its refusal: the error every place of it inherits (refusalAt). */
  cut: Array<{ key: string; refusal: GraphQLError }>;
  /** Every response key of the selection set as the client sent it, in order: the answer's order. */
  order: string[];
  /** Whether every cut key comes after every other key: then it is simply added at the end. */
  cutLast: boolean;
  below: Array<{ key: string; tree: CutTree }>;
}

export interface NestedFieldCut {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  tree: CutTree;
}

/**
 * A partner's operation without the fields below its root that it may read nowhere: none of their
 * scopes is among its effective scopes, so the subgraph owning them would refuse them on every
 * row (`guardField`), and asking would cost a fetch, a refusal per row and the gateway's handling
 * of each (docs/performance.md, "Fields a partner may read nowhere"). The answer gets null and
 * FORBIDDEN at each place instead (answerNestedCut). Root fields are cutRootFields' own.
 *
 * Only what the gateway can place exactly is cut: a nullable field of an object type, reached
 * through fields and inline fragments on that same type, with no @skip or @include on the way.
 * Anything else — a field in a named fragment, under an abstract type, a directive, or a selection
 * set that would be left empty — is left to the subgraph, which refuses it as before. Null when
 * nothing was cut.
 */
export function cutNestedFields(
  schema: GraphQLSchema,
  scopes: SupergraphScopes,
  held: readonly string[],
  document: DocumentNode,
  operation: OperationDefinitionNode,
): NestedFieldCut | null {
  const root = schema.getRootType(operation.operation);
  if (!root) return null;
  const fragments = fragmentsOf(document);
  const cutter = new Cutter(schema, scopes, held, fragments);
  const result = cutter.selectionSet(root, operation.selectionSet, false);
  if (!result) return null;
  const trimmed: OperationDefinitionNode = { ...operation, selectionSet: result.selectionSet };
  return {
    document: {
      ...document,
      definitions: document.definitions.map((definition) => (definition === operation ? trimmed : definition)),
    },
    operation: trimmed,
    tree: result.tree,
  };
}

class Cutter {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly scopes: SupergraphScopes,
    private readonly held: readonly string[],
    private readonly fragments: Record<string, FragmentDefinitionNode>,
  ) {}

  /** The selection set with its cuts, and where they are; null when nothing under it was cut. */
  selectionSet(
    type: GraphQLObjectType,
    node: SelectionSetNode,
    mayCutHere: boolean,
  ): { selectionSet: SelectionSetNode; tree: CutTree } | null {
    const tree: CutTree = { cut: [], order: [], cutLast: true, below: [] };
    const selections = this.selections(type, node.selections, mayCutHere, tree);
    // Left empty, the selection set would not be GraphQL: the subgraph refuses these fields itself.
    if (!selections || selections.length === 0) return null;
    const cutKeys = new Set(tree.cut.map(({ key }) => key));
    // A key cut here but still selected another way (a named fragment) is the subgraph's to refuse.
    const stillAsked = responseKeys(this.schema, type, { ...node, selections }, this.fragments);
    if (stillAsked.some((key) => cutKeys.has(key))) return null;
    tree.order = responseKeys(this.schema, type, node, this.fragments);
    const firstCut = tree.order.findIndex((key) => cutKeys.has(key));
    tree.cutLast = firstCut === -1 || tree.order.slice(firstCut).every((key) => cutKeys.has(key));
    return { selectionSet: { ...node, selections }, tree };
  }

  /** The selections kept (null: none changed), recording cuts and deeper cuts in `tree`. */
  private selections(
    type: GraphQLObjectType,
    selections: readonly SelectionNode[],
    mayCutHere: boolean,
    tree: CutTree,
  ): SelectionNode[] | null {
    let changed = false;
    const kept: SelectionNode[] = [];
    for (const selection of selections) {
      if (selection.directives?.length) {
        kept.push(selection);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition?.name.value;
        const inner =
          condition === undefined || condition === type.name
            ? this.selections(type, selection.selectionSet.selections, mayCutHere, tree)
            : null;
        if (inner && inner.length === 0) changed = true;
        else if (inner) {
          changed = true;
          kept.push({ ...selection, selectionSet: { ...selection.selectionSet, selections: inner } });
        } else kept.push(selection);
        continue;
      }
      if (selection.kind !== Kind.FIELD) {
        kept.push(selection);
        continue;
      }
      const field = this.field(type, selection, mayCutHere, tree);
      if (field !== selection) changed = true;
      if (field) kept.push(field);
    }
    return changed ? kept : null;
  }

  /** The field as it runs: itself, with a trimmed selection set, or null when it is cut. */
  private field(type: GraphQLObjectType, node: FieldNode, mayCutHere: boolean, tree: CutTree): FieldNode | null {
    const name = node.name.value;
    const definition = name.startsWith("__") ? undefined : type.getFields()[name];
    if (!definition) return node;
    const key = node.alias?.value ?? name;
    const required = this.scopes.required(type.name, name);
    if (mayCutHere && required && !this.scopes.mayRead(type.name, name, this.held) && !isNonNullType(definition.type)) {
      tree.cut.push({ key, refusal: forbidden(required) });
      return null;
    }
    const named = getNamedType(definition.type);
    if (!node.selectionSet || !isObjectType(named)) return node;
    const below = this.selectionSet(named, node.selectionSet, true);
    if (!below) return node;
    tree.below.push({ key, tree: below.tree });
    return { ...node, selectionSet: below.selectionSet };
  }
}

/** The response keys an object of `type` gets from a selection set, in the order execution gives them. */
function responseKeys(
  schema: GraphQLSchema,
  type: GraphQLObjectType,
  node: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
): string[] {
  const keys = new Set<string>();
  const collect = (selections: readonly SelectionNode[]) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) keys.add(selection.alias?.value ?? selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(schema, selection.typeCondition?.name.value, type)) collect(selection.selectionSet.selections);
      } else {
        const fragment = fragments[selection.name.value];
        if (fragment && applies(schema, fragment.typeCondition.name.value, type))
          collect(fragment.selectionSet.selections);
      }
    }
  };
  collect(node.selections);
  return [...keys];
}

/**
 * The answer with every field cutNestedFields cut put back as null, with FORBIDDEN at its path,
 * on each object the answer holds where the operation selected it, in the operation's order.
 */
export function answerNestedCut(result: ExecutionResult, tree: CutTree): ExecutionResult {
  if (!result.data) return result;
  const errors: GraphQLError[] = [];
  const path: Array<string | number> = [];
  placeCuts(result.data as Record<string, unknown>, tree, path, errors);
  if (!errors.length) return result;
  return { ...result, errors: [...(result.errors ?? []), ...errors] };
}

/** Places the cuts of `tree` on `object`; returns the object to keep in its place (rebuilt only to keep key order). */
function placeCuts(
  object: Record<string, unknown>,
  tree: CutTree,
  path: Array<string | number>,
  errors: GraphQLError[],
): Record<string, unknown> {
  for (const { key, tree: below } of tree.below) {
    const value = object[key];
    if (value === null || value === undefined) continue;
    path.push(key);
    object[key] = placeInValue(value, below, path, errors);
    path.pop();
  }
  if (!tree.cut.length) return object;
  for (const { key, refusal } of tree.cut) errors.push(refusalAt(refusal, [...path, key]));
  if (tree.cutLast) {
    for (const { key } of tree.cut) object[key] = null;
    return object;
  }
  const cutKeys = new Set(tree.cut.map(({ key }) => key));
  const ordered: Record<string, unknown> = {};
  for (const key of tree.order) {
    if (cutKeys.has(key)) ordered[key] = null;
    else if (key in object) ordered[key] = object[key];
  }
  // The gateway's own keys (record keys, types for the disclosure walk) stay, for it to remove.
  for (const key of Object.keys(object)) if (!(key in ordered)) ordered[key] = object[key];
  return ordered;
}

function placeInValue(value: unknown, tree: CutTree, path: Array<string | number>, errors: GraphQLError[]): unknown {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      if (value[index] === null || value[index] === undefined) continue;
      path.push(index);
      value[index] = placeInValue(value[index], tree, path, errors);
      path.pop();
    }
    return value;
  }
  if (typeof value !== "object" || value === null) return value;
  return placeCuts(value as Record<string, unknown>, tree, path, errors);
}

/**
 * The refusal at one place: an object inheriting the field's refusal (message, extensions,
 * toJSON; `instanceof GraphQLError`) with its own path. GraphQLError's constructor costs about
 * 6 µs even without a stack, and a partner's answer can hold a refusal per row
 * (docs/performance.md, "Fields a partner may read nowhere").
 */
function refusalAt(refusal: GraphQLError, path: ReadonlyArray<string | number>): GraphQLError {
  const placed = Object.create(refusal) as { path: ReadonlyArray<string | number> };
  placed.path = path;
  return placed as unknown as GraphQLError;
}

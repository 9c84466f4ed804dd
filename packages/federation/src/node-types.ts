import {
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type GraphQLResolveInfo,
  Kind,
  type ObjectTypeDefinitionNode,
  parse,
} from "graphql";
import { scopeDirective } from "@frontera/auth";
import { type GlobalId, decodeGlobalId, encodeGlobalId, globalIdArgument } from "./global-id";
import { badUserInput } from "./input-errors";

/**
 * A type this subgraph owns whose rows have a global id (docs/global-ids.md). The subgraph's
 * type-graphql class declares the natural key under its own name (`shipmentControlNumber`,
 * `travellerId`); the build adds `id`, the hidden `nodeKey` and `@key(fields: "nodeKey")`.
 */
export interface NodeType<Row = never> {
  /** The row's natural key, which the id carries. */
  keyOf(row: Row): string;
  /** What the type's `__resolveReference` takes for that natural key. */
  referenceFor(key: string): object;
}
// Each node type has its own row shape; the table only routes by type name.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type NodeTypes = Record<string, NodeType<any>>;

/** Another subgraph's node type, which the subgraph answering `node(id:)` names by id alone. */
export interface ForeignNodeType {
  /** The scopes of the owner's type: a caller holding none of them anywhere gets FORBIDDEN. */
  scopes: readonly string[];
}

/** The subgraph that answers `node` and `nodes`: every node type of the graph, by name. */
export interface NodeHost {
  foreignTypes: Record<string, ForeignNodeType>;
}

/**
 * Other subgraphs' node types this subgraph holds a stub of, by the stub's key field: the stub
 * says the id itself, from its key, so that an id never needs the owner (and never fails with it).
 */
export type ReferencedNodeTypes = Record<string, string>;

/** `nodes(ids:)` takes at most this many ids: one page's worth. */
export const MAX_NODE_IDS = 100;

const ID_DESCRIPTION =
  "Global id: opaque and unique across the graph; `node(id:)` finds the row again. The natural key stays a field of its own.";
const NODE_KEY_DESCRIPTION = "The global id again, as the key the gateway joins `node(id:)` results on.";

function fieldsOf(sdl: string): FieldDefinitionNode[] {
  const [type] = parse(sdl).definitions as ObjectTypeDefinitionNode[];
  return [...(type!.fields ?? [])];
}

function directivesOf(sdl: string): ObjectTypeDefinitionNode["directives"] {
  return (parse(`type X ${sdl} { x: Int }`).definitions[0] as ObjectTypeDefinitionNode).directives;
}

const NODE_INTERFACE = {
  kind: Kind.NAMED_TYPE,
  name: { kind: Kind.NAME, value: "Node" },
} as const;

/**
 * Adds `id`, `nodeKey` and the `nodeKey` entity key to each node type of the document; for the
 * node host also `interface Node`, `node`, `nodes` and a stub of every other subgraph's node type.
 */
export function withNodeTypes(
  document: DocumentNode,
  nodeTypes: NodeTypes,
  referenced: ReferencedNodeTypes,
  host: NodeHost | undefined,
): DocumentNode {
  // Shareable: stubs elsewhere say the same id from their key.
  const idFields = fieldsOf(`type X {
    "${ID_DESCRIPTION}"
    id: ID! @shareable
    "${NODE_KEY_DESCRIPTION}"
    nodeKey: ID! @inaccessible
  }`);
  const seen = new Set<string>();
  const definitions: DefinitionNode[] = document.definitions.map((definition) => {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) return definition;
    const name = definition.name.value;
    if (referenced[name]) {
      seen.add(name);
      return { ...definition, fields: [idFields[0]!, ...(definition.fields ?? [])] };
    }
    if (!nodeTypes[name]) return definition;
    seen.add(name);
    const clash = definition.fields?.find((field) => field.name.value === "id" || field.name.value === "nodeKey");
    if (clash)
      throw new Error(`${name}.${clash.name.value}: a node type names its natural key otherwise (docs/global-ids.md)`);
    return {
      ...definition,
      interfaces: host ? [...(definition.interfaces ?? []), NODE_INTERFACE] : definition.interfaces,
      directives: [...(definition.directives ?? []), ...(directivesOf('@key(fields: "nodeKey")') ?? [])],
      fields: [...idFields, ...(definition.fields ?? [])],
    };
  });
  const missing = [...Object.keys(nodeTypes), ...Object.keys(referenced)].filter((name) => !seen.has(name));
  if (missing.length) throw new Error(`node types without an object type: ${missing.join(", ")}`);
  if (!host) return { ...document, definitions };

  // A foreign type the host extends with fields of its own (agreements' `Traveller.disclosures`)
  // is its own class, keyed by `nodeKey` (resolvable, so the gateway can come for those fields):
  // it gets the stub's `id` and the Node interface, not a second definition.
  const [externalId] = fieldsOf(`type X {
    "${ID_DESCRIPTION}"
    id: ID! @external
  }`);
  const extended = new Set<string>();
  for (const [index, definition] of definitions.entries()) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || !host.foreignTypes[definition.name.value]) continue;
    extended.add(definition.name.value);
    definitions[index] = {
      ...definition,
      interfaces: [...(definition.interfaces ?? []), NODE_INTERFACE],
      fields: [externalId!, ...(definition.fields ?? [])],
    };
  }

  // Stubs carry no description: the owner's is the one composition keeps. Their `nodeKey` is open:
  // it is the id the caller sent, and the owner decides about the row, so a caller without the
  // type's scopes reads null exactly as for a row that does not exist (docs/global-ids.md).
  const stubs = Object.entries(host.foreignTypes)
    .filter(([name]) => !extended.has(name))
    .map(
      ([name, { scopes }]) => `
type ${name} implements Node @key(fields: "nodeKey", resolvable: false) ${scopeDirective(...scopes)} {
  "${ID_DESCRIPTION}"
  id: ID! @external
  "${NODE_KEY_DESCRIPTION}"
  nodeKey: ID! @inaccessible ${scopeDirective()}
}`,
    );
  const added = parse(`
"""
A row with a global id (Relay's object identification): pass its \`id\` to \`node\` or \`nodes\` to find it again.
"""
interface Node {
  "${ID_DESCRIPTION}"
  id: ID!
}

extend type Query {
  """
  The row with this global id; null when it does not exist or the caller may not see it (the same answer for both). BAD_USER_INPUT naming \`id\` for a value that is not a global id.
  """
  node("A global id, as read from any row's \`id\`." id: ID!): Node ${scopeDirective()}
  """
  The rows with these global ids, in the same order; null at each position whose row does not exist or the caller may not see. At most ${MAX_NODE_IDS} ids; BAD_USER_INPUT naming \`ids\` otherwise, and for a value that is not a global id.
  """
  nodes("Global ids, as read from rows' \`id\`." ids: [ID!]!): [Node]! ${scopeDirective()}
}
${stubs.join("\n")}
`);
  return { ...document, definitions: [...definitions, ...added.definitions] };
}

type ReferenceResolver = (reference: object, context: unknown, info: GraphQLResolveInfo) => unknown;

interface ApolloTypeExtensions {
  apollo?: { subgraph?: { resolveReference?: ReferenceResolver } };
}

// The Node type of rows this subgraph loaded itself (its own types' rows are entity classes that
// carry no __typename); foreign stubs carry theirs.
const typeNameOfRow = new WeakMap<object, string>();

/**
 * The resolvers of the node fields: `id` and `nodeKey` on each node type; `node`, `nodes` and
 * `Node.__resolveType` on the node host. References by `nodeKey` reach a type's own
 * `__resolveReference` with its natural key; an id of another type reads as no row.
 */
export function nodeResolvers(
  nodeTypes: NodeTypes,
  referenceResolvers: Record<string, ReferenceResolver>,
  referenced: ReferencedNodeTypes,
  host: NodeHost | undefined,
): Record<string, Record<string, unknown>> {
  const resolvers: Record<string, Record<string, unknown>> = {};
  for (const [typeName, keyField] of Object.entries(referenced)) {
    resolvers[typeName] = { id: (stub: Record<string, string>) => encodeGlobalId(typeName, stub[keyField]!) };
  }
  for (const [typeName, nodeType] of Object.entries(nodeTypes)) {
    const idOf = (row: never) => encodeGlobalId(typeName, nodeType.keyOf(row));
    const resolveByKey = referenceResolvers[typeName];
    if (!resolveByKey) throw new Error(`node type ${typeName} has no __resolveReference`);
    resolvers[typeName] = {
      id: idOf,
      nodeKey: idOf,
      __resolveReference: (reference: { nodeKey?: string }, context: unknown, info: GraphQLResolveInfo) => {
        if (reference.nodeKey === undefined) return resolveByKey(reference, context, info);
        const decoded = decodeGlobalId(reference.nodeKey);
        if (decoded?.typeName !== typeName) return null;
        return resolveByKey(nodeType.referenceFor(decoded.key), context, info);
      },
    };
  }
  if (!host) return resolvers;

  const known = new Set([...Object.keys(nodeTypes), ...Object.keys(host.foreignTypes)]);
  const find = async ({ typeName }: GlobalId, id: string, context: unknown, info: GraphQLResolveInfo) => {
    if (!nodeTypes[typeName]) return { __typename: typeName, nodeKey: id };
    // The type's reference resolver as the schema holds it at run time: wrapped by enforceAccess,
    // so a row the caller may not see reads null here exactly as it does through `_entities`.
    const type = info.schema.getType(typeName);
    const resolveReference = (type?.extensions as ApolloTypeExtensions | undefined)?.apollo?.subgraph?.resolveReference;
    const row = (await resolveReference?.({ nodeKey: id }, context, info)) ?? null;
    if (row !== null && typeof row === "object") typeNameOfRow.set(row, typeName);
    return row;
  };
  resolvers.Node = {
    __resolveType: (row: { __typename?: string }) => row.__typename ?? typeNameOfRow.get(row),
  };
  resolvers.Query = {
    node: (_: unknown, { id }: { id: string }, context: unknown, info: GraphQLResolveInfo) =>
      find(globalIdArgument(id, "id", known), id, context, info),
    nodes: (_: unknown, { ids }: { ids: string[] }, context: unknown, info: GraphQLResolveInfo) => {
      if (ids.length > MAX_NODE_IDS) {
        throw badUserInput([{ field: "ids", message: `takes at most ${MAX_NODE_IDS} ids, got ${ids.length}` }]);
      }
      // Every id is checked before any is looked up: one bad id fails the field, naming its place.
      const decoded = ids.map((id, index) => globalIdArgument(id, `ids[${index}]`, known));
      return Promise.all(decoded.map((globalId, index) => find(globalId, ids[index]!, context, info)));
    },
  };
  return resolvers;
}

import { buildSubgraphSchema, printSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { type DocumentNode, type GraphQLSchema, Kind, parse, visit } from "graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { SCOPE_DIRECTIVE_SDL, SCOPE_LINK } from "@frontera/auth";
import { type BuildSchemaOptions, buildSchema, createResolversMap } from "type-graphql";
import { type NodeHost, type NodeTypes, type ReferencedNodeTypes, nodeResolvers, withNodeTypes } from "./node-types";
import { withScopeDescriptions } from "./scope-descriptions";
import { topLevelErrorsDescription } from "./top-level-errors";

// The only place the federation version and its imports live: every subgraph links the same spec.
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@composeDirective"])`;

// The field → scope map travels in the schema itself; composed so the gateway reads it too.
const SCOPE = `extend schema @link(url: "${SCOPE_LINK}", import: ["@scope"]) @composeDirective(name: "@scope")
${SCOPE_DIRECTIVE_SDL}
`;

// GraphQL's `@oneOf` (exactly one field of an input object is given). Apollo composition 2.14 does
// not know the directive yet, so it travels as a composed directive of our own link, which keeps it
// on the input type in the supergraph and so in the gateway's schema; graphql-js reads it by name in
// both places and enforces it (README, on inspections).
export const ONE_OF_LINK = "https://frontera.example/oneOf/v1.0";
const ONE_OF_DEFINITION = "\n\ndirective @oneOf on INPUT_OBJECT";
const ONE_OF = `extend schema @link(url: "${ONE_OF_LINK}", import: ["@oneOf"]) @composeDirective(name: "@oneOf")${ONE_OF_DEFINITION}
`;

// Apollo Server's cache hints. Reference data carries them so that answers made only of it can be
// cached; types without a hint are never cached.
const CACHE_CONTROL = `
"Who may keep a cached answer (Apollo Server's cache hints)."
enum CacheControlScope {
  "Any cache may keep it: it holds reference data only."
  PUBLIC
  "Only the caller's own cache may keep it."
  PRIVATE
}
directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
`;

const QUERY_DESCRIPTION =
  "What can be read. Errors (`errors[].extensions.code`) are the same for queries and mutations; the `Mutation` type's description lists every code.";

/**
 * Every subgraph gives its root types the same descriptions, so composition keeps them as they
 * are: `Mutation` lists the top-level error codes, `Query` points there.
 */
function withErrorCodesDescribed(document: DocumentNode): DocumentNode {
  const descriptions: Record<string, string> = { Mutation: topLevelErrorsDescription(), Query: QUERY_DESCRIPTION };
  return visit(document, {
    ObjectTypeDefinition: (type) => {
      const value = descriptions[type.name.value];
      return value ? { ...type, description: { kind: Kind.STRING, value, block: true } } : undefined;
    },
  });
}

/**
 * `__resolveReference` per entity type name; each should go through a per-request DataLoader.
 * Each entity has its own reference and context shapes, hence the loose parameter types.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ReferenceResolvers = Record<string, (reference: any, context: any) => unknown>;

/**
 * Builds a federation subgraph from type-graphql classes: type-graphql prints the SDL with its
 * directives (@key, @shareable), @apollo/subgraph turns it into a subgraph that answers
 * `_service` and `_entities`.
 */
export const REFERENCE_DATA_CACHE_HINT = "@cacheControl(maxAge: 60)";

/** The subgraph's node types (global ids), and for the one subgraph that answers `node`, the rest. */
export interface NodeOptions {
  nodeTypes?: NodeTypes;
  referencedNodeTypes?: ReferencedNodeTypes;
  nodeHost?: NodeHost;
}

export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, "skipCheck">,
  referenceResolvers: ReferenceResolvers = {},
  { nodeTypes = {}, referencedNodeTypes = {}, nodeHost }: NodeOptions = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    validate: false,
    ...options,
    // Federation directives are unknown to type-graphql's own check; the subgraph build checks them.
    skipCheck: true,
  });
  const printed = printSchemaWithDirectives(schema);
  const hinted = printed.includes("@cacheControl(") ? CACHE_CONTROL : "";
  const scoped = printed.includes("@scope(") ? SCOPE : "";
  const oneOf = printed.includes("@oneOf") ? ONE_OF : "";
  const typeDefs = withErrorCodesDescribed(
    withScopeDescriptions(
      withNodeTypes(
        parse(`${FEDERATION_LINK}\n${scoped}${oneOf}${hinted}${printed}`),
        nodeTypes,
        referencedNodeTypes,
        nodeHost,
      ),
    ),
  );
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, resolveReference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  for (const [typeName, added] of Object.entries(
    nodeResolvers(nodeTypes, referenceResolvers, referencedNodeTypes, nodeHost),
  )) {
    resolvers[typeName] = { ...resolvers[typeName], ...added };
  }
  // @apollo/subgraph's resolver map type is narrower than type-graphql's; the shapes match.
  return buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]);
}

/** The SDL a subgraph publishes to composition (what `_service { sdl }` answers). */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  const printed = printSubgraphSchema(schema).trim();
  // graphql-js counts @oneOf among its own directives and leaves its definition out; composition
  // needs it, as `_service { sdl }` gives it.
  const oneOf = printed.includes("@oneOf") && !printed.includes("directive @oneOf") ? ONE_OF_DEFINITION : "";
  return `${printed}${oneOf}\n`;
}

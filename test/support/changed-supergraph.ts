import { composeSubgraphs, readSubgraphs } from "../../gateway/src/compose/compose-supergraph";

/** The committed subgraphs with agreements changed: a new root field, and `ports` now needs audit:read. */
export function changedSupergraph(): string {
  return composeSubgraphs(
    readSubgraphs().map((subgraph) =>
      subgraph.name !== "agreements"
        ? subgraph
        : {
            ...subgraph,
            sdl: subgraph.sdl.replace(
              'ports(filter: PortFilter): [PortOfEntry!] @scope(requires: ["reference:read"])',
              'ports(filter: PortFilter): [PortOfEntry!] @scope(requires: ["audit:read"])\n  supergraphRevision: String @scope(requires: ["reference:read"])',
            ),
          },
    ),
  );
}

/** The root fields the API schema has: where a new field shows. */
export const QUERY_FIELDS = `{ __type(name: "Query") { fields { name } } }`;

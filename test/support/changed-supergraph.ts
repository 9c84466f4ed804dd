import { composeSubgraphs, readSubgraphs } from "../../gateway/src/compose/compose-supergraph";

/** The committed subgraphs with agreements changed: a new root field, and `ports` now needs audit:read. */
export function changedSupergraph(): string {
  return composeSubgraphs(
    readSubgraphs().map((subgraph) =>
      subgraph.name !== "agreements"
        ? subgraph
        : {
            ...subgraph,
            sdl: changedAgreements(subgraph.sdl),
          },
    ),
  );
}

/** The root fields the API schema has: where a new field shows. */
export const QUERY_FIELDS = `{ __type(name: "Query") { fields { name } } }`;

function changedAgreements(sdl: string): string {
  // `ports(…)`, its arguments however they are printed, then its type and scope.
  const ports = /(\n {2}ports\([^)]*\): \[PortOfEntry!\]) @scope\(requires: \["reference:read"\]\)/;
  if (!ports.test(sdl)) throw new Error("Query.ports not found in the agreements SDL");
  return sdl.replace(
    ports,
    '$1 @scope(requires: ["audit:read"])\n  supergraphRevision: String @scope(requires: ["reference:read"])',
  );
}

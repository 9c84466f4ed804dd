import { readFileSync } from "node:fs";
import { Supergraph } from "@apollo/federation-internals";
import { type GraphQLSchema } from "graphql";
import { SUPERGRAPH_FILE } from "../../src/compose/compose-supergraph";
import { SupergraphScopes } from "../../src/scopes/supergraph-scopes";

/** The committed supergraph as the gateway serves it: its API schema and its @scope map. */
export function committedSupergraph(): { sdl: string; schema: GraphQLSchema; scopes: SupergraphScopes } {
  const sdl = readFileSync(SUPERGRAPH_FILE, "utf8");
  return { sdl, schema: Supergraph.build(sdl).apiSchema().toGraphQLJSSchema(), scopes: new SupergraphScopes(sdl) };
}

import { Supergraph } from "@apollo/federation-internals";
import { type BreakingChange, findBreakingChanges } from "graphql";

/** What the client-facing API of `next` breaks of `previous`: removed or retyped fields, … */
export function apiBreakingChanges(previousSupergraph: string, nextSupergraph: string): BreakingChange[] {
  const api = (sdl: string) => Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
  return findBreakingChanges(api(previousSupergraph), api(nextSupergraph));
}

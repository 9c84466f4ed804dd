// The one field → scope map of the graph: a custom directive on fields and types, composed into
// the supergraph with @composeDirective so that the gateway and every subgraph read the same map
// (docs/gotchas.md, G7). Requiring several scopes means any one of them suffices.

import { type ConstDirectiveNode, Kind } from "graphql";

export const SCOPE_LINK = "https://frontera.example/scope/v1.0";

export const SCOPE_DIRECTIVE_SDL = "directive @scope(requires: [String!]!) on FIELD_DEFINITION | OBJECT";

/** The directive text for type-graphql's @Directive(). */
export function scopeDirective(...requires: string[]): string {
  return `@scope(requires: [${requires.map((scope) => JSON.stringify(scope)).join(", ")}])`;
}

/** The scopes of a `@scope(requires: […])` among these directives; null when there is none. */
export function scopesOf(directives: readonly ConstDirectiveNode[] | undefined): string[] | null {
  const requires = directives
    ?.find((directive) => directive.name.value === "scope")
    ?.arguments?.find((argument) => argument.name.value === "requires")?.value;
  if (!requires || requires.kind !== Kind.LIST) return null;
  return requires.values.flatMap((value) => (value.kind === Kind.STRING ? [value.value] : []));
}

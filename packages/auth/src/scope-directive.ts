import {
  type ASTNode,
  type ConstDirectiveNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  buildASTSchema,
  getDirectiveValues,
  parse,
} from "graphql";

// The one field → scope map of the graph: a custom directive on fields and types, composed into
// the supergraph with @composeDirective so that the gateway and every subgraph read the same map
// (docs/gotchas.md, G7). Requiring several scopes means any one of them suffices. This module is
// the only place that writes the directive, reads it, and answers a caller who lacks its scopes.

export const SCOPE_LINK = "https://frontera.example/scope/v1.0";

export const SCOPE_DIRECTIVE_SDL = "directive @scope(requires: [String!]!) on FIELD_DEFINITION | OBJECT";

/** The directive as graphql-js knows it, made from its SDL: it coerces `requires` as a server would. */
export const SCOPE_DIRECTIVE = buildASTSchema(parse(SCOPE_DIRECTIVE_SDL)).getDirective("scope")!;

/** The directive text for type-graphql's @Directive(). */
export function scopeDirective(...requires: string[]): string {
  return `@scope(requires: [${requires.map((scope) => JSON.stringify(scope)).join(", ")}])`;
}

/** Something that may carry directives: a definition node of an SDL document. */
interface Directed {
  readonly directives?: readonly ConstDirectiveNode[];
}

/**
 * The scopes a definition's @scope requires, read as graphql-js coerces arguments (so a single
 * `requires: "x"` counts as `["x"]`); `[]` marks it open on purpose; null when it carries no @scope.
 * Throws when the directive's arguments do not fit its definition.
 */
export function scopesRequiredBy(node: Directed | null | undefined): string[] | null {
  if (!node) return null;
  const values = getDirectiveValues(SCOPE_DIRECTIVE, node);
  return values ? [...(values.requires as string[])] : null;
}

/** The @scope of a type or field of a built schema: on its definition, or else on one of its extensions. */
export function scopesOfElement(
  element: Pick<GraphQLNamedType, "astNode" | "extensionASTNodes"> | GraphQLField<unknown, unknown>,
): string[] | null {
  const extensions = "extensionASTNodes" in element ? element.extensionASTNodes : [];
  for (const node of [element.astNode, ...extensions]) {
    const scopes = scopesRequiredBy(node);
    if (scopes) return scopes;
  }
  return null;
}

/**
 * The error a caller gets for a field none of whose scopes it holds: code FORBIDDEN and the
 * scopes that would have done (`extensions.requiredScopes`). `atRecord`: the scope is held
 * elsewhere, not at this record's port. Given the field's `path` and `nodes`, it is located
 * already: graphql-js passes it on as it is instead of wrapping it in another error.
 */
export function forbidden(
  scopes: readonly string[],
  {
    path,
    nodes,
    atRecord = false,
  }: { path?: ReadonlyArray<string | number>; nodes?: readonly ASTNode[]; atRecord?: boolean } = {},
): GraphQLError {
  // A refusal is an answer, not a fault: there is no stack worth capturing, and a partner's answer
  // can carry one refusal per row (docs/performance.md).
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new GraphQLError(`needs one of the scopes ${scopes.join(", ")}${atRecord ? " where this record is" : ""}`, {
      path,
      nodes,
      extensions: { code: "FORBIDDEN", requiredScopes: scopes },
    });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/**
 * The error for a filter or search key whose answer would show what a field refuses: FORBIDDEN,
 * naming the argument (`extensions.field`) and the scopes it needs, and saying why.
 */
export function forbiddenFilter(field: string, scopes: readonly string[], why: string): GraphQLError {
  return new GraphQLError(`${field} needs ${scopes.join(" and ")}: ${why}`, {
    extensions: { code: "FORBIDDEN", field, requiredScopes: scopes },
  });
}

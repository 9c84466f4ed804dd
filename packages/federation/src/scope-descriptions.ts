import { scopesOf } from "@frontera/auth";
import {
  type DocumentNode,
  type FieldDefinitionNode,
  Kind,
  type ObjectTypeDefinitionNode,
  type StringValueNode,
  visit,
} from "graphql";

/** What a field's @scope means to a client, in words: written from the directive, so it cannot drift. */
export function scopeSentence(scopes: readonly string[]): string {
  if (scopes.length === 0) return "Open to every caller.";
  const named = scopes.map((scope) => `\`${scope}\``).join(", ");
  return `Needs ${scopes.length === 1 ? "the scope" : "one of the scopes"} ${named}, held at this record's port; otherwise null with FORBIDDEN.`;
}

/**
 * Adds to the description of every field that carries a scope (its own or its type's) which scope
 * it needs: introspection shows descriptions, never the directive.
 */
export function withScopeDescriptions(document: DocumentNode): DocumentNode {
  const describe = (field: FieldDefinitionNode, typeScopes: string[] | null): FieldDefinitionNode => {
    const scopes = scopesOf(field.directives) ?? typeScopes;
    if (!scopes) return field;
    const sentence = scopeSentence(scopes);
    const existing = field.description?.value.trim();
    const value = existing ? `${existing}${/[.!?)]$/.test(existing) ? "" : "."} ${sentence}` : sentence;
    const description: StringValueNode = { kind: Kind.STRING, value, block: true };
    return { ...field, description };
  };
  const describeType = (type: ObjectTypeDefinitionNode) => {
    const typeScopes = scopesOf(type.directives);
    return { ...type, fields: type.fields?.map((field) => describe(field, typeScopes)) };
  };
  return visit(document, {
    ObjectTypeDefinition: describeType,
    ObjectTypeExtension: (type) => describeType(type as unknown as ObjectTypeDefinitionNode),
  });
}

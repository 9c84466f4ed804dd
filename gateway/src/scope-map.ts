import { scopesOf } from "@frontera/auth";
import { Kind, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode, parse } from "graphql";

/**
 * The field → scope map as the subgraphs declared it with @scope, read from the supergraph: the
 * gateway's API schema drops the directive (docs/gotchas.md, G7). Also which types are entities.
 */
export class ScopeMap {
  private readonly typeScopes = new Map<string, string[]>();
  private readonly fields = new Map<string, string[]>();
  private readonly entities = new Set<string>();

  constructor(supergraphSdl: string) {
    for (const definition of parse(supergraphSdl).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      const type = definition as ObjectTypeDefinitionNode | ObjectTypeExtensionNode;
      const typeName = type.name.value;
      const own = scopesOf(type.directives);
      if (own) this.typeScopes.set(typeName, own);
      const joins = type.directives?.filter((directive) => directive.name.value === "join__type") ?? [];
      if (joins.some((join) => join.arguments?.some((argument) => argument.name.value === "key")))
        this.entities.add(typeName);
      for (const field of type.fields ?? []) {
        const scopes = scopesOf(field.directives);
        if (scopes) this.fields.set(`${typeName}.${field.name.value}`, scopes);
      }
    }
  }

  /** The scopes a field requires (its own, else its type's); null when it is open (`requires: []` too). */
  required(typeName: string, fieldName: string): string[] | null {
    const scopes = this.fields.get(`${typeName}.${fieldName}`) ?? this.typeScopes.get(typeName) ?? null;
    return scopes && scopes.length ? scopes : null;
  }

  /** False for a supergraph composed without the @scope directive: nothing would be checked. */
  declaresAnyScope(): boolean {
    return this.fields.size > 0 || this.typeScopes.size > 0;
  }

  isEntity(typeName: string): boolean {
    return this.entities.has(typeName);
  }
}

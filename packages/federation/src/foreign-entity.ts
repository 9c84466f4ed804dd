import { scopeDirective } from "@frontera/auth";
import { type ClassType, Directive, Field, ID, ObjectType } from "type-graphql";

export interface ForeignEntityOptions<Key extends string, External extends string> {
  /** The owner's type name, e.g. `PortOfEntry`. */
  name: string;
  /** The key this subgraph knows it by. */
  key: Key;
  /** The owner's scopes on the type, repeated so that every subgraph's SDL says the same. */
  scopes: readonly string[];
  /** false where this subgraph only points at the entity and adds nothing to it. */
  resolvable?: boolean;
  /** Fields the owner supplies for a `@requires` of a field added here. */
  external?: readonly External[];
}

/**
 * A stub of another subgraph's entity: its key (an ID), to which this subgraph's own fields
 * are added. A subgraph never imports another one: fields pointing at the entity return its key
 * and the gateway joins.
 */
export function foreignEntity<Key extends string, External extends string = never>(
  options: ForeignEntityOptions<Key, External>,
): ClassType<Record<Key | External, string>> {
  const { name, key, scopes, resolvable = true, external = [] } = options;

  @Directive(`@key(fields: "${key}"${resolvable ? "" : ", resolvable: false"})`)
  @Directive(scopeDirective(...scopes))
  @ObjectType(name)
  class Stub {}
  Field(() => ID)(Stub.prototype, key);
  for (const field of external) {
    Directive("@external")(Stub.prototype, field);
    Field(() => ID)(Stub.prototype, field);
  }
  return Stub as ClassType<Record<Key | External, string>>;
}

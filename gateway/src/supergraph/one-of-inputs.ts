import { Kind, isInputObjectType, parse } from "graphql";
import { type SchemaSource } from "./schema-source";

/** The input types the supergraph marks `@oneOf` (a directive composed from the subgraphs). */
export function oneOfInputNames(supergraphSdl: string): string[] {
  return parse(supergraphSdl).definitions.flatMap((definition) =>
    definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION &&
    definition.directives?.some((directive) => directive.name.value === "oneOf")
      ? [definition.name.value]
      : [],
  );
}

/**
 * Apollo's API schema drops composed directives, `@oneOf` among them, so the gateway would let a
 * request name both targets of an inspection and leave the refusal to the subgraph, and clients'
 * introspection would not show the rule. Each schema the gateway loads gets its `@oneOf` inputs
 * marked again, in place: the schema object Apollo Server validates against stays the same one.
 */
export function keepOneOfInputs(gateway: SchemaSource): void {
  gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
    for (const name of oneOfInputNames(coreSupergraphSdl)) {
      const type = apiSchema.getType(name);
      // `isOneOf` is a plain property graphql-js reads when validating, coercing and introspecting.
      if (isInputObjectType(type)) (type as { isOneOf: boolean }).isOneOf = true;
    }
  });
}

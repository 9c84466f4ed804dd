import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { type NonEmptyArray, buildSchema } from "type-graphql";

/** Builds a schema from these resolvers (and orphaned types) and prints the named types, directives included. */
export async function printTypes(
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>,
  names: string[],
  orphanedTypes: Function[] = [], // eslint-disable-line @typescript-eslint/no-unsafe-function-type
): Promise<string> {
  const schema = await buildSchema({ resolvers, orphanedTypes, validate: false, skipCheck: true });
  const blocks = printSchemaWithDirectives(schema).split(/\n\n(?=\S)/);
  return names
    .map((name) => {
      const block = blocks.find((text) => new RegExp(`^(?:"""[^]*?"""\\n)?\\w+ ${name}\\b`).test(text));
      if (!block) throw new Error(`${name} is not in the schema`);
      return block;
    })
    .join("\n\n");
}

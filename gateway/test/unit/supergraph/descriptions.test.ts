import { readFileSync } from "node:fs";
import { type ConstDirectiveNode, type DefinitionNode, Kind, type StringValueNode, parse } from "graphql";
import { SUPERGRAPH_FILE } from "../../../src/compose/compose-supergraph";

// Composition machinery, not part of what a client sees through the gateway.
const MACHINERY = /^(join__|link__)|^(_Service|_Entity|_Any)$/;
const MACHINERY_FIELDS = new Set(["_entities", "_service"]);
// The root operation types are named by the operation itself and type-graphql gives no way to
// describe them; their fields (every query and mutation) are checked. Mutation is the exception:
// the federation helper describes it with the top-level error codes, so it is checked too.
const ROOTS = new Set(["Query", "Subscription"]);

const inaccessible = (directives: readonly ConstDirectiveNode[] | undefined) =>
  directives?.some((directive) => directive.name.value === "inaccessible") ?? false;
const described = (description: StringValueNode | undefined) => Boolean(description?.value.trim());

/** Every element of the client-facing schema that has no description, as `Type.field(arg)` paths. */
function undescribed(sdl: string): string[] {
  const missing: string[] = [];
  const check = (path: string, node: { description?: StringValueNode; directives?: readonly ConstDirectiveNode[] }) => {
    if (inaccessible(node.directives)) return false;
    if (!described(node.description)) missing.push(path);
    return true;
  };
  for (const definition of parse(sdl).definitions as readonly DefinitionNode[]) {
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_DEFINITION: {
        const name = definition.name.value;
        if (MACHINERY.test(name) || inaccessible(definition.directives)) break;
        if (!ROOTS.has(name)) check(name, definition);
        for (const field of definition.fields ?? []) {
          if (MACHINERY_FIELDS.has(field.name.value)) continue;
          const path = `${name}.${field.name.value}`;
          if (!check(path, field)) continue;
          for (const argument of field.arguments ?? []) check(`${path}(${argument.name.value})`, argument);
        }
        break;
      }
      case Kind.INPUT_OBJECT_TYPE_DEFINITION: {
        const name = definition.name.value;
        if (MACHINERY.test(name) || !check(name, definition)) break;
        for (const field of definition.fields ?? []) check(`${name}.${field.name.value}`, field);
        break;
      }
      case Kind.ENUM_TYPE_DEFINITION: {
        const name = definition.name.value;
        if (MACHINERY.test(name) || !check(name, definition)) break;
        for (const value of definition.values ?? []) check(`${name}.${value.name.value}`, value);
        break;
      }
      case Kind.SCALAR_TYPE_DEFINITION:
      case Kind.UNION_TYPE_DEFINITION:
        if (!MACHINERY.test(definition.name.value)) check(definition.name.value, definition);
        break;
      default:
        // Directive definitions and the schema definition are federation machinery.
        break;
    }
  }
  return missing;
}

describe("descriptions of the client-facing schema", () => {
  it("describe every type, field, argument, input field, enum value and scalar", () => {
    expect(undescribed(readFileSync(SUPERGRAPH_FILE, "utf8"))).toEqual([]);
  });

  it("never point a partner at a source file", () => {
    const citing = [...readFileSync(SUPERGRAPH_FILE, "utf8").matchAll(/"""[^]*?"""|"[^"\n]*"/g)]
      .map(([text]) => text)
      .filter((text) => /\b[\w-]+\.(ts|js|mjs|json|md)\b/.test(text));
    expect(citing).toEqual([]);
  });
});

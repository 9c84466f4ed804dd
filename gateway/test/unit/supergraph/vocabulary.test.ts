import { readFileSync } from "node:fs";
import { Supergraph } from "@apollo/federation-internals";
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { SUPERGRAPH_FILE } from "../../../src/compose/compose-supergraph";

// One vocabulary across the three subgraphs (README, "Schema conventions"): what clients see
// through the gateway is checked here, so a new field cannot bring a second spelling back.

const schema: GraphQLSchema = Supergraph.build(readFileSync(SUPERGRAPH_FILE, "utf8")).apiSchema().toGraphQLJSSchema();

type Input = GraphQLInputField | GraphQLArgument;

function* inputs(): Generator<[string, Input]> {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) yield [`${type.name}.${field.name}`, field];
    }
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const argument of field.args) yield [`${type.name}.${field.name}(${argument.name})`, argument];
      }
    }
  }
}

function* outputs(): Generator<[string, GraphQLField<unknown, unknown>]> {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || !isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) yield [`${type.name}.${field.name}`, field];
  }
}

const named = (type: Input["type"] | GraphQLField<unknown, unknown>["type"]) => getNamedType(type).name;
const returnsList = (field: GraphQLField<unknown, unknown>) => {
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  return isListType(type) || named(field.type).endsWith("Connection");
};

// A reference by key names the key: `portCode`, `travellerId`, `tripNumber`, or `id` itself.
const REFERENCE_NAME = /^(id|ids|code|jti)$|(Code|Codes|Id|Ids|Number|Numbers)$/;
const PAGING = new Set(["first", "after", "last", "before"]);

describe("one vocabulary", () => {
  it("names every reference by its key: <thing>Code, <thing>Id or <thing>Number", () => {
    const loose = [...inputs()].filter(([, input]) => named(input.type) === "ID" && !REFERENCE_NAME.test(input.name));
    expect(loose.map(([path]) => path)).toEqual([]);
  });

  it("takes a list's conditions as `filter:` and its order as `orderBy:`, beside the paging arguments", () => {
    const loose = [...outputs()].flatMap(([path, field]) =>
      returnsList(field) && !path.startsWith("Query.node")
        ? field.args
            .filter((arg) => !PAGING.has(arg.name) && !["filter", "orderBy"].includes(arg.name))
            .map((arg) => `${path}(${arg.name})`)
        : [],
    );
    expect(loose).toEqual([]);
  });

  it("spells times *At (DateTime) and days *On (Date), in ranges with a stated end rule", () => {
    const wrong = [...outputs(), ...inputs()].flatMap(([path, element]) => {
      const type = named(element.type);
      if (/At$/.test(element.name) && type !== "DateTime" && type !== "DateTimeRange") return [`${path}: ${type}`];
      if (/On$/.test(element.name) && type !== "Date" && type !== "DateRange") return [`${path}: ${type}`];
      return [];
    });
    expect(wrong).toEqual([]);
    expect(schema.getType("DateTimeRange")?.description).toMatch(/`to` is not/);
    expect(schema.getType("DateRange")?.description).toMatch(/`to` is not/);
  });

  it("speaks of scopes and callers with enums, never with free strings", () => {
    const scopes = [...outputs(), ...inputs()].filter(([, element]) => /^scopes?$/.test(element.name));
    expect(scopes.length).toBeGreaterThan(4);
    expect(scopes.filter(([, element]) => named(element.type) !== "Scope").map(([path]) => path)).toEqual([]);
    expect(named((schema.getType("Me") as never as { getFields(): Record<string, Input> }).getFields().kind.type)).toBe(
      "CallerKind",
    );
  });
});

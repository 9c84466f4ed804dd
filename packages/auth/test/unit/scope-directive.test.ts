import { type ObjectTypeDefinitionNode, buildSchema, isObjectType, parse } from "graphql";
import { SCOPE_DIRECTIVE_SDL, forbidden, scopeDirective, scopesOfElement, scopesRequiredBy } from "../../src";

const sdl = `
${SCOPE_DIRECTIVE_SDL}
type Shipment ${scopeDirective("cargo:manifest:read")} {
  id: ID!
  value: Int ${scopeDirective("cargo:commercial:read", "risk:read")}
  pageCursor: String ${scopeDirective()}
  single: String @scope(requires: "inspection:read")
}
type Port { code: ID! }
extend type Port ${scopeDirective("reference:read")}
`;
const definitions = parse(sdl).definitions.filter(
  (definition): definition is ObjectTypeDefinitionNode => definition.kind === "ObjectTypeDefinition",
);
const shipment = definitions.find((definition) => definition.name.value === "Shipment")!;
const field = (name: string) => shipment.fields!.find((candidate) => candidate.name.value === name)!;

describe("the @scope directive, read in one place", () => {
  it("reads a definition's scopes, [] for one open on purpose, null for one without @scope", () => {
    expect(scopesRequiredBy(shipment)).toEqual(["cargo:manifest:read"]);
    expect(scopesRequiredBy(field("value"))).toEqual(["cargo:commercial:read", "risk:read"]);
    expect(scopesRequiredBy(field("pageCursor"))).toEqual([]);
    expect(scopesRequiredBy(field("id"))).toBeNull();
    expect(scopesRequiredBy(undefined)).toBeNull();
  });

  it("reads a lone string as a list of one, as a GraphQL server coerces it: it never counts as no scope", () => {
    expect(scopesRequiredBy(field("single"))).toEqual(["inspection:read"]);
  });

  it("refuses a @scope whose arguments do not fit the directive", () => {
    const [type] = parse(`type T @scope(requires: [1]) { a: Int }`).definitions as ObjectTypeDefinitionNode[];
    expect(() => scopesRequiredBy(type)).toThrow(/requires/);
  });

  it("reads a built schema's types and fields, extensions included", () => {
    const schema = buildSchema(sdl);
    const built = schema.getType("Shipment");
    const port = schema.getType("Port");
    if (!isObjectType(built) || !isObjectType(port)) throw new Error("types missing");
    expect(scopesOfElement(built)).toEqual(["cargo:manifest:read"]);
    expect(scopesOfElement(built.getFields().value)).toEqual(["cargo:commercial:read", "risk:read"]);
    expect(scopesOfElement(built.getFields().id)).toBeNull();
    expect(scopesOfElement(port)).toEqual(["reference:read"]);
  });

  it("answers a missing scope with FORBIDDEN naming the scopes that would do", () => {
    const error = forbidden(["inspection:read", "inspection:agri:read"], { path: ["shipments"] });
    expect(error.toJSON()).toEqual({
      message: "needs one of the scopes inspection:read, inspection:agri:read",
      path: ["shipments"],
      extensions: { code: "FORBIDDEN", requiredScopes: ["inspection:read", "inspection:agri:read"] },
    });
    expect(forbidden(["cargo:manifest:read"], { atRecord: true }).message).toBe(
      "needs one of the scopes cargo:manifest:read where this record is",
    );
  });
});

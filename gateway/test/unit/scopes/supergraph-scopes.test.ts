import { SupergraphScopes } from "../../../src/scopes/supergraph-scopes";

// A supergraph reduced to what the map reads: join__type keys and @scope on types and fields.
const SDL = `
directive @scope(requires: [String!]!) on FIELD_DEFINITION | OBJECT
directive @join__type(graph: String, key: String) repeatable on OBJECT
type Query {
  ports: [Port] @scope(requires: ["reference:read"])
  me: String @scope(requires: [])
  open: String
}
type Port @join__type(graph: "AGREEMENTS", key: "code") @scope(requires: ["reference:read"]) {
  code: ID!
  inspections: [String] @scope(requires: ["inspection:read", "inspection:agri:read"])
}
type PageInfo @join__type(graph: "CARGO") { hasNextPage: Boolean }
`;

describe("SupergraphScopes, the field → scope map of one supergraph", () => {
  const scopes = new SupergraphScopes(SDL);

  it("gives a field its own scopes, else its type's; none for a field open on purpose or unscoped", () => {
    expect(scopes.required("Port", "inspections")).toEqual(["inspection:read", "inspection:agri:read"]);
    expect(scopes.required("Port", "code")).toEqual(["reference:read"]);
    expect(scopes.required("Query", "me")).toBeNull();
    expect(scopes.required("Query", "open")).toBeNull();
    expect(scopes.required("PageInfo", "hasNextPage")).toBeNull();
  });

  it("lets a caller read a field when it holds any one of its scopes", () => {
    expect(scopes.mayRead("Port", "inspections", ["inspection:agri:read"])).toBe(true);
    expect(scopes.mayRead("Port", "inspections", ["reference:read"])).toBe(false);
    expect(scopes.mayRead("Query", "me", [])).toBe(true);
  });

  it("knows entities by their key", () => {
    expect(scopes.isEntity("Port")).toBe(true);
    expect(scopes.isEntity("PageInfo")).toBe(false);
  });

  it("tells a supergraph composed without @scope, where every field would be open", () => {
    expect(scopes.declaresAnyScope()).toBe(true);
    expect(new SupergraphScopes("type Query { ports: [String] }").declaresAnyScope()).toBe(false);
  });
});

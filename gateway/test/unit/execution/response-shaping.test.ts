import { buildSchema, operationFromDocument } from "@apollo/federation-internals";
// The gateway's last step, which our patch of @apollo/gateway makes cheaper (docs/performance.md):
// these cases pin what it must still do, whatever the patch or the next upgrade changes.
import { computeResponse } from "@apollo/gateway/dist/resultShaping";
import { parse } from "graphql";

const schema = buildSchema(`
  type Query { port(code: ID!): Port, ports: [Port!]!, maybePorts: [Port!], vehicle: Vehicle, lanes: [String] }
  type Port { code: ID!, name: String, trucksPerDay: Int, modes: [String!]! }
  interface Vehicle { id: ID! }
  type Truck implements Vehicle { id: ID!, plate: String }
  type Trailer implements Vehicle { id: ID!, lengthM: Int }
`);

/** Shapes `input` (what the subgraphs answered, merged) to the operation, as the gateway does. */
function shape(query: string, input: Record<string, unknown>, variables: Record<string, unknown> = {}) {
  const operation = operationFromDocument(schema, parse(query), { validate: true });
  const { data, errors } = computeResponse({ operation, variables, input, introspectionHandling: () => null });
  return { json: JSON.stringify(data), errors: errors.map((error) => error.message) };
}

const laredo = { code: "2304", name: "Laredo", trucksPerDay: 15000, modes: ["TRUCK", "RAIL"], extra: "kept out" };

describe("shaping a merged answer to the operation", () => {
  it("keeps only the selected fields (the subgraphs answer under the aliases), in the operation's order", () => {
    const { json, errors } = shape(`{ port(code: "2304") { n: name code } second: port(code: "2304") { code } }`, {
      port: { n: "Laredo", code: "2304", name: "not asked" },
      second: { code: "2304", name: "not asked" },
    });
    expect(json).toBe('{"port":{"n":"Laredo","code":"2304"},"second":{"code":"2304"}}');
    expect(errors).toEqual([]);
  });

  it("passes lists of objects and of scalars through, nulls included where the type allows", () => {
    const { json } = shape(`{ ports { code modes } lanes }`, {
      ports: [laredo, { ...laredo, code: "2305", modes: [] }],
      lanes: ["FAST", null],
    });
    expect(json).toBe(
      '{"ports":[{"code":"2304","modes":["TRUCK","RAIL"]},{"code":"2305","modes":[]}],"lanes":["FAST",null]}',
    );
  });

  it("bubbles a null in a non-null field up to the nearest nullable parent, with one error naming the field", () => {
    const { json, errors } = shape(`{ port(code: "2304") { code name } }`, { port: { code: null, name: "Laredo" } });
    expect(json).toBe('{"port":null}');
    expect(errors).toEqual(["Cannot return null for non-nullable field Port.code."]);
  });

  it("nulls a whole non-null list for one null element, and the data when the list is non-null too, with one error", () => {
    const nullable = shape(`{ maybePorts { code } }`, { maybePorts: [{ code: "2304" }, null] });
    expect(nullable.json).toBe('{"maybePorts":null}');
    expect(nullable.errors).toEqual(["Cannot return null for non-nullable array element of type Port at index 1."]);

    const nonNull = shape(`{ ports { code } }`, { ports: [{ code: "2304" }, null] });
    expect(nonNull.json).toBe("null");
    expect(nonNull.errors).toEqual(["Cannot return null for non-nullable array element of type Port at index 1."]);
  });

  it("nulls a leaf whose value is not of its type, and says where", () => {
    const { json, errors } = shape(`{ port(code: "2304") { trucksPerDay } }`, { port: { trucksPerDay: "many" } });
    expect(json).toBe('{"port":{"trucksPerDay":null}}');
    expect(errors).toEqual(["Invalid value found for field Port.trucksPerDay."]);
  });

  it("applies a fragment by the object's __typename, and writes __typename where asked", () => {
    const query = `{ vehicle { __typename id ... on Truck { plate } ... on Trailer { lengthM } } }`;
    expect(shape(query, { vehicle: { __typename: "Truck", id: "T1", plate: "ABC123", lengthM: 16 } }).json).toBe(
      '{"vehicle":{"__typename":"Truck","id":"T1","plate":"ABC123"}}',
    );
    expect(shape(query, { vehicle: { __typename: "Trailer", id: "R1", plate: "x", lengthM: 16 } }).json).toBe(
      '{"vehicle":{"__typename":"Trailer","id":"R1","lengthM":16}}',
    );
  });

  it("refuses an object whose __typename is not a type of the schema", () => {
    const { json, errors } = shape(`{ vehicle { id } }`, { vehicle: { __typename: "Boat", id: "B1" } });
    expect(json).toBe('{"vehicle":null}');
    expect(errors).toEqual(["Invalid __typename found for object at field Query.vehicle."]);
  });

  it("follows @skip and @include, with literal values and with variables", () => {
    const query = `query ($withName: Boolean!) { port(code: "2304") { code name @include(if: $withName) trucksPerDay @skip(if: true) } }`;
    expect(shape(query, { port: laredo }, { withName: true }).json).toBe('{"port":{"code":"2304","name":"Laredo"}}');
    expect(shape(query, { port: laredo }, { withName: false }).json).toBe('{"port":{"code":"2304"}}');
  });

  it("gives the same answer for the same selection applied to many objects (one description per selection set)", () => {
    const ports = Array.from({ length: 100 }, (_, i) => ({ ...laredo, code: String(2300 + i) }));
    const { json } = shape(`{ ports { code name } }`, { ports });
    expect(JSON.parse(json).ports).toEqual(ports.map(({ code, name }) => ({ code, name })));
  });
});

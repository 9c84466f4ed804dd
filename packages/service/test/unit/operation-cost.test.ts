import { buildSchema, parse } from "graphql";
import { MAX_PAGE_SIZE } from "@frontera/config";
import { operationCost } from "../../src/operation-cost";

// The shapes the graph has: connections with a capped `first`, plain lists, and `_entities`.
const schema = buildSchema(/* GraphQL */ `
  scalar _Any
  union _Entity = Port | Shipment
  type Query {
    port(code: ID!): Port
    shipments(first: Int! = 20): ShipmentConnection
    trips(first: Int, after: String, last: Int, before: String): ShipmentConnection
    trip(tripNumber: ID!): Trip
    search(first: Int): [Shipment!]!
    _entities(representations: [_Any!]!): [_Entity]!
  }
  type Port {
    code: ID!
    shipments(first: Int! = 20, after: String): ShipmentConnection
  }
  type ShipmentConnection {
    totalCount: Int!
    edges: [ShipmentEdge!]!
  }
  type ShipmentEdge {
    cursor: String!
    node: Shipment!
  }
  type Shipment {
    shipmentControlNumber: ID!
    port: Port!
    trip: Trip
    goodsItems: [GoodsItem!]!
    seals: [String!]!
  }
  type Trip {
    tripNumber: ID!
    shipments: [Shipment!]!
  }
  type GoodsItem {
    hsCode: String!
  }
`);

const bomb = (size: string) => `
  query Bomb${size.startsWith("$") ? "($n: Int!)" : ""} {
    port(code: "2304") { shipments(first: ${size}) { edges { node { port {
      shipments(first: ${size}) { edges { node { port {
        shipments(first: ${size}) { edges { node { shipmentControlNumber } } } } } } } } } } } }
  }`;

// port(2 + shipments(2 + n × edge(2 + node(2 + port(2 + shipments(…))))))
const bombCost = (n: number) => {
  const inner = 2 + n * (2 + 2 + 1);
  const middle = 2 + n * (2 + 2 + 2 + inner);
  return 2 + 2 + n * (2 + 2 + 2 + middle);
};

const cost = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  operationCost(schema, parse(query), operationName, variables);

describe("operationCost", () => {
  it.each([
    ["the bomb, n = 40 as a variable", bomb("$n"), { n: 40 }, bombCost(40)],
    ["the bomb, n = 100 as a variable", bomb("$n"), { n: 100 }, bombCost(100)],
    ["the bomb, n = 40 as a literal", bomb("40"), {}, bombCost(40)],
    ["the bomb, n = 100 as a literal", bomb("100"), {}, bombCost(100)],
    ["the bomb without its variable: the largest page", bomb("$n"), {}, bombCost(MAX_PAGE_SIZE)],
    ["the bomb with a null page size: the largest page", bomb("$n"), { n: null }, bombCost(MAX_PAGE_SIZE)],
  ])("prices %s", (_case, query, variables, expected) => {
    expect(cost(query, variables)).toBe(expected);
  });

  it("grows as n³ with the page size given in variables", () => {
    expect(cost(bomb("$n"), { n: 40 })).toBeGreaterThan(40 ** 3);
    expect(cost(bomb("$n"), { n: 100 }) / cost(bomb("$n"), { n: 10 })).toBeGreaterThan(500);
  });

  it.each([
    // shipments(2 + 1 + n × (2 + node(2 + 1)))
    [
      "a literal page size",
      "{ shipments(first: 7) { totalCount edges { node { shipmentControlNumber } } } }",
      {},
      3 + 7 * 5,
    ],
    [
      "a variable's default",
      "query Q($first: Int = 30) { shipments(first: $first) { edges { node { shipmentControlNumber } } } }",
      {},
      2 + 30 * 5,
    ],
    [
      "a variable's value over its default",
      "query Q($first: Int = 30) { shipments(first: $first) { edges { node { shipmentControlNumber } } } }",
      { first: 3 },
      2 + 3 * 5,
    ],
    [
      "an absent argument: the schema default",
      "{ shipments { edges { node { shipmentControlNumber } } } }",
      {},
      2 + 20 * 5,
    ],
    [
      "last, on a connection paged both ways",
      "{ trips(last: 7) { edges { node { shipmentControlNumber } } } }",
      {},
      2 + 7 * 5,
    ],
    [
      "last from a variable, first given as null",
      "query Q($first: Int, $last: Int) { trips(first: $first, last: $last) { edges { node { shipmentControlNumber } } } }",
      { first: null, last: 60 },
      2 + 60 * 5,
    ],
    [
      "neither first nor last on a connection paged both ways: the default page",
      "{ trips { edges { node { shipmentControlNumber } } } }",
      {},
      2 + 20 * 5,
    ],
    ["a page size with no default, absent: the largest page", "{ search { shipmentControlNumber } }", {}, 100 * 3],
    // node(2 + scalar + goodsItems 5 × (2 + 1)) and scalar lists count once
    ["a list with no page size: a fixed estimate", '{ trip(tripNumber: "T") { shipments { seals } } }', {}, 2 + 5 * 3],
    [
      "lists multiplied inside pages",
      "{ shipments(first: 10) { edges { node { goodsItems { hsCode } } } } }",
      {},
      2 + 10 * (2 + 2 + 5 * 3),
    ],
    ["scalars and objects", '{ port(code: "1") { code } }', {}, 3],
  ])("prices %s", (_case, query, variables, expected) => {
    expect(cost(query, variables)).toBe(expected);
  });

  it("prices each alias of a field", () => {
    const one = cost("{ shipments(first: 10) { edges { node { shipmentControlNumber } } } }");
    const aliased = cost(
      "{ a: shipments(first: 10) { edges { node { shipmentControlNumber } } } b: shipments(first: 10) { edges { node { id: shipmentControlNumber } } } }",
    );
    expect(aliased).toBe(2 * one);
  });

  it("prices fragments and inline fragments as if written out", () => {
    const written = cost(bomb("$n"), { n: 40 });
    const withFragments = cost(
      `query Bomb($n: Int!) { port(code: "2304") { ...Page } }
       fragment Page on Port { shipments(first: $n) { edges { node { port { ...Inner } } } } }
       fragment Inner on Port { shipments(first: $n) { edges { ... on ShipmentEdge { node { port {
         shipments(first: $n) { edges { node { ...Leaf } } } } } } } } }
       fragment Leaf on Shipment { shipmentControlNumber }`,
      { n: 40 },
    );
    expect(withFragments).toBe(written);
  });

  it("prices a fragment spread many times over without expanding it each time", () => {
    // 2^30 expansions if each spread were walked; memoised, it is a sum of 30 doublings
    const fragments = [...Array(30)].map(
      (_, level) => `fragment F${level} on Shipment { a: port { ...F${level + 1} } b: port { ...F${level + 1} } }`,
    );
    const query = `{ trip(tripNumber: "T") { shipments { ...F0 } } } ${fragments.join(" ")} fragment F30 on Port { code }`;
    expect(cost(query)).toBeGreaterThan(2 ** 30);
    // walked spread by spread, 2^30 visits would run for minutes: the test's own limit catches it
  }, 10_000);

  it("ends on a fragment cycle", () => {
    const query = `{ port(code: "1") { ...A } } fragment A on Port { shipments { edges { node { port { ...A } } } } }`;
    expect(cost(query)).toBe(2 + (2 + 20 * (2 + 2 + 2)));
  });

  it("prices _entities by the number of representations", () => {
    const query = `query E($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Shipment { shipmentControlNumber goodsItems { hsCode } } } }`;
    const representations = (count: number) =>
      [...Array(count)].map((_, i) => ({ __typename: "Shipment", shipmentControlNumber: String(i) }));
    expect(cost(query, { representations: representations(300) })).toBe(300 * (2 + 1 + 5 * 3));
    expect(cost(query, { representations: representations(1) })).toBe(2 + 1 + 5 * 3);
  });

  it("chooses the named operation of a document that holds several", () => {
    const document = `query Small { port(code: "1") { code } } ${bomb("$n")}`;
    expect(cost(document, { n: 40 }, "Bomb")).toBe(bombCost(40));
    expect(cost(document, { n: 40 }, "Small")).toBe(3);
  });

  it("leaves out what @skip or @include leaves out, by literal, variable or the variable's default", () => {
    const query = `query Q($goods: Boolean = false) { trip(tripNumber: "1") { tripNumber
      shipments @include(if: $goods) { goodsItems { hsCode } } seals: tripNumber @skip(if: true) } }`;
    const bare = 2 + 1;
    const withGoods = bare + 5 * (2 + 5 * (2 + 1));
    expect(cost(query)).toBe(bare);
    expect(cost(query, { goods: false })).toBe(bare);
    expect(cost(query, { goods: true })).toBe(withGoods);
  });
});

import { type TestGraph, postToSubgraph, type TestSubgraph } from "@frontera/testing";
import { startWholeGraph } from "../support/whole-graph";

// The travellers subgraph asked directly, as the gateway asks it: signed, with an internal token.
let graph: TestGraph;
let subgraph: TestSubgraph;
let token: string;

beforeAll(async () => {
  graph = await startWholeGraph({ seed: 5, shipments: 500 });
  subgraph = graph.subgraphs.travellers;
  token = await graph.auth.token();
});

afterAll(async () => {
  await graph?.stop();
});

const postGraphQL = <Data = Record<string, unknown>>(url: string, query: string, variables?: Record<string, unknown>) =>
  postToSubgraph<Data>(url, query, variables, { authorization: `Bearer ${token}` }, graph.auth.subgraphSecret);

describe("travellers subgraph", () => {
  it("resolves drivers by id with their memberships in one statement each", async () => {
    const travellers = await subgraph.dataSource.getRepository("Traveller").find({ take: 8, order: { id: "ASC" } });
    subgraph.statements.reset();
    const { body } = await postGraphQL(
      subgraph.url,
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Traveller { travellerId familyName memberships { program { code } passId status validUntil } }
        }
      }`,
      { representations: travellers.map(({ id }) => ({ __typename: "Traveller", travellerId: id })) },
    );

    expect(body.errors).toBeUndefined();
    const entities = body.data!._entities as Array<{ travellerId: string; memberships: Array<{ passId: string }> }>;
    expect(entities.map((entity) => entity.travellerId)).toEqual(travellers.map((traveller) => traveller.id));
    for (const membership of entities.flatMap((entity) => entity.memberships))
      expect(membership.passId).toMatch(/^\d{9}$/);
    expect(subgraph.statements.count).toBe(2);
  });

  it("keeps Spanish names as written, accents included", async () => {
    const names = await subgraph.dataSource.getRepository("Traveller").find({ select: { familyName: true } });

    expect(names.some(({ familyName }) => /[áéíóúñ]/i.test(familyName))).toBe(true);
  });

  it("answers null for a traveller id that does not exist", async () => {
    const { body } = await postGraphQL(
      subgraph.url,
      `{ traveller(id: "00000000-0000-4000-a000-000000000000") { id } }`,
    );

    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ traveller: null });
  });
});

import { type TestGraph } from "@frontera/testing";
import { type Data } from "../support/graphql-expectations";
import { anamToken, startWholeGraph } from "../support/whole-graph";

// A partner's fields it may read nowhere are cut by the gateway before planning and answered
// null with FORBIDDEN at every row (gateway/src/scopes/nested-field-cut.ts). The same field asked
// through a named fragment is not cut, so the subgraph refuses it row by row as before: the two
// answers must say the same thing.

let graph: TestGraph;
let anam: string;

beforeAll(async () => {
  graph = await startWholeGraph();
  // ANAM at a UCP port: drivers' names, never their memberships
  anam = await anamToken(graph);
});

afterAll(async () => {
  await graph?.stop();
});

const DRIVERS = (driver: string) => `query ($port: ID!) {
  shipments(filter: { portCode: $port }, first: 20) {
    edges { node { shipmentControlNumber trip { tripNumber driver { ${driver} } } } }
  }
}`;
const CUT = DRIVERS("familyName memberships { status program { code } } givenNames");
const REFUSED_BY_SUBGRAPH = `${DRIVERS("familyName ...Passes givenNames")}
fragment Passes on Traveller { memberships { status program { code } } }`;
const variables = { port: "2305" };
// Brownsville: shipments under ANAM's customs arrangement (every port), drivers' names under none
// (no UCP site), so the subgraph refuses or hides the driver and the cut must not say more.
const OUTSIDE_UCP = { port: "2301" };

const pathsOf = (errors: Data[] | undefined) => (errors ?? []).map((error) => error.path.join(".")).sort();

it("answers a field a partner may read nowhere as the subgraph would, without asking for it", async () => {
  const cut = await graph.query<Data>(CUT, variables, anam);
  const refused = await graph.query<Data>(REFUSED_BY_SUBGRAPH, variables, anam);

  const drivers = cut.body.data!.shipments.edges.map(({ node }: Data) => node.trip?.driver).filter(Boolean);
  expect(drivers.length).toBeGreaterThan(1);
  for (const driver of drivers) expect(Object.keys(driver)).toEqual(["familyName", "memberships", "givenNames"]);
  expect(JSON.stringify(cut.body.data)).toBe(JSON.stringify(refused.body.data));

  expect(pathsOf(cut.body.errors)).toEqual(pathsOf(refused.body.errors));
  expect(cut.body.errors).toHaveLength(drivers.length);
  for (const error of cut.body.errors!) {
    expect(error.extensions).toEqual({ code: "FORBIDDEN", requiredScopes: ["traveller:membership:read"] });
  }
  // the fragment's field went to travellers, which refused it on each row; the cut one did not
  for (const error of refused.body.errors!) expect(error.extensions?.serviceName).toBe("travellers");
});

it("says nothing more than the subgraph where the partner's arrangements do not reach the drivers", async () => {
  const cut = await graph.query<Data>(CUT, OUTSIDE_UCP, anam);
  const refused = await graph.query<Data>(REFUSED_BY_SUBGRAPH, OUTSIDE_UCP, anam);
  expect(cut.body.data!.shipments.edges.length).toBeGreaterThan(0);
  expect(JSON.stringify(cut.body.data)).toBe(JSON.stringify(refused.body.data));
  expect(pathsOf(cut.body.errors)).toEqual(pathsOf(refused.body.errors));
  // each driver refused whole by travellers; no refusal of the cut field beneath a hidden row
  expect(cut.body.errors!.length).toBeGreaterThan(0);
  for (const error of cut.body.errors!) expect(error.path?.at(-1)).toBe("driver");
});

it("leaves an officer's answer to the same operation whole", async () => {
  const { body } = await graph.query<Data>(CUT, variables);
  expect(body.errors).toBeUndefined();
  const drivers = body.data!.shipments.edges.map(({ node }: Data) => node.trip?.driver).filter(Boolean);
  expect(drivers.some((driver: Data) => driver.memberships.length > 0)).toBe(true);
});

import { readFileSync } from "node:fs";
import { Supergraph } from "@apollo/federation-internals";
import { operationCost } from "@frontera/service";
import { parse } from "graphql";
import { SUPERGRAPH_FILE } from "../../../src/compose/compose-supergraph";
import { DEFAULT_LIMITS } from "../../../src/limits/default-limits";
import { PORT_DASHBOARD, SHIPMENT_DOSSIER, TRAVELLER_PROFILE } from "../../../../test/support/canonical-operations";

// The figures the README gives, on the API schema clients see: a schema change that makes the
// canonical operations expensive, or the default limit that no longer admits them, shows here.
const schema = Supergraph.build(readFileSync(SUPERGRAPH_FILE, "utf8")).apiSchema().toGraphQLJSSchema();
const cost = (query: string, variables: Record<string, unknown>) =>
  operationCost(schema, parse(query), undefined, variables);
const BOMB = `query Bomb($n: Int!) { port(code: "2304") { shipments(first: $n) { edges { node { port {
  shipments(first: $n) { edges { node { port { shipments(first: $n) { edges { node { shipmentControlNumber } } } } } } } } } } } } }`;

describe("operation cost of the graph's own operations against the default limit", () => {
  it.each([
    ["ShipmentDossier, its default page (50)", SHIPMENT_DOSSIER, { port: "2304" }, 18_803],
    ["ShipmentDossier, its largest page (100)", SHIPMENT_DOSSIER, { port: "2304", first: 100 }, 37_603],
    ["TravellerProfile", TRAVELLER_PROFILE, { id: "T" }, 623],
    ["PortDashboard", PORT_DASHBOARD, { code: "2304" }, 168],
  ])("admits %s", (_case, query, variables, expected) => {
    expect(cost(query.toString(), variables)).toBe(expected);
    expect(expected).toBeLessThan(DEFAULT_LIMITS.maxCost * 0.65);
  });

  it.each([
    [40, 333_124],
    [100, 5_080_804],
  ])("refuses three nested pages of %i shipments", (n, expected) => {
    expect(cost(BOMB, { n })).toBe(expected);
    expect(expected).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });
});

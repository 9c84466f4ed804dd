import { type TestGraph } from "@frontera/testing";
import { defaultArrangements } from "@frontera/seed";
import {
  type GraphQLSchema,
  type IntrospectionQuery,
  type SelectionSetNode,
  Kind,
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isObjectType,
  parse,
} from "graphql";
import { PORT_DASHBOARD, SHIPMENT_DOSSIER, TRAVELLER_PROFILE } from "../support/canonical-operations";
import { type Data } from "../support/graphql-expectations";
import { startWholeGraph } from "../support/whole-graph";

// Each caller's schema is its contract: what its effective scopes can read (README, "Contract
// schema"). Introspection and GET /schema.graphql answer with it, and no field outside it ever
// resolves for that caller.

let graph: TestGraph;

beforeAll(async () => {
  graph = await startWholeGraph();
});

afterAll(async () => {
  await graph?.stop();
});

/** The scopes each default partner's arrangements grant it, together. */
const PARTNERS = Object.entries(
  defaultArrangements.reduce<Record<string, Set<string>>>((byAgency, arrangement) => {
    for (const scope of arrangement.scopes) (byAgency[arrangement.recipient] ??= new Set()).add(scope);
    return byAgency;
  }, {}),
).map(([agency, scopes]) => ({ agency, scopes: [...scopes].sort() }));

const tokenOf = (agency: string, scopes: string[]) => graph.auth.token({ agency, kind: "partner", scopes });

async function introspect(token: string): Promise<GraphQLSchema> {
  const { body } = await graph.query<IntrospectionQuery>(getIntrospectionQuery(), {}, token);
  expect(body.errors).toBeUndefined();
  return buildClientSchema(body.data!);
}

function fieldsOf(schema: GraphQLSchema, typeName: string): string[] {
  const type = schema.getType(typeName);
  return type && isObjectType(type) ? Object.keys(type.getFields()) : [];
}

describe("the contract schema", () => {
  it("shows SENASICA goods but neither risk nor names; an internal caller holding every scope sees both", async () => {
    const senasica = PARTNERS.find((partner) => partner.agency === "SENASICA")!;
    const contract = await introspect(await tokenOf("SENASICA", senasica.scopes));
    expect(contract.getType("GoodsItem")).toBeDefined();
    expect(fieldsOf(contract, "Shipment")).toContain("goodsItems");
    expect(contract.getType("RiskAssessment")).toBeUndefined();
    expect(fieldsOf(contract, "Shipment")).not.toContain("riskAssessment");
    expect(fieldsOf(contract, "Traveller")).not.toContain("familyName");
    // Reference data stays, and so do its open fields.
    expect(fieldsOf(contract, "PortOfEntry")).toEqual(expect.arrayContaining(["code", "name"]));
    // Its one power to act: holds on shipments (agricultural ones, checked by kind at the subgraph).
    expect(fieldsOf(contract, "Mutation").sort()).toEqual(["placeShipmentHold", "releaseShipmentHold"]);

    const whole = await introspect(await graph.auth.token());
    expect(whole.getType("RiskAssessment")).toBeDefined();
    expect(fieldsOf(whole, "Traveller")).toContain("familyName");
    expect(fieldsOf(whole, "Shipment")).toEqual(expect.arrayContaining(["goodsItems", "riskAssessment"]));
    expect(whole.getMutationType()).toBeTruthy();
  });

  it("is served as SDL at /schema.graphql, to a caller with a token only", async () => {
    const senasica = PARTNERS.find((partner) => partner.agency === "SENASICA")!;
    const url = graph.gatewayUrl.replace(/\/graphql$/, "/schema.graphql");
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${await tokenOf("SENASICA", senasica.scopes)}` },
    });
    expect(response.status).toBe(200);
    const sdl = await response.text();
    expect(sdl).toMatch(/^type GoodsItem /m);
    expect(sdl).not.toMatch(/^type RiskAssessment /m);
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: "Bearer nonsense" } })).status).toBe(401);
  });

  it("asks introspection alone: mixed with data it is refused", async () => {
    const { body } = await graph.query<Data>("{ __schema { queryType { name } } agencies { code } }");
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(body.data ?? null).toBeNull();
  });

  it.each(PARTNERS)("never resolves for $agency a field outside its contract", async ({ agency, scopes }) => {
    const token = await tokenOf(agency, scopes);
    const contract = await introspect(token);
    const whole = await introspect(await graph.auth.token());
    const { traveller } = (await graph.query<Data>(`{ crossings(first: 1) { edges { node { traveller { id } } } } }`))
      .body.data!.crossings.edges[0].node;
    const operations: Array<[string, Record<string, unknown>]> = [
      [SHIPMENT_DOSSIER.toString(), { port: "2304", first: 20 }],
      [TRAVELLER_PROFILE.toString(), { id: traveller.id }],
      [PORT_DASHBOARD.toString(), { code: "2304", from: "2026-09-01T00:00:00Z", to: "2026-12-01T00:00:00Z" }],
    ];
    const outside: string[] = [];
    let resolved = 0;
    for (const [query, variables] of operations) {
      const { body } = await graph.query<Data>(query, variables, token);
      const operation = parse(query).definitions[0];
      if (operation.kind !== Kind.OPERATION_DEFINITION || !body.data) continue;
      walk(whole, whole.getQueryType()!.name, operation.selectionSet, body.data, (typeName, fieldName) => {
        resolved += 1;
        if (!fieldsOf(contract, typeName).includes(fieldName)) outside.push(`${typeName}.${fieldName}`);
      });
    }
    expect(resolved).toBeGreaterThan(0);
    expect([...new Set(outside)]).toEqual([]);
  });
});

/** Calls `seen` for every field of the answer that holds a value, with the type it belongs to. */
function walk(
  schema: GraphQLSchema,
  typeName: string,
  selectionSet: SelectionSetNode,
  data: unknown,
  seen: (typeName: string, fieldName: string) => void,
): void {
  if (data === null || data === undefined) return;
  if (Array.isArray(data)) {
    for (const item of data) walk(schema, typeName, selectionSet, item, seen);
    return;
  }
  const type = schema.getType(typeName);
  if (!type || !isObjectType(type)) return;
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value.startsWith("__")) continue;
    const key = selection.alias?.value ?? selection.name.value;
    const value = (data as Data)[key];
    if (value === null || value === undefined) continue;
    seen(typeName, selection.name.value);
    if (selection.selectionSet) {
      const fieldType = getNamedType(type.getFields()[selection.name.value].type);
      walk(schema, fieldType.name, selection.selectionSet, value, seen);
    }
  }
}

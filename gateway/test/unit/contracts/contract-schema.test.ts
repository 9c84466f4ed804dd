import { type OperationDefinitionNode, isObjectType, parse } from "graphql";
import { contractSchema } from "../../../src/contracts/contract-schema";
import { asksOnlyIntrospection } from "../../../src/contracts/introspection-by-contract";
import { committedSupergraph } from "../committed-supergraph";

const { schema, scopes } = committedSupergraph();
const fieldsOf = (contract: ReturnType<typeof contractSchema>, typeName: string) => {
  const type = contract.getType(typeName);
  return isObjectType(type) ? Object.keys(type.getFields()) : undefined;
};

describe("a caller's contract: the schema its scopes can read", () => {
  it("keeps the fields a scope held reads, and open ones, and drops the rest", () => {
    const contract = contractSchema(schema, scopes, ["reference:read", "cargo:manifest:read"]);
    const shipment = fieldsOf(contract, "Shipment")!;
    expect(shipment).toEqual(expect.arrayContaining(["shipmentControlNumber", "goodsItems", "programs"]));
    expect(shipment).not.toContain("riskAssessment");
    expect(shipment).not.toContain("shipper");
    expect(fieldsOf(contract, "Query")).toEqual(expect.arrayContaining(["ports", "shipments", "me", "node"]));
  });

  it("drops the types left unreachable", () => {
    const contract = contractSchema(schema, scopes, ["reference:read"]);
    expect(fieldsOf(contract, "Query")).not.toContain("shipments");
    expect(contract.getType("RiskAssessment")).toBeUndefined();
    expect(contract.getType("PortOfEntry")).toBeDefined();
  });
});

describe("introspection asked alone", () => {
  const only = (query: string) => asksOnlyIntrospection(parse(query).definitions[0] as OperationDefinitionNode);

  it("is an operation whose root asks __schema or __type and nothing else but __typename", () => {
    expect(only("{ __schema { types { name } } __typename }")).toBe(true);
    // A fragment at the root counts as asking data: refused mixed rather than read wrongly.
    expect(only('{ ... on Query { __type(name: "Shipment") { name } } }')).toBe(false);
    expect(only("{ __schema { types { name } } ports { code } }")).toBe(false);
    expect(only("{ ports { code } }")).toBe(false);
  });
});

import { type FragmentDefinitionNode, type OperationDefinitionNode, parse } from "graphql";
import { TYPENAME_ALIAS } from "../../../src/disclosure/abstract-typenames";
import { disclosedBy } from "../../../src/disclosure/disclosed-by";
import { RECORD_KEY_ALIAS } from "../../../src/disclosure/record-keys";
import { committedSupergraph } from "../committed-supergraph";
import { partnerAccess } from "../partner-access";

const { schema, scopes } = committedSupergraph();
const access = partnerAccess(["reference:read", "cargo:manifest:read", "cargo:commercial:read"]);

function disclosed(query: string, data: Record<string, unknown>) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === "FragmentDefinition")
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return disclosedBy(schema, scopes, access, operation, fragments, data);
}

describe("what a partner's answer discloses", () => {
  it("names the records whose own fields it held, the scopes they took and the arrangements behind them", () => {
    const result = disclosed(
      `{ shipments(first: 2) { edges { node { type ${RECORD_KEY_ALIAS}: shipmentControlNumber port { name } } } } }`,
      {
        shipments: {
          edges: [
            { node: { type: "FTL", [RECORD_KEY_ALIAS]: "SCN1", port: { name: "Laredo" } } },
            { node: { type: "LTL", [RECORD_KEY_ALIAS]: "SCN2", port: null } },
          ],
        },
      },
    );
    expect(result.scopes).toEqual(["cargo:manifest:read"]);
    expect(result.grants).toEqual([
      { scope: "cargo:manifest:read", arrangementIds: ["arrangement-cargo:manifest:read"] },
    ]);
    expect(result.records).toEqual([{ typeName: "Shipment", scopes: ["cargo:manifest:read"], keys: ["SCN1", "SCN2"] }]);
    expect(result.entityCounts).toEqual(
      expect.arrayContaining([
        { typeName: "Shipment", count: 2 },
        { typeName: "PortOfEntry", count: 1 },
      ]),
    );
    expect(result.keyed).toHaveLength(2);
  });

  it("counts reference data but discloses no scope for it", () => {
    const result = disclosed("{ ports { code name } }", { ports: [{ code: "2304", name: "Laredo" }] });
    expect(result.scopes).toEqual([]);
    expect(result.records).toEqual([]);
  });

  it("reads the type of rows behind an abstract field from the alias the gateway asked", () => {
    const result = disclosed(`{ node(id: "x") { ${TYPENAME_ALIAS}: __typename ... on Shipment { type } } }`, {
      node: { [TYPENAME_ALIAS]: "Shipment", type: "FTL" },
    });
    expect(result.entityCounts).toEqual([{ typeName: "Shipment", count: 1 }]);
    expect(result.scopes).toEqual(["cargo:manifest:read"]);
  });

  it("lists the keys of what it records in sorted order, so one disclosure is always the same text", () => {
    const { keyed, ...sent } = disclosed(
      `{ shipments(first: 1) { edges { node { type ${RECORD_KEY_ALIAS}: shipmentControlNumber } } } }`,
      { shipments: { edges: [{ node: { type: "FTL", [RECORD_KEY_ALIAS]: "SCN1" } }] } },
    );
    expect(keyed).toHaveLength(1);
    const inSortedOrder = (value: unknown): boolean =>
      Array.isArray(value)
        ? value.every(inSortedOrder)
        : typeof value !== "object" || value === null
          ? true
          : Object.keys(value).join() === Object.keys(value).sort().join() && Object.values(value).every(inSortedOrder);
    // the disclosure log lays out the top level itself (DisclosureLog.record)
    expect(inSortedOrder([sent.entityCounts, sent.grants, sent.records])).toBe(true);
    expect(sent.records).toHaveLength(1);
  });

  it("discloses nothing for fields that came back null", () => {
    expect(disclosed("{ shipments(first: 1) { totalCount } }", { shipments: null }).scopes).toEqual([]);
  });
});

import { parse, print } from "graphql";
import { RECORD_KEY_ALIAS, withRecordKeys } from "../../../src/disclosure/record-keys";
import { committedSupergraph } from "../committed-supergraph";

const { schema } = committedSupergraph();
const everything = () => true;
const keyed = (query: string, mayRead: (typeName: string, field: string) => boolean = everything) => {
  const document = withRecordKeys(schema, parse(query), mayRead);
  return document && print(document);
};

describe("record keys asked for by the gateway, so the disclosure log can name each record", () => {
  it("asks a record's key last in its selection when the client did not select it", () => {
    const printed = keyed("{ shipments(first: 2) { edges { node { type } } } }");
    expect(printed).toContain(`node {\n        type\n        ${RECORD_KEY_ALIAS}: shipmentControlNumber\n      }`);
  });

  it("asks nothing where the selection reads the key itself, unaliased", () => {
    expect(keyed("{ shipments(first: 2) { edges { node { shipmentControlNumber type } } } }")).toBeNull();
  });

  it("does not take a key read under another alias for the key", () => {
    expect(keyed("{ shipments(first: 2) { edges { node { scn: shipmentControlNumber } } } }")).toContain(
      `${RECORD_KEY_ALIAS}: shipmentControlNumber`,
    );
  });

  it("does not ask for a key the caller may not read: such a record is counted, not named", () => {
    const mayRead = (typeName: string) => typeName !== "Shipment";
    expect(keyed("{ shipments(first: 2) { edges { node { type } } } }", mayRead)).toBeNull();
  });

  it("asks each record type's key on its own fragment under an abstract field", () => {
    const printed = keyed('{ node(id: "x") { id } }');
    expect(printed).toContain(`... on Shipment {\n      ${RECORD_KEY_ALIAS}: shipmentControlNumber\n    }`);
    expect(printed).toContain(`... on Traveller {\n      ${RECORD_KEY_ALIAS}: travellerId\n    }`);
  });

  it("asks under fields only, not again in the fragments inside them", () => {
    const printed = keyed(
      "{ shipments(first: 2) { edges { node { ...Row } } } } fragment Row on Shipment { ... on Shipment { type } }",
    );
    expect(printed?.match(new RegExp(RECORD_KEY_ALIAS, "g"))).toHaveLength(1);
  });
});

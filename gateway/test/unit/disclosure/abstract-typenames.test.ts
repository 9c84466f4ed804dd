import { parse, print } from "graphql";
import {
  TYPENAME_ALIAS,
  dropAbstractTypenames,
  withAbstractTypenames,
} from "../../../src/disclosure/abstract-typenames";
import { committedSupergraph } from "../committed-supergraph";

const { schema } = committedSupergraph();

describe("the type of each row read through an abstract field", () => {
  it("is asked first under every abstract field, once", () => {
    const document = withAbstractTypenames(schema, parse('{ node(id: "x") { id } nodes(ids: []) { id } }'));
    expect(print(document!)).toBe(
      `{\n  node(id: "x") {\n    ${TYPENAME_ALIAS}: __typename\n    id\n  }\n  nodes(ids: []) {\n    ${TYPENAME_ALIAS}: __typename\n    id\n  }\n}`,
    );
    expect(withAbstractTypenames(schema, document!)).toBeNull();
  });

  it("leaves a document without abstract fields as it is", () => {
    expect(withAbstractTypenames(schema, parse("{ ports { code } }"))).toBeNull();
  });

  it("is dropped from the answer before it is sent, at every depth", () => {
    const answer = { node: { [TYPENAME_ALIAS]: "Shipment", id: "1", trip: [{ [TYPENAME_ALIAS]: "Trip" }, null] } };
    dropAbstractTypenames(answer);
    expect(answer).toEqual({ node: { id: "1", trip: [{}, null] } });
  });
});

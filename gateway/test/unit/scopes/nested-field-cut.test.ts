import { type DocumentNode, GraphQLError, type OperationDefinitionNode, parse, print } from "graphql";
import { answerNestedCut, cutNestedFields } from "../../../src/scopes/nested-field-cut";
import { committedSupergraph } from "../committed-supergraph";

const { schema, scopes } = committedSupergraph();
// ANAM's kind of access: names of drivers, never their memberships or documents.
const HELD = ["reference:read", "cargo:manifest:read", "traveller:identity:read"];

const operationOf = (document: DocumentNode) =>
  document.definitions.find((definition) => definition.kind === "OperationDefinition") as OperationDefinitionNode;

function cut(query: string, held = HELD) {
  const document = parse(query);
  return cutNestedFields(schema, scopes, held, document, operationOf(document));
}

const TRIPS = (driver: string) => `{ trips(first: 2) { edges { node { tripNumber driver { ${driver} } } } } }`;

const answerOf = (drivers: Array<Record<string, unknown> | null>) => ({
  data: {
    trips: { edges: drivers.map((driver, index) => ({ node: { tripNumber: `T${index}`, driver } })) },
  },
});

describe("a partner's fields it may read nowhere, cut below the root", () => {
  it("cuts them from the operation and answers null with FORBIDDEN on every row, the others untouched", () => {
    const result = cut(TRIPS("familyName memberships { status }"))!;
    expect(print(result.document)).not.toContain("memberships");
    expect(print(result.document)).toContain("familyName");
    const answer = answerNestedCut(answerOf([{ familyName: "A" }, null, { familyName: "B" }]), result.tree);
    expect(answer.data).toEqual(
      answerOf([{ familyName: "A", memberships: null }, null, { familyName: "B", memberships: null }]).data,
    );
    // no row under a null driver: the subgraph would not have been asked for it either
    expect(answer.errors?.map((error) => error.toJSON())).toEqual(
      [0, 2].map((row) => ({
        message: "needs one of the scopes traveller:membership:read",
        path: ["trips", "edges", row, "node", "driver", "memberships"],
        extensions: { code: "FORBIDDEN", requiredScopes: ["traveller:membership:read"] },
      })),
    );
    for (const error of answer.errors!) expect(error).toBeInstanceOf(GraphQLError);
  });

  it("keeps the operation's order when a cut field comes before others", () => {
    const result = cut(TRIPS("memberships { status } familyName"))!;
    const answer = answerNestedCut(answerOf([{ familyName: "A", fronteraRecordKey: "X" }]), result.tree);
    const driver = (answer.data as { trips: { edges: Array<{ node: { driver: object } }> } }).trips.edges[0].node
      .driver;
    // the gateway's own keys stay last, for it to remove
    expect(Object.keys(driver)).toEqual(["memberships", "familyName", "fronteraRecordKey"]);
  });

  it("follows aliases and inline fragments on the same type", () => {
    const result = cut(TRIPS("familyName ... on Traveller { passes: memberships { status } }"))!;
    const answer = answerNestedCut(answerOf([{ familyName: "A" }]), result.tree);
    expect(answer.errors?.map((error) => error.path)).toEqual([["trips", "edges", 0, "node", "driver", "passes"]]);
  });

  it("leaves to the subgraph what it cannot place exactly", () => {
    // a directive on the way
    expect(cut(TRIPS("familyName memberships @include(if: true) { status }"))).toBeNull();
    // a named fragment, and a field also asked through one
    expect(cut(`${TRIPS("familyName ...M")} fragment M on Traveller { memberships { status } }`)).toBeNull();
    expect(
      cut(`${TRIPS("familyName memberships { status } ...M")} fragment M on Traveller { memberships { status } }`),
    ).toBeNull();
    // a selection set left empty
    expect(cut(TRIPS("memberships { status }"))).toBeNull();
    // under an abstract type
    expect(cut(`{ node(id: "x") { ... on Traveller { familyName memberships { status } } } }`)).toBeNull();
  });

  it("cuts nothing the caller may read somewhere, and no root field (cutRootFields' own)", () => {
    expect(cut(TRIPS("familyName memberships { status }"), [...HELD, "traveller:membership:read"])).toBeNull();
    expect(cut("{ ports { code } travellers(first: 1) { totalCount } }", ["reference:read"])).toBeNull();
  });

  it("leaves an answer without data as it is", () => {
    const result = cut(TRIPS("familyName memberships { status }"))!;
    const failed = { errors: [new GraphQLError("down")] };
    expect(answerNestedCut(failed, result.tree)).toBe(failed);
  });
});

import { type OperationDefinitionNode, parse, print } from "graphql";
import { answerCutFields, cutRootFields } from "../../../src/scopes/root-field-cut";
import { committedSupergraph } from "../committed-supergraph";

const { schema, scopes } = committedSupergraph();

function cut(query: string, held: string[]) {
  const document = parse(query);
  return cutRootFields(schema, scopes, held, document, document.definitions[0] as OperationDefinitionNode);
}

describe("root fields cut before planning", () => {
  it("keeps a document whole when the caller holds a scope of every root field", () => {
    const document = parse("{ ports { code } }");
    const result = cutRootFields(schema, scopes, ["reference:read"], document, document.definitions[0] as never);
    expect(result).toMatchObject({ document, cut: [], runs: true });
  });

  it("cuts the root fields the caller holds no scope for, by their response key", () => {
    const result = cut("{ ports { code } mine: shipments(first: 1) { totalCount } }", ["reference:read"]);
    expect(result.cut).toEqual([{ key: "mine", scopes: ["cargo:manifest:read"] }]);
    expect(print(result.document)).toBe("{\n  ports {\n    code\n  }\n}");
    expect(result.runs).toBe(true);
  });

  it("runs nothing when every root field is cut", () => {
    const result = cut("{ shipments(first: 1) { totalCount } }", ["reference:read"]);
    expect(result.runs).toBe(false);
  });

  it("answers each cut field null, with FORBIDDEN at its path beside the other errors", () => {
    const answer = answerCutFields({ data: { ports: [] } }, [{ key: "mine", scopes: ["cargo:manifest:read"] }]);
    expect(answer.data).toEqual({ ports: [], mine: null });
    expect(answer.errors?.map((error) => error.toJSON())).toEqual([
      {
        message: "needs one of the scopes cargo:manifest:read",
        path: ["mine"],
        extensions: { code: "FORBIDDEN", requiredScopes: ["cargo:manifest:read"] },
      },
    ]);
  });
});

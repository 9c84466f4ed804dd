import { oneOfInputNames } from "../../../src/supergraph/one-of-inputs";
import { committedSupergraph } from "../committed-supergraph";

describe("@oneOf inputs, which Apollo's API schema forgets", () => {
  it("are read from the supergraph", () => {
    expect(oneOfInputNames(committedSupergraph().sdl)).toContain("InspectionTargetInput");
  });

  it("are only the inputs marked so", () => {
    expect(oneOfInputNames("input A @oneOf { a: Int b: Int } input B { c: Int } type Query { x: Int }")).toEqual(["A"]);
  });
});

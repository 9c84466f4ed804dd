import { GraphQLError } from "graphql";
import { InputProblems, conflict, fieldPath, mutationPayload, notFound } from "@frontera/federation";

const payload = mutationPayload({
  mutation: "testWidget",
  field: "widget",
  type: () => String,
  description: "The widget.",
  codes: ["INVALID", "NOT_FOUND"],
});

describe("mutationPayload", () => {
  it("answers what the body returns with no user errors", async () => {
    expect(await payload.run(async () => "w-1")).toEqual({ widget: "w-1", userErrors: [] });
  });

  it("turns every collected input problem into a user error with a field path", async () => {
    const answer = await payload.run(async () => {
      const problems = new InputProblems();
      problems.add("input.equipment[0].number", "check digit should be 3");
      problems.add("input.shipments[12].programs[1]", "no program WARP", "NOT_FOUND");
      problems.throwIfAny();
      return "never";
    });
    expect(answer).toEqual({
      widget: null,
      userErrors: [
        { field: ["input", "equipment", "0", "number"], code: "INVALID", message: "check digit should be 3" },
        { field: ["input", "shipments", "12", "programs", "1"], code: "NOT_FOUND", message: "no program WARP" },
      ],
    });
  });

  it("turns notFound into NOT_FOUND on the argument that named the record", async () => {
    const answer = await payload.run(() => Promise.reject(notFound("widget w-9", "id")));
    expect(answer.userErrors).toEqual([{ field: ["id"], code: "NOT_FOUND", message: "widget w-9 not found" }]);
  });

  it("refuses, as a bug, a business error whose code the mutation does not declare", async () => {
    await expect(payload.run(() => Promise.reject(conflict("ALREADY_CROSSED", "crossed")))).rejects.toThrow(
      "testWidget raised the undeclared user error code ALREADY_CROSSED",
    );
  });

  it("leaves any other error to travel as a top-level error", async () => {
    const forbidden = new GraphQLError("no", { extensions: { code: "FORBIDDEN" } });
    await expect(payload.run(() => Promise.reject(forbidden))).rejects.toBe(forbidden);
    await expect(payload.run(() => Promise.reject(new Error("database gone")))).rejects.toThrow("database gone");
  });

  it("stays a top-level BAD_USER_INPUT naming every field outside a payload (a query's filter)", () => {
    const problems = new InputProblems();
    problems.add("filter.from", "must be before to");
    expect(() => problems.throwIfAny()).toThrow(
      expect.objectContaining({
        extensions: {
          code: "BAD_USER_INPUT",
          field: "filter.from",
          problems: [{ field: "filter.from", message: "must be before to" }],
        },
      }),
    );
  });
});

describe("fieldPath", () => {
  it.each([
    ["reason", ["reason"]],
    ["input.validTo", ["input", "validTo"]],
    ["input.ports[2]", ["input", "ports", "2"]],
    ["input.mrz.documentNumber", ["input", "mrz", "documentNumber"]],
    ["", []],
  ])("reads %j as a path", (field, path) => {
    expect(fieldPath(field)).toEqual(path);
  });
});

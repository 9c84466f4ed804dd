import { GraphQLError } from "graphql";
import { checkPageSize, decodeCursor, encodeCursor } from "../../src";

describe("keyset cursors", () => {
  it("round-trips a sort key", () => {
    const key = ["2026-11-01T10:00:00.000Z", "ABCD12345678"];
    expect(decodeCursor(encodeCursor(key), 2)).toEqual(key);
  });

  it.each(["", "%%%", encodeCursor(["only-one"]), Buffer.from('{"a":1}').toString("base64url")])(
    "rejects %j as BAD_USER_INPUT on after",
    (cursor) => {
      expect(() => decodeCursor(cursor, 2)).toThrow(GraphQLError);
      try {
        decodeCursor(cursor, 2);
      } catch (error) {
        expect((error as GraphQLError).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
      }
    },
  );
});

describe("checkPageSize", () => {
  it("accepts 0 to 100", () => {
    expect(checkPageSize(0)).toBe(0);
    expect(checkPageSize(100)).toBe(100);
  });

  it.each([101, -1, 1.5])("refuses %p", (first) => {
    expect(() => checkPageSize(first)).toThrow(/first must be between 0 and 100/);
  });
});

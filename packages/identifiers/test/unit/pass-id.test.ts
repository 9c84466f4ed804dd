import { checkPassId } from "../../src";

describe("checkPassId", () => {
  it("accepts exactly 9 digits", () => {
    expect(checkPassId("123456789")).toBeNull();
    expect(checkPassId("098765432")).toBeNull();
  });

  it("rejects other lengths and non-digits", () => {
    expect(checkPassId("12345678")).toBe("should be 9 digits, not 8");
    expect(checkPassId("1234567890")).toBe("should be 9 digits, not 10");
    expect(checkPassId("12345678A")).toBe("should contain only digits");
    expect(checkPassId("123 456 789")).toBe("should contain only digits");
  });
});

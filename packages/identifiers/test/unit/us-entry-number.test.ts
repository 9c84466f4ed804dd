import { checkUsEntryNumber } from "../../src";

describe("checkUsEntryNumber", () => {
  it("accepts entry numbers with both hyphens or none", () => {
    expect(checkUsEntryNumber("ABC-1234567-8")).toBeNull();
    expect(checkUsEntryNumber("ABC12345678")).toBeNull();
    expect(checkUsEntryNumber("A1C-1234567-8")).toBeNull();
    expect(checkUsEntryNumber("123-1234567-8")).toBeNull();
  });

  it("rejects a bad filer code, serial or check digit and mixed hyphens", () => {
    for (const bad of [
      "ABCD-1234567-8",
      "abc-1234567-8",
      "ABC-123456-8",
      "ABC-12345678-8",
      "ABC-1234567-X",
      "ABC-123456789",
      "ABC1234567-8",
      "ABC 1234567 8",
      "",
    ]) {
      expect(checkUsEntryNumber(bad)).toMatch(/^should be a 3-character filer code/);
    }
  });
});

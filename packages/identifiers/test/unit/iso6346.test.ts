import { checkContainerNumber, iso6346CheckDigit } from "../../src";

describe("iso6346CheckDigit", () => {
  it("computes the check digit of real container numbers", () => {
    expect(iso6346CheckDigit("CSQU305438")).toBe(3);
    expect(iso6346CheckDigit("MSCU751238")).toBe(7);
  });

  it("rejects input that is not an owner code, category and serial", () => {
    expect(() => iso6346CheckDigit("CSQU30543")).toThrow(RangeError);
    expect(() => iso6346CheckDigit("csqu305438")).toThrow(RangeError);
  });
});

describe("checkContainerNumber", () => {
  it("accepts valid container numbers", () => {
    expect(checkContainerNumber("CSQU3054383")).toBeNull();
    expect(checkContainerNumber("MSCU7512387")).toBeNull();
  });

  it("says which check digit was expected", () => {
    expect(checkContainerNumber("CSQU3054384")).toBe("check digit should be 3, not 4");
    // A transposed pair of serial digits is caught, which is the point of the positional weights.
    expect(checkContainerNumber("CSQU3045383")).toMatch(/^check digit should be \d, not 3$/);
  });

  it("rejects each malformed part", () => {
    expect(checkContainerNumber("CSQU305438")).toBe("should be 11 characters, not 10");
    expect(checkContainerNumber("C5QU3054383")).toMatch(/owner code/);
    expect(checkContainerNumber("csqu3054383")).toMatch(/owner code/);
    expect(checkContainerNumber("CSQX3054383")).toBe("category (4th character) should be U, J or Z, not X");
    expect(checkContainerNumber("CSQU30543A3")).toMatch(/serial number/);
    expect(checkContainerNumber("CSQU305438X")).toMatch(/check digit .* should be a digit/);
  });
});

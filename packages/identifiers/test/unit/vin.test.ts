import { checkVin, vinCheckDigit } from "../../src";

describe("vinCheckDigit", () => {
  it("computes digits and writes 10 as X", () => {
    expect(vinCheckDigit("1M8GDM9AXKP042788")).toBe("X");
    expect(vinCheckDigit("11111111111111111")).toBe("1");
  });

  it("rejects input that cannot be a VIN", () => {
    expect(() => vinCheckDigit("1M8GDM9AXKP04278")).toThrow(RangeError);
    expect(() => vinCheckDigit("1M8GDM9AXKP04278O")).toThrow(RangeError);
  });
});

describe("checkVin", () => {
  it("accepts valid VINs", () => {
    expect(checkVin("1M8GDM9AXKP042788")).toBeNull();
    expect(checkVin("11111111111111111")).toBeNull();
  });

  it("says which check digit was expected", () => {
    expect(checkVin("1M8GDM9A5KP042788")).toBe("check digit (9th character) should be X, not 5");
    expect(checkVin("1M8GDM9AXKP042789")).toMatch(/^check digit \(9th character\) should be \d, not X$/);
  });

  it("rejects the wrong length, I/O/Q and other characters", () => {
    expect(checkVin("1M8GDM9AXKP04278")).toBe("should be 17 characters, not 16");
    expect(checkVin("1M8GDM9AXKP0427888")).toBe("should be 17 characters, not 18");
    expect(checkVin("1M8GDM9AXKPO42788")).toBe("should not contain I, O or Q");
    expect(checkVin("1M8GDM9AXKP04278-")).toBe("should contain only capital letters and digits");
    expect(checkVin("1m8gdm9axkp042788")).toBe("should contain only capital letters and digits");
  });
});

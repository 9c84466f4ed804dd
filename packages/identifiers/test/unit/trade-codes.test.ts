import { checkHsCode, checkNationalTariffCode } from "../../src";

describe("checkHsCode", () => {
  it("accepts exactly 6 digits", () => {
    expect(checkHsCode("847130")).toBeNull();
    expect(checkHsCode("010121")).toBeNull();
  });

  it("rejects other lengths, dots and letters", () => {
    expect(checkHsCode("84713")).toBe("should be 6 digits, not 5");
    expect(checkHsCode("84713000")).toBe("should be 6 digits, not 8");
    expect(checkHsCode("8471.30")).toBe("should contain only digits");
    expect(checkHsCode("84713A")).toBe("should contain only digits");
  });
});

describe("checkNationalTariffCode", () => {
  it("accepts 8 to 10 digits", () => {
    expect(checkNationalTariffCode("84713001")).toBeNull();
    expect(checkNationalTariffCode("847130010")).toBeNull();
    expect(checkNationalTariffCode("8471300100")).toBeNull();
  });

  it("rejects other lengths and non-digits", () => {
    expect(checkNationalTariffCode("847130")).toBe("should be 8 to 10 digits, not 6");
    expect(checkNationalTariffCode("84713001001")).toBe("should be 8 to 10 digits, not 11");
    expect(checkNationalTariffCode("8471.30.0100")).toBe("should contain only digits");
  });
});

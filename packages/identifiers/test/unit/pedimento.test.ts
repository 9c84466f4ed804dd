import { checkPedimento, normalisePedimento } from "../../src";

describe("normalisePedimento", () => {
  it("removes the spaces between groups", () => {
    expect(normalisePedimento("24 24 3156 4001234")).toBe("242431564001234");
    expect(normalisePedimento("242431564001234")).toBe("242431564001234");
  });
});

describe("checkPedimento", () => {
  it("accepts pedimento numbers with or without spaces", () => {
    expect(checkPedimento("24 24 3156 4001234")).toBeNull();
    expect(checkPedimento("242431564001234")).toBeNull();
    expect(checkPedimento("19 07 3420 9000001")).toBeNull();
  });

  it("requires the 7-digit number to start with the year's last digit", () => {
    expect(checkPedimento("24 24 3156 5001234")).toBe("9th digit should be 4, the last digit of the year 24, not 5");
  });

  it("rejects the wrong length and non-digits", () => {
    expect(checkPedimento("24 24 3156 400123")).toBe("should be 15 digits, not 14");
    expect(checkPedimento("24 24 3156 40012345")).toBe("should be 15 digits, not 16");
    expect(checkPedimento("24-24-3156-4001234")).toBe("should contain only digits and spaces");
    expect(checkPedimento("")).toBe("should contain only digits and spaces");
  });
});

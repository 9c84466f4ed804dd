import { checkScac, checkShipmentControlNumber, checkTripNumber } from "../../src";

describe("checkScac", () => {
  it("accepts 2 to 4 capital letters", () => {
    expect(checkScac("ABCD")).toBeNull();
    expect(checkScac("AB")).toBeNull();
  });

  it("rejects other lengths, lower case and digits", () => {
    for (const bad of ["A", "ABCDE", "abcd", "AB1D", ""])
      expect(checkScac(bad)).toBe("should be 2 to 4 capital letters");
  });
});

describe("checkTripNumber", () => {
  it("accepts 8 to 25 letters and digits starting with the SCAC", () => {
    expect(checkTripNumber("ABCD1234", "ABCD")).toBeNull();
    expect(checkTripNumber("ABCD" + "9".repeat(21), "ABCD")).toBeNull();
  });

  it("rejects another carrier's trip, the wrong length and other characters", () => {
    expect(checkTripNumber("WXYZ12345", "ABCD")).toBe("should start with the carrier's SCAC ABCD");
    expect(checkTripNumber("ABCD123", "ABCD")).toBe("should be 8 to 25 characters, not 7");
    expect(checkTripNumber("ABCD" + "9".repeat(22), "ABCD")).toBe("should be 8 to 25 characters, not 26");
    expect(checkTripNumber("ABCD-12345", "ABCD")).toBe("should contain only capital letters and digits");
  });
});

describe("checkShipmentControlNumber", () => {
  it("accepts 4 letters then 4 to 12 letters or digits", () => {
    expect(checkShipmentControlNumber("ABCD1234")).toBeNull();
    expect(checkShipmentControlNumber("ABCD12345678ABCD")).toBeNull();
    expect(checkShipmentControlNumber("ABCD00012345", "ABCD")).toBeNull();
  });

  it("rejects the wrong shape", () => {
    for (const bad of ["ABCD123", "ABCD123456789ABCD", "AB1D12345", "abcd12345", "ABCD-1234"]) {
      expect(checkShipmentControlNumber(bad)).toMatch(/^should be 4 capital letters/);
    }
  });

  it("rejects another carrier's SCN when the SCAC is given", () => {
    expect(checkShipmentControlNumber("WXYZ12345", "ABCD")).toBe("should start with the carrier's SCAC ABCD");
  });
});

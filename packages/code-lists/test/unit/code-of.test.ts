import { PortMode, codeOf } from "../../src";

describe("codeOf", () => {
  it("gives the code list's member for a value it holds", () => {
    expect(codeOf(PortMode, "TRUCK", "port mode")).toBe(PortMode.TRUCK);
  });

  it("refuses a value the code list does not hold, naming it", () => {
    expect(() => codeOf(PortMode, "FERRY", "port 2304 mode")).toThrow(/port 2304 mode: "FERRY" is not one of TRUCK/);
  });
});

import { ownRequestPurpose, ownRequestUserAgent } from "../../src/own-requests";

describe("own requests' user agents", () => {
  it("name their purpose, which the receiving service reads back", () => {
    expect(ownRequestUserAgent("access-lookup")).toBe("frontera-access-lookup");
    expect(ownRequestPurpose(ownRequestUserAgent("crossing-relay"))).toBe("crossing-relay");
  });

  it("are told apart from clients' user agents", () => {
    expect(ownRequestPurpose("node")).toBeUndefined();
    expect(ownRequestPurpose(undefined)).toBeUndefined();
    expect(ownRequestPurpose("frontera-")).toBeUndefined();
    expect(ownRequestPurpose("frontera-Access Lookup")).toBeUndefined();
  });

  it("refuse a purpose that is not lower-case words", () => {
    expect(() => ownRequestUserAgent("Access lookup")).toThrow(/not a purpose/);
  });
});

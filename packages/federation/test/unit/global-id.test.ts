import fc from "fast-check";
import { decodeGlobalId, encodeGlobalId, globalIdArgument, naturalKeyArgument } from "../../src";

const naturalKeys = fc.stringMatching(/^[\x21-\x7e]{1,64}$/);
const typeNames = fc.constantFrom("Shipment", "Traveller", "Agreement", "PortOfEntry");

describe("global ids", () => {
  it("decode to the type and natural key they were made of", () => {
    fc.assert(
      fc.property(typeNames, naturalKeys, (typeName, key) => {
        expect(decodeGlobalId(encodeGlobalId(typeName, key))).toEqual({ typeName, key });
      }),
    );
  });

  it("are base64url of a versioned Type:key, without padding", () => {
    const id = encodeGlobalId("Shipment", "ABCD12345678");
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(id, "base64url").toString()).toBe("v1:Shipment:ABCD12345678");
  });

  it("differ between types for the same key", () => {
    expect(encodeGlobalId("Agency", "2304")).not.toBe(encodeGlobalId("PortOfEntry", "2304"));
  });

  it.each([
    ["empty", ""],
    ["not base64url", "a+b/c="],
    ["padded", `${encodeGlobalId("Shipment", "AB")}=`],
    ["no version", Buffer.from("Shipment:ABCD1234").toString("base64url")],
    ["another version", Buffer.from("v9:Shipment:ABCD1234").toString("base64url")],
    ["no key", Buffer.from("v1:Shipment:").toString("base64url")],
    ["a key with a space", Buffer.from("v1:Shipment:AB CD").toString("base64url")],
    ["a lower-case type", Buffer.from("v1:shipment:ABCD1234").toString("base64url")],
    ["too long", "A".repeat(400)],
    ["a natural key", "2018-cpi-ucp-mou"],
    ["a UUID", "3f0e9a52-6c1b-4d7e-9a0f-2b8c4d6e8f10"],
  ])("refuse %s", (_, id) => {
    expect(decodeGlobalId(id)).toBeNull();
  });

  it("as node arguments: BAD_USER_INPUT naming the argument for a malformed id or an unknown type", () => {
    const known = new Set(["Shipment"]);
    expect(globalIdArgument(encodeGlobalId("Shipment", "AB12"), "id", known)).toEqual({
      typeName: "Shipment",
      key: "AB12",
    });
    for (const id of ["nope", encodeGlobalId("Spaceship", "AB12")]) {
      expect(() => globalIdArgument(id, "ids[2]", known)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "ids[2]" }) }),
      );
    }
  });

  it("as lookup arguments: the key of an id of the type, a natural key as it is, another type's id refused", () => {
    expect(naturalKeyArgument(encodeGlobalId("Traveller", "t-1"), "Traveller", "id")).toBe("t-1");
    expect(naturalKeyArgument("t-1", "Traveller", "id")).toBe("t-1");
    expect(() => naturalKeyArgument(encodeGlobalId("Shipment", "t-1"), "Traveller", "input.travellerId")).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: "input.travellerId" }) }),
    );
  });
});

import { recordSetIdOf } from "../../src/disclosure/record-sets";

const of = (typeName: string, keys: string[]) => ({ typeName, scopes: ["cargo:manifest:read"], keys });

describe("recordSetIdOf", () => {
  it("names the same records the same way, whatever their order or scopes", () => {
    const one = recordSetIdOf([of("Shipment", ["A", "B"]), of("Trip", ["T1"])]);
    expect(one).toMatch(/^[0-9a-f]{64}$/);
    expect(recordSetIdOf([of("Trip", ["T1"]), of("Shipment", ["B", "A"])])).toBe(one);
    expect(recordSetIdOf([{ ...of("Shipment", ["A", "B"]), scopes: [] }, of("Trip", ["T1"])])).toBe(one);
  });

  it("tells records apart by type and by key, and a record more or less", () => {
    const base = recordSetIdOf([of("Shipment", ["A"])]);
    expect(recordSetIdOf([of("Trip", ["A"])])).not.toBe(base);
    expect(recordSetIdOf([of("Shipment", ["AB"])])).not.toBe(recordSetIdOf([of("Shipment", ["A", "B"])]));
    expect(recordSetIdOf([of("Shipment", ["A", "B"])])).not.toBe(base);
  });

  it("is null for a disclosure that carried no record", () => {
    expect(recordSetIdOf(null)).toBeNull();
    expect(recordSetIdOf([])).toBeNull();
    expect(recordSetIdOf([of("Shipment", [])])).toBeNull();
  });
});

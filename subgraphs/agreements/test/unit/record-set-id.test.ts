import { createHash } from "node:crypto";
import fc from "fast-check";
import { recordSetIdOf } from "../../src/disclosure/record-sets";

/**
 * How a set was named when every stored set got its name: every (type, key) pair as one string,
 * all sorted, joined. Sets already stored keep their names, so the two must agree on any records.
 */
function namedAsPairs(records: Array<{ typeName: string; keys: string[] }>): string | null {
  const pairs = records.flatMap((of) => of.keys.map((key) => `${of.typeName}\u0000${key}`));
  if (pairs.length === 0) return null;
  return createHash("sha256").update(pairs.sort().join("\n")).digest("hex");
}

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

  it("names any records as the sorted pairs did: types that begin one another, repeated types and keys, separators", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "b", "T", "\u0000", "\n", "é", "\uD83D") });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ typeName: text, scopes: fc.constant<string[]>([]), keys: fc.array(text, { maxLength: 6 }) }),
          {
            maxLength: 5,
          },
        ),
        (records) => {
          expect(recordSetIdOf(records)).toBe(namedAsPairs(records));
        },
      ),
      { numRuns: 5_000 },
    );
    const shipments = Array.from({ length: 71 }, (_, i) => `TRIP${(i * 7919) % 1000}`);
    const traveller = [
      of("Trip", shipments.slice(0, 30)),
      of("Shipment", shipments.slice(30)),
      of("Traveller", ["T-1"]),
    ];
    expect(recordSetIdOf(traveller)).toBe(namedAsPairs(traveller));
  });
});

import fc from "fast-check";
import { canonicalJson } from "../../src/disclosure/disclosure-chain";

/**
 * What every chained entry was hashed over before lists of strings were passed on uncopied: the
 * value copied with its keys sorted, each list element copied too. Entries already stored must
 * keep verifying, so the two must agree byte for byte on any value.
 */
function copiedEveryElement(value: unknown): string {
  const normal = (item: unknown): unknown => {
    if (item instanceof Date) return item.toISOString();
    if (Array.isArray(item)) return item.map(normal);
    if (item !== null && typeof item === "object") {
      return Object.fromEntries(
        Object.keys(item)
          .sort()
          .map((key) => [key, normal((item as Record<string, unknown>)[key])]),
      );
    }
    return item ?? null;
  };
  return JSON.stringify(normal(value));
}

const outcome = (write: (value: unknown) => string, value: unknown) => {
  try {
    return `text ${write(value)}`;
  } catch (error) {
    return `throws ${(error as Error).name}`;
  }
};

describe("canonicalJson", () => {
  it("writes what copying every element wrote, for any value", () => {
    fc.assert(
      fc.property(
        fc.anything({ withDate: true, withSparseArray: true, withNullPrototype: true, withUnicodeString: true }),
        (value) => {
          expect(outcome(canonicalJson, value)).toBe(outcome(copiedEveryElement, value));
        },
      ),
      { numRuns: 3_000 },
    );
    // A list with a hole (index 1), as JSON.stringify writes it: null.
    const sparse: string[] = ["a"];
    sparse[2] = "b";
    const row = {
      records: [{ typeName: "Trip", keys: ["B", "A"], scopes: ["cargo:manifest:read"] }],
      sparse,
    };
    expect(canonicalJson(row)).toBe(copiedEveryElement(row));
    expect(canonicalJson(row)).toBe(
      '{"records":[{"keys":["B","A"],"scopes":["cargo:manifest:read"],"typeName":"Trip"}],"sparse":["a",null,"b"]}',
    );
  });
});

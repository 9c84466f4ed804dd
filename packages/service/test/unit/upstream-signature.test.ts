import fc from "fast-check";
import {
  SIGNATURE_EXTENSION,
  hasValidSignature,
  signRequest,
  signedRequestBody,
  sortedJson,
  stableJson,
  upstreamSignature,
} from "../../src/upstream-signature";

const SECRET = "a-secret-of-at-least-thirty-two-characters";

// Each expected value was produced by Hive Gateway's own `defaultParamsSerializer`
// (@graphql-mesh/hmac-upstream-signature 2.1.0) and node:crypto's HMAC-SHA256, base64.
const HIVE_VECTORS: Array<[string, { query: string; variables?: Record<string, unknown> }, string]> = [
  ["no variables", { query: "{ agencies { code } }" }, "c4MAE3zBPdlugA2txQVFs5omMI4xjz5vEsLRveNlBFE="],
  [
    "empty variables",
    { query: "{ agencies { code } }", variables: {} },
    "c4MAE3zBPdlugA2txQVFs5omMI4xjz5vEsLRveNlBFE=",
  ],
  [
    "nested variables in any key order",
    {
      query: "query($b:Int,$a:String){x}",
      variables: { b: 2, a: 'é\u2028"', z: { y: [1, null, { d: 1, c: true }], x: undefined } },
    },
    "OiuvSh4TohnF/SavxBZrMRmOEYYsOnCh6FyoE4/yGH8=",
  ],
  [
    "an entity fetch",
    {
      query: "query($representations:[_Any!]!){_entities(representations:$representations){...on Port{name}}}",
      variables: { representations: [{ __typename: "Port", code: "2304" }] },
    },
    "fhwwvcSXiGr33AZzQIrjwgwSzg5OtaxdOqjte+5H8cA=",
  ],
];

describe("upstream signature", () => {
  it.each(HIVE_VECTORS)("signs like Hive Gateway: %s", (_name, request, expected) => {
    expect(upstreamSignature(SECRET, request)).toBe(expected);
  });

  it("accepts what it signs, sent through JSON", () => {
    const body = JSON.parse(JSON.stringify(signRequest(SECRET, HIVE_VECTORS[2][1])));
    expect(body.extensions[SIGNATURE_EXTENSION]).toBe(HIVE_VECTORS[2][2]);
    expect(hasValidSignature(SECRET, body)).toBe(true);
  });

  it("ignores the operation name and other extensions, as Hive does", () => {
    const signed = signRequest(SECRET, { query: "{ a }" });
    expect(
      hasValidSignature(SECRET, { ...signed, operationName: "X", extensions: { ...signed.extensions, other: 1 } }),
    ).toBe(true);
  });

  it("refuses a missing, malformed or foreign signature and any change to query or variables", () => {
    const signed = signRequest(SECRET, { query: "query($n:Int){a(n:$n)}", variables: { n: 1 } });
    expect(hasValidSignature(SECRET, { query: signed.query, variables: signed.variables })).toBe(false);
    expect(hasValidSignature(SECRET, { ...signed, extensions: { [SIGNATURE_EXTENSION]: "not base64!" } })).toBe(false);
    expect(hasValidSignature(SECRET, { ...signed, extensions: { [SIGNATURE_EXTENSION]: 42 } })).toBe(false);
    expect(hasValidSignature(`${SECRET}x`, signed)).toBe(false);
    expect(hasValidSignature(SECRET, { ...signed, query: "query($n:Int){b(n:$n)}" })).toBe(false);
    expect(hasValidSignature(SECRET, { ...signed, variables: { n: 2 } })).toBe(false);
    expect(hasValidSignature(SECRET, [signed])).toBe(false);
    expect(hasValidSignature(SECRET, null)).toBe(false);
  });

  it("writes JSON with sorted keys at every level", () => {
    expect(stableJson({ b: [{ d: 1, c: undefined }, undefined], a: null })).toBe('{"a":null,"b":[{"d":1},null]}');
    expect(stableJson(new Date(0))).toBe('"1970-01-01T00:00:00.000Z"');
    expect(stableJson({ 10: "b", 9: "a", x: { b: 1, a: 2 } })).toBe('{"10":"b","9":"a","x":{"a":2,"b":1}}');
  });

  it("writes what the key-sorting path writes, whether or not the keys came in order", () => {
    const values = fc.oneof(
      fc.jsonValue(),
      fc.anything({ withObjectString: false, withDate: true, withNullPrototype: true, withMap: false }),
    );
    fc.assert(
      fc.property(values, (value) => {
        expect(stableJson(value)).toBe(sortedJson(value));
      }),
      { numRuns: 2000 },
    );
    const inOrder = { representations: [{ __typename: "Port", code: "2304" }], z: [1, { a: null }] };
    expect(stableJson(inOrder)).toBe(JSON.stringify(inOrder));
  });

  it("writes a signed request body as JSON.stringify of signRequest's request would", () => {
    const request = fc.record(
      {
        query: fc.oneof(fc.string(), fc.constant(undefined)),
        variables: fc.oneof(
          fc.constant(undefined),
          fc.constant({}),
          fc.dictionary(fc.string(), fc.jsonValue()),
          fc.record({ representations: fc.array(fc.record({ __typename: fc.string(), code: fc.string() })) }),
          fc.anything({ withObjectString: false, withDate: true, withMap: false }),
        ),
        operationName: fc.oneof(fc.string(), fc.constant(undefined)),
        extensions: fc.oneof(fc.constant(undefined), fc.dictionary(fc.string(), fc.jsonValue())),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(request, (value) => {
        const body = value as Parameters<typeof signedRequestBody>[1];
        expect(signedRequestBody(SECRET, body)).toBe(JSON.stringify(signRequest(SECRET, body)));
      }),
      { numRuns: 3000 },
    );
  });
});

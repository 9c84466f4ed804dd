import fc from "fast-check";
import { hasValidRawBodySignature, rawBodySignature } from "../../src/raw-body-signature";
import { upstreamSignature } from "../../src/upstream-signature";

const SECRET = "a-secret-of-at-least-thirty-two-characters";
const ROUTE = "POST /disclosures";

// Expected values made apart from this code, by OpenSSL:
//   printf 'POST /disclosures\n<body>' | openssl dgst -sha256 -hmac "$SECRET" -binary | base64
const VECTORS: Array<[string, string]> = [
  ['{"disclosures":[]}', "N1Lm3Q91NRD49ryjg7i/R/qqIlMYeDb0tPwTqycAuTk="],
  ['{"disclosures":[{"agency":"ANAM","jti":"é"}]}', "K2OtNAAro8t2R6CZoMVUzOfhtbWTOWjc0WX8sRMDjeU="],
];

const bytes = (text: string) => Buffer.from(text, "utf8");

describe("raw body signature", () => {
  it.each(VECTORS)("signs the route and the body's UTF-8 bytes: %s", (body, expected) => {
    expect(rawBodySignature(SECRET, ROUTE, body)).toBe(expected);
    expect(rawBodySignature(SECRET, ROUTE, bytes(body))).toBe(expected);
    expect(hasValidRawBodySignature(SECRET, ROUTE, bytes(body), expected)).toBe(true);
  });

  it("accepts what it signs, whatever the bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array(), (body) => {
        expect(hasValidRawBodySignature(SECRET, ROUTE, body, rawBodySignature(SECRET, ROUTE, body))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("refuses a missing, repeated, malformed or foreign signature", () => {
    const [body, signature] = VECTORS[1];
    const check = (value: string | string[] | undefined) => hasValidRawBodySignature(SECRET, ROUTE, bytes(body), value);
    expect(check(undefined)).toBe(false);
    expect(check("")).toBe(false);
    expect(check([signature, signature])).toBe(false);
    expect(check(signature.replace(/=$/, ""))).toBe(false); // the same bytes, not the exact text
    expect(check(`${signature} `)).toBe(false);
    expect(check(Buffer.from(signature, "base64").toString("hex"))).toBe(false);
    expect(check(rawBodySignature(`${SECRET}x`, ROUTE, body))).toBe(false);
    // signed for another route, or as a GraphQL request is signed: never valid here
    expect(check(rawBodySignature(SECRET, "POST /other", body))).toBe(false);
    expect(check(upstreamSignature(SECRET, JSON.parse(body) as never))).toBe(false);
    expect(check(upstreamSignature(SECRET, { query: body }))).toBe(false);
  });

  it("refuses the signature of a body once any byte of it changed", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (body, at, flip) => {
        const signature = rawBodySignature(SECRET, ROUTE, body);
        const changed = Uint8Array.from(body);
        changed[at % body.length] ^= flip;
        expect(hasValidRawBodySignature(SECRET, ROUTE, changed, signature)).toBe(false);
        expect(hasValidRawBodySignature(SECRET, ROUTE, Buffer.concat([body, bytes(" ")]), signature)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

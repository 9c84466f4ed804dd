import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Where a signed internal request that is not GraphQL (agreements' `POST /disclosures`) carries
 * its signature: base64 HMAC-SHA256, with the subgraphs' upstream secret, of the request's body
 * exactly as sent. Signing the bytes means neither side serialises anything twice: the sender
 * signs the text it sends, the receiver checks the bytes it received before parsing them
 * (docs/security-model.md, "How the gateway records a disclosure").
 */
export const RAW_BODY_SIGNATURE_HEADER = "x-frontera-signature";

/**
 * The HMAC covers `<route>\n` before the body: the same secret signs GraphQL requests (over their
 * sorted query and variables, see upstream-signature), so a signature made for one route, or for
 * a GraphQL request, never passes at another route.
 */
function hmacOf(secret: string, route: string, body: string | Uint8Array): Buffer {
  return createHmac("sha256", secret).update(`${route}\n`).update(body).digest();
}

/** The signature of `body` sent to `route` (e.g. "POST /disclosures"), base64 with padding. */
export function rawBodySignature(secret: string, route: string, body: string | Uint8Array): string {
  return hmacOf(secret, route, body).toString("base64");
}

/**
 * Whether `signature` (the header's value) is the signature of these bytes sent to `route`.
 * Only the exact base64 text of the HMAC passes, compared in constant time.
 */
export function hasValidRawBodySignature(
  secret: string,
  route: string,
  body: Uint8Array,
  signature: string | string[] | undefined,
): boolean {
  if (typeof signature !== "string") return false;
  const expected = Buffer.from(hmacOf(secret, route, body).toString("base64"));
  const received = Buffer.from(signature);
  return received.length === expected.length && timingSafeEqual(received, expected);
}

import { createHmac, timingSafeEqual } from "node:crypto";
import { type NextFunction, type Request, type Response } from "express";

/**
 * Where the signature travels: in the GraphQL request's own `extensions`, under the name Hive
 * Gateway's upstream HMAC plugin uses, so that a Hive Gateway given the same secret
 * (`hmacSignature: { secret }`) is let in as well as ours.
 */
export const SIGNATURE_EXTENSION = "hmac-signature";

export interface SignableRequest {
  query?: unknown;
  variables?: unknown;
  extensions?: Record<string, unknown>;
}

/**
 * What is signed, byte for byte as Hive's signer and checker produce it: the query text and the
 * variables (left out when there are none), as JSON with every object's keys sorted, nothing
 * else of the request. The operation name and other extensions are not covered; the query and
 * its variables decide what runs.
 */
export function signedText(request: SignableRequest): string {
  const variables = request.variables;
  const hasVariables = variables != null && typeof variables === "object" && Object.keys(variables).length > 0;
  return stableJson({ query: request.query, variables: hasVariables ? variables : undefined }) ?? "";
}

/** HMAC-SHA256 of the signed text with the shared secret, base64 (with padding). */
export function upstreamSignature(secret: string, request: SignableRequest): string {
  return createHmac("sha256", secret).update(signedText(request)).digest("base64");
}

/** The request as a Frontera service sends it to a subgraph: signed. */
export function signRequest<Request extends SignableRequest>(
  secret: string,
  request: Request,
): Request & { extensions: Record<string, unknown> } {
  return {
    ...request,
    extensions: { ...request.extensions, [SIGNATURE_EXTENSION]: upstreamSignature(secret, request) },
  };
}

/**
 * `JSON.stringify(signRequest(secret, request))`, the same text, with less work: where the
 * variables' keys are in order already (most requests), they are written once, for the signature
 * and for the body alike, instead of once for each.
 */
export function signedRequestBody(secret: string, request: SignableRequest): string {
  const { query, variables } = request;
  const hasVariables = variables != null && typeof variables === "object" && Object.keys(variables).length > 0;
  if (typeof query !== "string" || !keysInOrder(variables)) return JSON.stringify(signRequest(secret, request));
  const queryJson = JSON.stringify(query);
  const variablesJson = JSON.stringify(variables) as string | undefined;
  const signed = hasVariables ? `{"query":${queryJson},"variables":${variablesJson}}` : `{"query":${queryJson}}`;
  const extensions = {
    ...request.extensions,
    [SIGNATURE_EXTENSION]: createHmac("sha256", secret).update(signed).digest("base64"),
  };
  // The members in the order of the object signRequest returns: the request's keys, then
  // `extensions` where the request had it or last.
  const members: string[] = [];
  const member = (key: string, json: string | undefined) => {
    if (json !== undefined) members.push(`${JSON.stringify(key)}:${json}`);
  };
  for (const key of Object.keys(request)) {
    if (key === "query") member(key, queryJson);
    else if (key === "variables") member(key, variablesJson);
    else if (key === "extensions") member(key, JSON.stringify(extensions));
    else member(key, JSON.stringify((request as Record<string, unknown>)[key]) as string | undefined);
  }
  if (!Object.hasOwn(request, "extensions")) member("extensions", JSON.stringify(extensions));
  return `{${members.join(",")}}`;
}

/** Whether a parsed request body carries a signature of its query and variables made with `secret`. */
export function hasValidSignature(secret: string, body: unknown): boolean {
  if (!body || typeof body !== "object" || Array.isArray(body)) return false;
  const request = body as SignableRequest;
  const given = request.extensions?.[SIGNATURE_EXTENSION];
  if (typeof given !== "string" || typeof request.query !== "string") return false;
  const expected = createHmac("sha256", secret).update(signedText(request)).digest();
  const received = Buffer.from(given, "base64");
  return received.length === expected.length && timingSafeEqual(received, expected);
}

/**
 * Express middleware for a subgraph's /graphql, after the JSON body parser: a request that does
 * not prove it was sent by a Frontera service (or a gateway holding the secret) gets 401 before
 * Apollo parses, validates or runs anything. Only POST can carry a signed body.
 */
export function requireUpstreamSignature(secret: string) {
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.method === "POST" && hasValidSignature(secret, request.body)) return next();
    response
      .status(401)
      .set("www-authenticate", "Bearer")
      .json({
        errors: [
          {
            message: "not authenticated: subgraphs answer only requests signed by a Frontera gateway",
            extensions: { code: "UNAUTHENTICATED" },
          },
        ],
      });
  };
}

/**
 * JSON.stringify with object keys in sorted order at every level (what the json-stable-stringify
 * package does, which Hive uses): keys whose value is undefined are left out, undefined in an
 * array becomes null, and `toJSON` is honoured.
 */
export function stableJson(value: unknown): string | undefined {
  // Most requests' keys are in order already (`__typename` sorts before the key fields): then
  // JSON.stringify writes the same text, natively, without building it piece by piece.
  return keysInOrder(value) ? JSON.stringify(value) : sortedJson(value);
}

/** Whether every object in `value` lists its keys in sorted order and none has a `toJSON`. */
function keysInOrder(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  if (Array.isArray(value)) return value.every(keysInOrder);
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return false;
  let previous: string | undefined;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) return false;
    if (previous !== undefined && !(previous < key)) return false;
    if (!keysInOrder((value as Record<string, unknown>)[key])) return false;
    previous = key;
  }
  return true;
}

/** stableJson's general path: sorts every object's keys. Exported for its equivalence test. */
export function sortedJson(value: unknown): string | undefined {
  if (value && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    value = (value as { toJSON: () => unknown }).toJSON();
  }
  if (value === undefined) return undefined;
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => sortedJson(item) ?? "null").join(",")}]`;
  const record = value as Record<string, unknown>;
  const members: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const member = sortedJson(record[key]);
    if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
  }
  return `{${members.join(",")}}`;
}

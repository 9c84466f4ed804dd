/**
 * The codes of top-level errors (`errors[].extensions.code`), the one list of them: the schema's
 * `Mutation` type describes them (written from this table, so it cannot drift) and the README's
 * "Errors" table must agree (a test compares them). A business rule never raises one of these: a
 * mutation answers it in its payload's `userErrors`.
 */
export const TOP_LEVEL_ERRORS: ReadonlyArray<{ code: string; http: string; when: string }> = [
  {
    code: "UNAUTHENTICATED",
    http: "401",
    when: "no token, or one that is malformed, expired, revoked, of an unknown issuer or agency, or too long-lived",
  },
  {
    code: "FORBIDDEN",
    http: "200",
    when: "a field, search key, filter or mutation needs a scope the caller does not hold at that record's port (`extensions.requiredScopes`, `extensions.field`)",
  },
  {
    code: "BAD_USER_INPUT",
    http: "200",
    when: "a query's argument or filter breaks a rule, or a variable does not fit its type; `extensions.field` and `extensions.problems[]` name every field (a mutation's business rules answer in its `userErrors` instead)",
  },
  {
    code: "GRAPHQL_VALIDATION_FAILED",
    http: "400",
    when: "the document is not valid, or exceeds a limit (depth, aliases, directives, cost: `extensions.cost`, `extensions.maxCost`)",
  },
  { code: "GRAPHQL_PARSE_FAILED", http: "400", when: "the document does not parse" },
  {
    code: "BAD_REQUEST",
    http: "400",
    when: "the body is not JSON, or a simple GET lacks CSRF protection (a mutation over GET gets 405)",
  },
  { code: "PAYLOAD_TOO_LARGE", http: "413", when: "the body is larger than `MAX_BODY_BYTES`" },
  {
    code: "PERSISTED_QUERY_NOT_FOUND",
    http: "200",
    when: "a `documentId` or `extensions.persistedQuery.sha256Hash` that the trusted-documents manifest does not hold (send the text, or an id from the manifest)",
  },
  {
    code: "DOCUMENT_NOT_REGISTERED",
    http: "403",
    when: "under `TRUSTED_DOCUMENTS=partners` (partner tokens) or `all` (every token), a document that is not registered; no data",
  },
  {
    code: "DOCUMENT_NOT_ALLOWED",
    http: "403",
    when: "the caller's arrangements are restricted to a list of registered documents and do not allow this one; no data, nothing disclosed",
  },
  {
    code: "RATE_LIMITED",
    http: "429",
    when: "a token's or an agency's rate, or a token's requests in flight, are over their limit (`Retry-After`)",
  },
  {
    code: "SERVICE_UNAVAILABLE",
    http: "200/503",
    when: "a subgraph cannot answer (its fields are null, `extensions.serviceName` names it), access cannot be checked, or a disclosure cannot be recorded (then nothing is sent)",
  },
  {
    code: "INTERNAL_SERVER_ERROR",
    http: "200/500",
    when: "anything unexpected; the message is masked (no SQL, stack or subgraph body)",
  },
];

/** The `Mutation` type's description: how errors arrive, and every top-level code. */
export function topLevelErrorsDescription(): string {
  const codes = TOP_LEVEL_ERRORS.map(({ code, http, when }) => `- \`${code}\` (HTTP ${http}): ${when}`);
  return [
    "Every mutation answers a payload: what it wrote, and `userErrors` (field path, code, message) for the business rules a request broke, in which case nothing was written. Top-level errors (`errors[].extensions.code`) are kept for transport, authentication, scopes, limits and faults, the same for queries and mutations:",
    "",
    ...codes,
  ].join("\n");
}

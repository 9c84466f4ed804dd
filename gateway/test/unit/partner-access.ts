import { type Access, type Grant } from "@frontera/auth";

/** A partner's access as agreements answers it: each scope granted by one arrangement, at one port. */
export function partnerAccess(scopes: string[], options: { agency?: string; documentIds?: string[] } = {}): Access {
  const grants: Grant[] = scopes.map((scope) => ({
    scope,
    ports: ["2304"],
    arrangementId: `arrangement-${scope}`,
    documentIds: options.documentIds ?? null,
  }));
  return {
    claims: {
      issuer: "https://frontera.test",
      subject: "analyst",
      agency: options.agency ?? "ANAM",
      kind: "partner",
      scopes,
      jti: "jti-1",
      expiresAt: Math.floor(Date.now() / 1000) + 600,
    },
    effectiveScopes: scopes,
    grants,
    arrangementIds: [...new Set(grants.map((grant) => grant.arrangementId!))],
  };
}

import { type Access, type Claims, type Grant } from "./claims";

export interface ArrangementTerms {
  id: string;
  scopes: string[];
  /** Empty: every port. */
  ports: string[];
}

/**
 * What a caller may see now. Internal and service callers hold their token's scopes at every
 * port. A partner holds a scope only through an active arrangement that grants it, and only at
 * that arrangement's ports ("per arrangement", SECURITY.md): never the union of its scopes at the
 * union of its ports.
 */
export function computeAccess(claims: Claims, activeArrangements: ArrangementTerms[]): Access {
  if (claims.kind !== "partner") {
    return {
      claims,
      effectiveScopes: claims.scopes,
      grants: claims.scopes.map((scope) => ({ scope, ports: null, arrangementId: null })),
      arrangementIds: [],
    };
  }
  const asked = new Set(claims.scopes);
  const grants: Grant[] = [];
  for (const arrangement of activeArrangements) {
    for (const scope of arrangement.scopes) {
      if (!asked.has(scope)) continue;
      grants.push({ scope, ports: arrangement.ports.length ? arrangement.ports : null, arrangementId: arrangement.id });
    }
  }
  return {
    claims,
    effectiveScopes: [...new Set(grants.map((grant) => grant.scope))].sort(),
    grants,
    arrangementIds: [...new Set(grants.map((grant) => grant.arrangementId!))],
  };
}

import { type Access, type Claims, type Grant } from "./claims";
import { NORTHBOUND } from "./trade-direction";

export interface ArrangementTerms {
  id: string;
  scopes: string[];
  /**
   * null: every port (the arrangement's stated coverage); otherwise only these ports, so an
   * arrangement listing none grants nothing. Never derived from the list being empty.
   */
  ports: string[] | null;
  /** The only documents (trusted-document ids) it may be used for; null or absent: any. */
  documentIds?: string[] | null;
  /** The directions of trade rows it covers; absent or null: NORTHBOUND only (docs/southbound.md). */
  directions?: string[] | null;
}

/** The arrangements that grant anything: every port, or at least one listed port. */
export function grantingArrangements(arrangements: ArrangementTerms[]): ArrangementTerms[] {
  return arrangements.filter((arrangement) => arrangement.ports === null || arrangement.ports.length > 0);
}

/**
 * What a caller may see now. Internal and service callers hold their token's scopes at every
 * port. A partner holds a scope only through an active arrangement that grants it, and only at
 * that arrangement's ports ("per arrangement", docs/security-model.md): never the union of its scopes at the
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
  for (const arrangement of grantingArrangements(activeArrangements)) {
    for (const scope of arrangement.scopes) {
      if (!asked.has(scope)) continue;
      grants.push({
        scope,
        ports: arrangement.ports,
        arrangementId: arrangement.id,
        documentIds: arrangement.documentIds ?? null,
        directions: arrangement.directions ?? [NORTHBOUND],
      });
    }
  }
  return {
    claims,
    effectiveScopes: [...new Set(grants.map((grant) => grant.scope))].sort(),
    grants,
    arrangementIds: [...new Set(grants.map((grant) => grant.arrangementId!))],
  };
}

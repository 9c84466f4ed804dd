export type CallerKind = "internal" | "partner" | "service";

/** What a verified token says about its bearer. */
export interface Claims {
  issuer: string;
  subject: string;
  agency: string;
  kind: CallerKind;
  scopes: string[];
  jti: string;
  expiresAt: number;
}

/**
 * What names one token among every trusted issuer's: a jti is unique only within its issuer, so
 * anything kept per token (access, budgets) is keyed by both.
 */
export function tokenKey(claims: Pick<Claims, "issuer" | "jti">): string {
  return JSON.stringify([claims.issuer, claims.jti]);
}

/** One scope as it holds for a caller: at these ports (null: every port), by this arrangement. */
export interface Grant {
  scope: string;
  ports: string[] | null;
  arrangementId: string | null;
  /**
   * The registered documents (trusted-document ids) the granting arrangement is restricted to;
   * null or absent: any document. Internal callers' grants are never restricted.
   */
  documentIds?: string[] | null;
  /**
   * The directions of trade rows (cargo) the grant reaches: NORTHBOUND (US imports), SOUTHBOUND
   * (US exports into Mexico). Absent on a partner's grant: NORTHBOUND only, all an arrangement
   * covered before directions were kept; absent on an internal caller's: every direction
   * (docs/southbound.md).
   */
  directions?: string[] | null;
}

/** What a caller may see right now: verified claims, checked against the live arrangements. */
export interface Access {
  claims: Claims;
  effectiveScopes: string[];
  grants: Grant[];
  arrangementIds: string[];
}

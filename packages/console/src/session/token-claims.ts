/** What the console shows of its own token: read, never trusted (the gateway verifies it). */
export interface TokenClaims {
  subject: string;
  agency: string;
  expiresAt: Date;
}

export function readTokenClaims(token: string): TokenClaims | null {
  try {
    const payload = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const claims = JSON.parse(atob(payload)) as { sub?: string; agency?: string; exp?: number };
    if (typeof claims.exp !== "number") return null;
    return { subject: claims.sub ?? "", agency: claims.agency ?? "", expiresAt: new Date(claims.exp * 1000) };
  } catch {
    return null;
  }
}

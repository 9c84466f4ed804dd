import { type Request, type Response } from "express";
import { type CallerKind, DATA_SHARING_SCOPES, type Scope, type TokenIssuer, type TokenVerifier } from "@frontera/auth";
import { type AccessClient } from "@frontera/agreements-client";

/** Who one can sign in as with the development sign-in. */
export const CONSOLE_ROLES = ["cbp-officer", "anam-officer", "auditor", "arrangements-officer"] as const;
export type ConsoleRole = (typeof CONSOLE_ROLES)[number];

/** Short enough that a token left in a tab is soon worthless; an officer signs in again. */
export const DEV_TOKEN_TTL_SECONDS = 15 * 60;

const OFFICER_SCOPES: Scope[] = [
  "reference:read",
  "cargo:manifest:read",
  "cargo:commercial:read",
  "cargo:conveyance:read",
  "inspection:read",
  // A shipment's status tells of its holds too: filtering by it needs both.
  "hold:read",
  "traveller:identity:read",
  "traveller:document:read",
  "traveller:membership:read",
];

/**
 * What each role holds when its agency is internal. An auditor answers for disclosures
 * (audit:read) and must find the record first; whoever administers arrangements reads them and
 * writes them, nothing else. A partner agency's role holds what its arrangements grant instead.
 */
const ROLE_TERMS: Record<ConsoleRole, { agency: string; scopes: Scope[] }> = {
  "cbp-officer": { agency: "CBP", scopes: OFFICER_SCOPES },
  "anam-officer": { agency: "ANAM", scopes: OFFICER_SCOPES },
  auditor: {
    agency: "CBP",
    scopes: ["reference:read", "audit:read", "cargo:manifest:read", "traveller:identity:read"],
  },
  "arrangements-officer": { agency: "CBP", scopes: ["reference:read", "agreements:write"] },
};

export interface DevToken {
  token: string;
  expiresAt: string;
  agency: string;
  kind: CallerKind;
  scopes: string[];
}

/**
 * Mints a role's token as the token command would: an internal token with the role's scopes where
 * the role's agency is internal (INTERNAL_AGENCIES), else a partner token holding exactly what the
 * agency's active arrangements grant — an ANAM officer, by default, sees what CBP shares with
 * ANAM, where it shares it, and every answer to them is a logged disclosure. To learn what the
 * arrangements grant, a partner token asking for every shareable scope is verified and its access
 * read exactly as the gateway reads any caller's; it is never handed out and expires within a
 * minute.
 */
export async function mintRoleToken(
  role: ConsoleRole,
  parts: { issuer: TokenIssuer; verifier: TokenVerifier; access: AccessClient; internalAgencies: readonly string[] },
): Promise<DevToken | { refused: string }> {
  const { agency, scopes: internalScopes } = ROLE_TERMS[role];
  const kind: CallerKind = parts.internalAgencies.includes(agency) ? "internal" : "partner";
  let scopes: string[] = internalScopes;
  if (kind === "partner") {
    const probe = await parts.issuer.issue({
      subject: `console-dev:${role}:probe`,
      agency,
      kind,
      scopes: [...DATA_SHARING_SCOPES],
      ttlSeconds: 60,
    });
    ({ effectiveScopes: scopes } = await parts.access.accessOf(probe.token, await parts.verifier.verify(probe.token)));
    if (scopes.length === 0) return { refused: `${agency} has no active arrangement: it may see nothing` };
  }
  const minted = await parts.issuer.issue({
    subject: `console-dev:${role}`,
    agency,
    kind,
    scopes,
    ttlSeconds: DEV_TOKEN_TTL_SECONDS,
  });
  return { token: minted.token, expiresAt: minted.expiresAt.toISOString(), agency, kind, scopes };
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * Why this request may not sign in, or null. Beyond production (where the route does not
 * exist), a token is handed only to a browser on the gateway's own machine, asking from the
 * console's own origin: a page elsewhere cannot make the request (JSON needs a preflight the
 * gateway never grants) nor read its answer.
 */
export function devSignInRefusal(request: Request): { status: number; message: string } | null {
  if (!LOOPBACK.test(request.socket.remoteAddress ?? ""))
    return { status: 403, message: "the development sign-in answers this machine only" };
  if (!request.is("application/json")) return { status: 415, message: "send JSON" };
  const site = request.get("sec-fetch-site");
  if (site && site !== "same-origin") return { status: 403, message: "sign in from the console's own page" };
  return null;
}

export function isConsoleRole(value: unknown): value is ConsoleRole {
  return typeof value === "string" && (CONSOLE_ROLES as readonly string[]).includes(value);
}

export function refuse(response: Response, status: number, message: string): void {
  response.status(status).set("cache-control", "no-store").json({ error: message });
}

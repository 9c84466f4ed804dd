import { EnvError, type AuthEnv } from "@frontera/config";
import { z } from "zod";
import { type ConsoleOidc } from "./console-page";

/** The console's sign-in through OpenID Connect: read with the gateway's other variables. */
export const consoleEnvFields = {
  CONSOLE_OIDC_CLIENT_ID: z.string().min(1).optional(),
  CONSOLE_OIDC_ISSUER: z.string().min(1).optional(),
  CONSOLE_OIDC_SCOPE: z.string().min(1).default("openid"),
};

/**
 * The provider the console signs staff in with: CONSOLE_OIDC_ISSUER, or the only trusted issuer,
 * with the console's client id there. It must be one of TRUSTED_ISSUERS, since the gateway
 * verifies the access tokens the console brings back from it.
 */
export function consoleOidcFrom(
  env: { CONSOLE_OIDC_CLIENT_ID?: string; CONSOLE_OIDC_ISSUER?: string; CONSOLE_OIDC_SCOPE: string },
  trusted: AuthEnv["trustedIssuers"],
): ConsoleOidc | null {
  if (!env.CONSOLE_OIDC_CLIENT_ID) {
    if (env.CONSOLE_OIDC_ISSUER) throw new EnvError(["CONSOLE_OIDC_CLIENT_ID: required with CONSOLE_OIDC_ISSUER"]);
    return null;
  }
  const issuer = env.CONSOLE_OIDC_ISSUER ?? (trusted.length === 1 ? trusted[0].issuer : undefined);
  if (!issuer || !trusted.some((other) => other.issuer === issuer)) {
    throw new EnvError([
      "CONSOLE_OIDC_ISSUER: one of TRUSTED_ISSUERS (may be left out when TRUSTED_ISSUERS names exactly one)",
    ]);
  }
  return { issuer, clientId: env.CONSOLE_OIDC_CLIENT_ID, scope: env.CONSOLE_OIDC_SCOPE };
}

import express from "express";
import { type KeyStore, TokenIssuer, type TokenVerifier } from "@frontera/auth";
import { type AccessClient } from "@frontera/agreements-client";
import { createLogger } from "@frontera/service";
import { type ConsoleOidc, consoleAssetsDir, consoleContentSecurityPolicy, consolePage } from "./console-page";
import { CONSOLE_ROLES, devSignInRefusal, isConsoleRole, mintRoleToken, refuse } from "./dev-sign-in";

export interface ConsoleOptions {
  /** The local sign-in that mints short-lived tokens (default: unless NODE_ENV=production). */
  devSignIn?: boolean;
  /** Sign-in through the staff's OpenID Connect provider, one of TRUSTED_ISSUERS. */
  oidc?: ConsoleOidc | null;
}

export const CONSOLE_BASE = "/console";

/**
 * The officer console (packages/console, bundled at build time) at /console/: its assets, its one
 * page for every route under it, and — outside production — the development sign-in.
 */
export function mountConsole(
  app: express.Express,
  parts: {
    options: ConsoleOptions;
    endpoint: string;
    keys: KeyStore;
    issuer: string;
    verifier: TokenVerifier;
    access: AccessClient;
    internalAgencies: readonly string[];
  },
): void {
  const assets = consoleAssetsDir();
  const devSignIn = parts.options.devSignIn ?? process.env.NODE_ENV !== "production";
  const oidc = parts.options.oidc ?? null;
  const policy = consoleContentSecurityPolicy(oidc);
  const log = createLogger("gateway");

  // A missing asset is a 404, not the page.
  if (assets) app.use(`${CONSOLE_BASE}/assets`, express.static(assets, { maxAge: "1h", fallthrough: false }));

  if (devSignIn) {
    const minting = { ...parts, issuer: new TokenIssuer(parts.keys, parts.issuer) };
    app.post(`${CONSOLE_BASE}/dev-sign-in`, express.json({ limit: "1kb" }), async (request, response) => {
      const refusal = devSignInRefusal(request);
      if (refusal) return refuse(response, refusal.status, refusal.message);
      const role: unknown = request.body?.role;
      if (!isConsoleRole(role)) return refuse(response, 400, `role: one of ${CONSOLE_ROLES.join(", ")}`);
      try {
        const minted = await mintRoleToken(role, minting);
        if ("refused" in minted) return refuse(response, 403, minted.refused);
        log.info({ role, agency: minted.agency, kind: minted.kind }, "console development sign-in");
        response.set("cache-control", "no-store").json(minted);
      } catch {
        refuse(response, 503, "access rights cannot be checked right now; try again shortly");
      }
    });
  }

  app.get(`${CONSOLE_BASE}{/*route}`, (_request, response) => {
    if (!assets) {
      response.status(503).type("text/plain").send("The console is not built: run pnpm build");
      return;
    }
    const settings = {
      endpoint: parts.endpoint,
      base: CONSOLE_BASE,
      devSignIn: devSignIn ? { roles: CONSOLE_ROLES } : null,
      oidc,
    };
    response.set("content-security-policy", policy).set("cache-control", "no-cache");
    response.type("html").send(consolePage(settings, `${CONSOLE_BASE}/assets`));
  });
}

import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { type ConsoleRole } from "./dev-sign-in";

/** What the console's bundle reads from its page: where to ask, and how its users sign in. */
export interface ConsoleSettings {
  endpoint: string;
  /** The path the console is served under; its routes and assets hang below it. */
  base: string;
  /** The local development sign-in's roles, or null where it is refused (production). */
  devSignIn: { roles: readonly ConsoleRole[] } | null;
  /** The OpenID Connect provider staff sign in with, or null where none is configured. */
  oidc: ConsoleOidc | null;
}

export interface ConsoleOidc {
  /** One of TRUSTED_ISSUERS: the gateway verifies the access tokens it issues. */
  issuer: string;
  /** The console's client id at that issuer (a public client: authorization code with PKCE). */
  clientId: string;
  /** Scopes asked of the issuer, e.g. "openid". */
  scope: string;
}

/** Where the bundled console lies (packages/console, built by `pnpm build`), or null when it was not built. */
export function consoleAssetsDir(): string | null {
  const dir = join(dirname(require.resolve("@frontera/console/package.json")), "dist");
  return existsSync(join(dir, "console.js")) ? dir : null;
}

/**
 * Nothing runs inline and nothing comes from elsewhere; the only other origin the page may talk
 * to is the configured OpenID Connect provider (discovery and the token exchange are fetches).
 * Styles are the bundle's stylesheet alone: React and Chart.js set element styles through the DOM,
 * which a policy without 'unsafe-inline' allows.
 */
export function consoleContentSecurityPolicy(oidc: ConsoleOidc | null): string {
  const connect = ["'self'", ...(oidc ? [new URL(oidc.issuer).origin] : [])].join(" ");
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}

/**
 * The console's one page, whatever route under `base` is asked (the bundle routes in the
 * browser). Its settings are a JSON block, data and not code: `<` is escaped so nothing in it can
 * close the block.
 */
export function consolePage(settings: ConsoleSettings, assets: string): string {
  const json = JSON.stringify(settings).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Frontera console</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="stylesheet" href="${assets}/console.css">
</head><body>
<div id="frontera-console"></div>
<script type="application/json" id="frontera-console-settings">${json}</script>
<script src="${assets}/console.js" defer></script>
</body></html>`;
}

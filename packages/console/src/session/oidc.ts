import * as oauth from "oauth4webapi";
import { type ConsoleSettings } from "../settings";

type Oidc = NonNullable<ConsoleSettings["oidc"]>;

// Between leaving for the provider and coming back: the PKCE verifier, state and nonce of this
// one attempt, in this tab only.
const PENDING_KEY = "frontera.console.oidc";

interface Pending {
  codeVerifier: string;
  state: string;
  nonce: string;
  returnTo: string;
}

/**
 * Plain HTTP only to a provider on this machine (development and the tests); anywhere else
 * oauth4webapi's refusal of insecure requests stands.
 */
function requestOptions(issuer: URL) {
  const loopback = issuer.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(issuer.hostname);
  return loopback ? { [oauth.allowInsecureRequests]: true } : {};
}

async function discover(oidc: Oidc) {
  const issuer = new URL(oidc.issuer);
  const response = await oauth.discoveryRequest(issuer, { ...requestOptions(issuer), algorithm: "oidc" });
  return oauth.processDiscoveryResponse(issuer, response);
}

/** The console's own address: where the provider sends the officer back. */
function redirectUri(base: string): string {
  return `${location.origin}${base}/`;
}

/** Leaves for the provider's sign-in page: authorization code with PKCE (S256), state and nonce. */
export async function startOidcSignIn(oidc: Oidc, base: string): Promise<void> {
  const server = await discover(oidc);
  if (!server.authorization_endpoint) throw new Error("the provider names no authorization endpoint");
  const pending: Pending = {
    codeVerifier: oauth.generateRandomCodeVerifier(),
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    // Within the console (its router's paths are below `base`).
    returnTo: location.pathname.slice(base.length) + location.search || "/",
  };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(server.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: oidc.clientId,
    redirect_uri: redirectUri(base),
    response_type: "code",
    scope: oidc.scope,
    code_challenge: await oauth.calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: "S256",
    state: pending.state,
    nonce: pending.nonce,
  }).toString();
  location.assign(url);
}

/** Whether this page load is the provider sending the officer back. */
export function isOidcCallback(): boolean {
  const params = new URLSearchParams(location.search);
  return sessionStorage.getItem(PENDING_KEY) !== null && (params.has("code") || params.has("error"));
}

/**
 * Finishes the sign-in: checks the state, exchanges the code (with the PKCE verifier) for tokens,
 * checks the ID token's issuer, audience and nonce, and returns the access token — the one the
 * gateway verifies against TRUSTED_ISSUERS — with where to go back to.
 */
export async function finishOidcSignIn(oidc: Oidc, base: string): Promise<{ token: string; returnTo: string }> {
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? "null") as Pending | null;
  sessionStorage.removeItem(PENDING_KEY);
  if (!pending) throw new Error("no sign-in was under way");
  const server = await discover(oidc);
  const client: oauth.Client = { client_id: oidc.clientId };
  const params = oauth.validateAuthResponse(server, client, new URL(location.href), pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    server,
    client,
    oauth.None(),
    params,
    redirectUri(base),
    pending.codeVerifier,
    requestOptions(new URL(oidc.issuer)),
  );
  const result = await oauth.processAuthorizationCodeResponse(server, client, response, {
    expectedNonce: pending.nonce,
    requireIdToken: true,
  });
  return { token: result.access_token, returnTo: pending.returnTo };
}

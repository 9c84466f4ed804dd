import { createHash, randomUUID } from "node:crypto";
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { SignJWT, exportJWK, generateKeyPair } from "jose";

/**
 * A small OpenID Connect provider for tests: discovery, an authorization endpoint that signs in
 * one configured staff member at once (no login form), a token endpoint that checks the
 * authorization code, the redirect URI and the PKCE verifier (S256), and its JWKS. Its access
 * tokens carry Frontera's claims (agency, kind, scope) for the `audience` the gateway is told to
 * expect (TRUSTED_ISSUERS); its ID tokens carry the nonce it was given. CORS lets a browser page
 * of another origin (the console) call discovery and the token endpoint, as real providers do
 * for public clients.
 */
export interface TestOidcProvider {
  issuer: string;
  audience: string;
  clientId: string;
  jwksUrl: string;
  /** Where the provider may send the browser back to (the console's own address). */
  allowRedirect(uri: string): void;
  /** Token requests refused so far, with why: a wrong verifier, an unknown code… */
  refusals: string[];
  /** Codes exchanged for tokens so far. */
  exchanges: number;
  stop(): Promise<void>;
}

interface PendingCode {
  clientId: string;
  redirectUri: string;
  challenge: string;
  nonce: string | null;
}

export async function startOidcProvider(staff: {
  subject: string;
  agency: string;
  scopes: string[];
}): Promise<TestOidcProvider> {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const kid = randomUUID();
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  const codes = new Map<string, PendingCode>();
  const redirects = new Set<string>();
  const clientId = "frontera-console";
  const audience = "frontera-internal";
  const state = { refusals: [] as string[], exchanges: 0 };
  let issuer = "";

  const sign = (claims: Record<string, unknown>, subjectAudience: string, ttlSeconds: number) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid, typ: "JWT" })
      .setIssuer(issuer)
      .setAudience(subjectAudience)
      .setSubject(staff.subject)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .setJti(randomUUID())
      .sign(privateKey);

  const cors = (request: IncomingMessage, response: ServerResponse) => {
    if (request.headers.origin) {
      response.setHeader("access-control-allow-origin", request.headers.origin);
      response.setHeader("access-control-allow-headers", "content-type, authorization, dpop");
      response.setHeader("access-control-allow-methods", "GET, POST");
    }
  };
  const json = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
    response.end(JSON.stringify(body));
  };
  const refuse = (response: ServerResponse, reason: string) => {
    state.refusals.push(reason);
    json(response, 400, { error: "invalid_grant", error_description: reason });
  };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", issuer);
    cors(request, response);
    if (request.method === "OPTIONS") return void response.writeHead(204).end();

    if (url.pathname === "/.well-known/openid-configuration") {
      return json(response, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
        code_challenge_methods_supported: ["S256"],
        token_endpoint_auth_methods_supported: ["none"],
      });
    }
    if (url.pathname === "/jwks") return json(response, 200, { keys: [jwk] });

    if (url.pathname === "/authorize") {
      const redirectUri = url.searchParams.get("redirect_uri") ?? "";
      const challenge = url.searchParams.get("code_challenge");
      if (url.searchParams.get("client_id") !== clientId || !redirects.has(redirectUri)) {
        response.writeHead(400, { "content-type": "text/plain" }).end("unknown client or redirect URI");
        return;
      }
      const back = new URL(redirectUri);
      back.searchParams.set("state", url.searchParams.get("state") ?? "");
      if (!challenge || url.searchParams.get("code_challenge_method") !== "S256") {
        back.searchParams.set("error", "invalid_request");
      } else {
        const code = randomUUID();
        codes.set(code, { clientId, redirectUri, challenge, nonce: url.searchParams.get("nonce") });
        back.searchParams.set("code", code);
      }
      response.writeHead(302, { location: back.toString() }).end();
      return;
    }

    if (url.pathname === "/token" && request.method === "POST") {
      let body = "";
      for await (const chunk of request) body += chunk;
      const form = new URLSearchParams(body);
      const code = form.get("code") ?? "";
      const pending = codes.get(code);
      codes.delete(code); // a code serves once
      if (form.get("grant_type") !== "authorization_code" || !pending) return refuse(response, "unknown code");
      if (form.get("client_id") !== pending.clientId) return refuse(response, "another client's code");
      if (form.get("redirect_uri") !== pending.redirectUri) return refuse(response, "another redirect URI");
      const verifier = form.get("code_verifier") ?? "";
      if (createHash("sha256").update(verifier).digest("base64url") !== pending.challenge)
        return refuse(response, "the PKCE verifier does not match the challenge");
      state.exchanges++;
      const accessToken = await sign(
        { agency: staff.agency, kind: "internal", scope: staff.scopes.join(" ") },
        audience,
        900,
      );
      const idToken = await sign(pending.nonce ? { nonce: pending.nonce } : {}, pending.clientId, 900);
      return json(response, 200, {
        access_token: accessToken,
        id_token: idToken,
        token_type: "Bearer",
        expires_in: 900,
      });
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    audience,
    clientId,
    jwksUrl: `${issuer}/jwks`,
    allowRedirect: (uri) => void redirects.add(uri),
    get refusals() {
      return state.refusals;
    },
    get exchanges() {
      return state.exchanges;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

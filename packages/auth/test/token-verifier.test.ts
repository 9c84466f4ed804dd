import { createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SignJWT, exportJWK, generateKeyPair } from "jose";
import { KeyStore, TokenIssuer, TokenVerifier } from "../src";

const ISSUER = "https://frontera.test";
const POLICY = { internalAgencies: ["CBP"] };

async function ownKeys() {
  const keys = new KeyStore(join(mkdtempSync(join(tmpdir(), "frontera-auth-")), "keys.json"));
  await keys.ensure();
  return keys;
}

describe("TokenVerifier", () => {
  it("accepts Frontera's own tokens and reads their claims", async () => {
    const keys = await ownKeys();
    const { token, jti } = await new TokenIssuer(keys, ISSUER).issue({
      subject: "officer-1",
      agency: "CBP",
      kind: "internal",
      scopes: ["cargo:manifest:read", "risk:read"],
      ttlSeconds: 60,
    });
    const claims = await new TokenVerifier(keys, ISSUER, POLICY).verify(token);
    expect(claims).toMatchObject({
      subject: "officer-1",
      agency: "CBP",
      kind: "internal",
      jti,
      scopes: ["cargo:manifest:read", "risk:read"],
    });
  });

  it("keeps accepting a rotated-out key's tokens, and signs with the new one", async () => {
    const keys = await ownKeys();
    const issuer = new TokenIssuer(keys, ISSUER);
    const old = await issuer.issue({ subject: "s", agency: "CBP", kind: "internal", scopes: [], ttlSeconds: 60 });
    const kid = await keys.rotate();
    const fresh = await issuer.issue({ subject: "s", agency: "CBP", kind: "internal", scopes: [], ttlSeconds: 60 });
    const verifier = new TokenVerifier(keys, ISSUER, POLICY);

    await expect(verifier.verify(old.token)).resolves.toMatchObject({ subject: "s" });
    expect(JSON.parse(Buffer.from(fresh.token.split(".")[0], "base64url").toString()).kid).toBe(kid);
    expect(keys.publicJwks().keys).toHaveLength(2);
  });

  it("checks a remembered token again once the published keys change", async () => {
    const directory = mkdtempSync(join(tmpdir(), "frontera-auth-"));
    const keys = new KeyStore(join(directory, "keys.json"));
    await keys.ensure();
    const { token } = await new TokenIssuer(keys, ISSUER).issue({
      subject: "s",
      agency: "CBP",
      kind: "internal",
      scopes: [],
      ttlSeconds: 600,
    });
    const verifier = new TokenVerifier(keys, ISSUER, POLICY);
    await expect(verifier.verify(token)).resolves.toMatchObject({ subject: "s" });
    await expect(verifier.verify(token)).resolves.toMatchObject({ subject: "s" }); // remembered

    // the key file now holds only another key (the signing key was withdrawn)
    await new KeyStore(join(directory, "other.json")).ensure();
    copyFileSync(join(directory, "other.json"), join(directory, "keys.json"));
    const now = Date.now();
    const clock = jest.spyOn(Date, "now").mockReturnValue(now + 6_000); // past the store's re-read interval
    try {
      await expect(verifier.verify(token)).rejects.toThrow(/no applicable key|kid/i);
    } finally {
      clock.mockRestore();
    }
  });

  it("refuses a token naming its own key (jku / jwk headers) or an unknown kid", async () => {
    const keys = await ownKeys();
    const { privateKey, publicKey } = await generateKeyPair("EdDSA", { crv: "Ed25519" });
    const payload = { agency: "CBP", kind: "internal", scope: "risk:read" };
    const sign = (header: Record<string, unknown>) =>
      new SignJWT(payload)
        .setProtectedHeader({ alg: "EdDSA", ...header })
        .setIssuer(ISSUER)
        .setAudience("frontera")
        .setSubject("s")
        .setIssuedAt()
        .setExpirationTime("1m")
        .setJti("j-1")
        .sign(privateKey);
    const verifier = new TokenVerifier(keys, ISSUER, POLICY);

    await expect(verifier.verify(await sign({ kid: "x", jwk: await exportJWK(publicKey) }))).rejects.toThrow(
      /name their own key/,
    );
    await expect(verifier.verify(await sign({ kid: "x", jku: "https://evil.example/jwks" }))).rejects.toThrow(
      /name their own key/,
    );
    await expect(verifier.verify(await sign({ kid: "unknown" }))).rejects.toThrow();
  });

  it("trusts another issuer's internal tokens through its JWKS URL, and only internal ones", async () => {
    const { privateKey, publicKey } = await generateKeyPair("RS256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "idp-1", alg: "RS256", use: "sig" };
    const server = createServer((_request, response) => {
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
    try {
      const verifier = new TokenVerifier(await ownKeys(), ISSUER, {
        ...POLICY,
        trustedIssuers: [{ issuer: "https://idp.example", audience: "frontera-staff", jwksUrl }],
      });
      const idpToken = (kind: string) =>
        new SignJWT({ agency: "CBP", kind, scope: "cargo:manifest:read" })
          .setProtectedHeader({ alg: "RS256", kid: "idp-1" })
          .setIssuer("https://idp.example")
          .setAudience("frontera-staff")
          .setSubject("officer@cbp")
          .setIssuedAt()
          .setExpirationTime("5m")
          .setJti("idp-jti")
          .sign(privateKey);

      await expect(verifier.verify(await idpToken("internal"))).resolves.toMatchObject({
        subject: "officer@cbp",
        kind: "internal",
      });
      await expect(verifier.verify(await idpToken("partner"))).rejects.toThrow(/only issue internal tokens/);
    } finally {
      server.close();
    }
  });

  describe("lifetime, issue date and internal agencies", () => {
    const NOW = () => Math.floor(Date.now() / 1000);
    const DAY = 24 * 3600;

    /** A token signed with Frontera's own key, with whatever claims a forger holding it would pick. */
    async function ownToken(keys: KeyStore, claims: { iat: number; exp: number; agency?: string; kind?: string }) {
      const { kid, key } = await keys.signingKey();
      return new SignJWT({ agency: claims.agency ?? "CBP", kind: claims.kind ?? "internal", scope: "risk:read" })
        .setProtectedHeader({ alg: "EdDSA", kid })
        .setIssuer(ISSUER)
        .setAudience("frontera")
        .setSubject("s")
        .setIssuedAt(claims.iat)
        .setExpirationTime(claims.exp)
        .setJti(`j-${Math.random()}`)
        .sign(key);
    }

    it("refuses a token that lives longer than 24 hours, even one signed with Frontera's key", async () => {
      const keys = await ownKeys();
      const verifier = new TokenVerifier(keys, ISSUER, POLICY);
      const now = NOW();
      await expect(verifier.verify(await ownToken(keys, { iat: now, exp: now + 365 * DAY }))).rejects.toThrow(
        /at most 24 hours/,
      );
      await expect(verifier.verify(await ownToken(keys, { iat: now, exp: now + DAY + 1 }))).rejects.toThrow(
        /at most 24 hours/,
      );
      await expect(verifier.verify(await ownToken(keys, { iat: now, exp: now + DAY }))).resolves.toMatchObject({
        agency: "CBP",
      });
    });

    it("refuses a token issued in the future beyond the clock leeway", async () => {
      const keys = await ownKeys();
      const verifier = new TokenVerifier(keys, ISSUER, POLICY);
      const now = NOW();
      await expect(
        verifier.verify(await ownToken(keys, { iat: now + 30 * DAY, exp: now + 30 * DAY + 3600 })),
      ).rejects.toThrow(/issued in the future/);
      await expect(verifier.verify(await ownToken(keys, { iat: now + 120, exp: now + 3600 }))).rejects.toThrow(
        /issued in the future/,
      );
      // a few seconds of clock skew between machines is not an attack
      await expect(verifier.verify(await ownToken(keys, { iat: now + 5, exp: now + 3600 }))).resolves.toMatchObject({
        agency: "CBP",
      });
    });

    it("refuses an internal token of an agency not configured as internal; partner and service tokens pass", async () => {
      const keys = await ownKeys();
      const now = NOW();
      const verifier = new TokenVerifier(keys, ISSUER, POLICY);
      await expect(
        verifier.verify(await ownToken(keys, { iat: now, exp: now + 60, agency: "ANAM", kind: "internal" })),
      ).rejects.toThrow(/ANAM is not an internal agency/);
      await expect(
        verifier.verify(await ownToken(keys, { iat: now, exp: now + 60, agency: "ANAM", kind: "partner" })),
      ).resolves.toMatchObject({ agency: "ANAM", kind: "partner" });
      await expect(
        verifier.verify(await ownToken(keys, { iat: now, exp: now + 60, agency: "CBP", kind: "service" })),
      ).resolves.toMatchObject({ kind: "service" });

      const aphisInternal = new TokenVerifier(keys, ISSUER, { internalAgencies: ["CBP", "APHIS"] });
      await expect(
        aphisInternal.verify(await ownToken(keys, { iat: now, exp: now + 60, agency: "APHIS", kind: "internal" })),
      ).resolves.toMatchObject({ agency: "APHIS", kind: "internal" });
    });

    it("holds another issuer to the same lifetime, issue date and internal agencies", async () => {
      const { privateKey, publicKey } = await generateKeyPair("RS256");
      const jwk = { ...(await exportJWK(publicKey)), kid: "idp-1", alg: "RS256", use: "sig" };
      const server = createServer((_request, response) => {
        response.setHeader("content-type", "application/json");
        response.end(JSON.stringify({ keys: [jwk] }));
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
      try {
        const verifier = new TokenVerifier(await ownKeys(), ISSUER, {
          ...POLICY,
          trustedIssuers: [{ issuer: "https://idp.example", audience: "frontera-staff", jwksUrl }],
        });
        const now = NOW();
        const idpToken = (claims: { iat: number; exp: number; agency?: string }) =>
          new SignJWT({ agency: claims.agency ?? "CBP", kind: "internal", scope: "cargo:manifest:read" })
            .setProtectedHeader({ alg: "RS256", kid: "idp-1" })
            .setIssuer("https://idp.example")
            .setAudience("frontera-staff")
            .setSubject("officer@cbp")
            .setIssuedAt(claims.iat)
            .setExpirationTime(claims.exp)
            .setJti(`idp-${Math.random()}`)
            .sign(privateKey);

        await expect(verifier.verify(await idpToken({ iat: now, exp: now + 365 * DAY }))).rejects.toThrow(
          /at most 24 hours/,
        );
        await expect(verifier.verify(await idpToken({ iat: now + 30 * DAY, exp: now + 31 * DAY }))).rejects.toThrow(
          /issued in the future/,
        );
        await expect(verifier.verify(await idpToken({ iat: now, exp: now + 300, agency: "ANAM" }))).rejects.toThrow(
          /not an internal agency/,
        );
        await expect(verifier.verify(await idpToken({ iat: now, exp: now + 300 }))).resolves.toMatchObject({
          kind: "internal",
        });
      } finally {
        server.close();
      }
    });
  });
});

import { createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SignJWT, exportJWK, generateKeyPair } from "jose";
import { KeyStore, TokenIssuer, TokenVerifier } from "../src";

const ISSUER = "https://frontera.test";

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
    const claims = await new TokenVerifier(keys, ISSUER).verify(token);
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
    const verifier = new TokenVerifier(keys, ISSUER);

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
    const verifier = new TokenVerifier(keys, ISSUER);
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
    const verifier = new TokenVerifier(keys, ISSUER);

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
      const verifier = new TokenVerifier(await ownKeys(), ISSUER, [
        { issuer: "https://idp.example", audience: "frontera-staff", jwksUrl },
      ]);
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
});

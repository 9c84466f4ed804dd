import { createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { type Claims } from "@frontera/auth";
import { AccessClient } from "../src/access-client";

const claims = (issuer: string, jti: string): Claims => ({
  issuer,
  subject: "s",
  agency: "CBP",
  kind: "internal",
  scopes: [],
  jti,
  expiresAt: Math.floor(Date.now() / 1000) + 600,
});

describe("AccessClient", () => {
  it("keeps access per issuer and jti: another issuer's token with the same jti is asked about afresh", async () => {
    // The agreements subgraph answers each token with the scope its bearer value names, as the
    // schema spells scopes (enum names); the client hands them on in their OAuth form.
    const asked: string[] = [];
    const server = createServer((request, response) => {
      const token = (request.headers.authorization ?? "").replace(/^Bearer /, "");
      asked.push(token);
      response.setHeader("content-type", "application/json");
      response.end(
        JSON.stringify({
          data: { me: { effectiveScopes: [token], grants: [], arrangements: [] } },
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const client = new AccessClient(
        `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
        "a-test-secret-of-at-least-32-characters",
      );
      const own = await client.accessOf("CARGO_MANIFEST_READ", claims("https://frontera.test", "same-jti"));
      const other = await client.accessOf("AUDIT_READ", claims("https://idp.example", "same-jti"));
      const ownAgain = await client.accessOf("CARGO_MANIFEST_READ", claims("https://frontera.test", "same-jti"));

      expect(own.effectiveScopes).toEqual(["cargo:manifest:read"]);
      expect(other.effectiveScopes).toEqual(["audit:read"]);
      expect(ownAgain.effectiveScopes).toEqual(["cargo:manifest:read"]);
      expect(asked).toEqual(["CARGO_MANIFEST_READ", "AUDIT_READ"]); // the third answer came from the cache
    } finally {
      server.close();
    }
  });
});

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
    // The agreements subgraph answers each token with the scopes it carries (the bearer's value).
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
      const own = await client.accessOf("own-token", claims("https://frontera.test", "same-jti"));
      const other = await client.accessOf("idp-token", claims("https://idp.example", "same-jti"));
      const ownAgain = await client.accessOf("own-token", claims("https://frontera.test", "same-jti"));

      expect(own.effectiveScopes).toEqual(["own-token"]);
      expect(other.effectiveScopes).toEqual(["idp-token"]);
      expect(ownAgain.effectiveScopes).toEqual(["own-token"]);
      expect(asked).toEqual(["own-token", "idp-token"]); // the third answer came from the cache
    } finally {
      server.close();
    }
  });
});

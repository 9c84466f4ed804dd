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

  it("asks once for the requests of one token that miss together, and again once that answer is gone", async () => {
    // Agreements holds every lookup until released, so that all twenty requests miss at once.
    const asked: string[] = [];
    const held: Array<() => void> = [];
    let failNext = false;
    const server = createServer((request, response) => {
      const token = (request.headers.authorization ?? "").replace(/^Bearer /, "");
      asked.push(token);
      held.push(() => {
        response.setHeader("content-type", "application/json");
        response.statusCode = failNext ? 500 : 200;
        response.end(failNext ? "{}" : JSON.stringify({ data: { me: { effectiveScopes: [token], grants: [] } } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const release = async (count: number) => {
      while (held.length < count) await new Promise((resolve) => setTimeout(resolve, 5));
      held.splice(0).forEach((answer) => answer());
    };
    try {
      const client = new AccessClient(
        `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
        "a-test-secret-of-at-least-32-characters",
      );
      const partner = claims("https://frontera.test", "partner-jti");
      const other = claims("https://frontera.test", "other-jti");
      const together = [
        ...Array.from({ length: 20 }, () => client.accessOf("CARGO_MANIFEST_READ", partner)),
        client.accessOf("AUDIT_READ", other),
      ];
      await release(2);
      const answers = await Promise.all(together);
      expect(asked.sort()).toEqual(["AUDIT_READ", "CARGO_MANIFEST_READ"]);
      expect(new Set(answers.slice(0, 20).map((access) => access.effectiveScopes.join()))).toEqual(
        new Set(["cargo:manifest:read"]),
      );
      expect(answers[20].effectiveScopes).toEqual(["audit:read"]);

      // A failed lookup fails every request that shared it, and is not kept: the next one asks again.
      asked.length = 0;
      failNext = true;
      const third = claims("https://frontera.test", "third-jti");
      const failing = Array.from({ length: 5 }, () => client.accessOf("HOLD_READ", third));
      await release(1);
      const outcomes = await Promise.allSettled(failing);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(Array(5).fill("rejected"));
      failNext = false;
      const retried = client.accessOf("HOLD_READ", third);
      await release(1);
      expect((await retried).effectiveScopes).toEqual(["hold:read"]);
      expect(asked).toEqual(["HOLD_READ", "HOLD_READ"]);
    } finally {
      server.close();
    }
  });
});

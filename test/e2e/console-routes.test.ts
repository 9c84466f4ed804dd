import { type TestGraph } from "@frontera/testing";
import { type RunningService } from "@frontera/service";
import { startGatewayReplica, startWholeGraph } from "../support/whole-graph";

// The officer console's routes at the gateway: its page and assets, and the development sign-in
// with its roles — refused where NODE_ENV=production. The console itself is tested in a browser
// (test/browser/console.test.ts).

let graph: TestGraph;
let origin: string;

beforeAll(async () => {
  graph = await startWholeGraph();
  origin = new URL(graph.gatewayUrl).origin;
});

afterAll(() => graph?.stop());

const signIn = (role: unknown, headers: Record<string, string> = { "content-type": "application/json" }) =>
  fetch(`${origin}/console/dev-sign-in`, { method: "POST", headers, body: JSON.stringify({ role }) });

interface Me {
  me: { subject: string; kind: string; agency: { code: string }; effectiveScopes: string[] };
}
const ME = `{ me { subject kind agency { code } effectiveScopes } }`;

describe("the console page", () => {
  it("is served at /console/ and under it, with its policy and the sign-in it offers", async () => {
    for (const path of ["/console", "/console/", "/console/shipment/ABCD1234"]) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/text\/html/);
      const policy = response.headers.get("content-security-policy")!;
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toContain("unsafe-inline");
      const html = await response.text();
      expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?https?:/i);
      const settings = JSON.parse(/id="frontera-console-settings">([^<]*)</.exec(html)![1]);
      expect(settings).toMatchObject({ endpoint: "/graphql", base: "/console", oidc: null });
      expect(settings.devSignIn.roles).toEqual(["cbp-officer", "anam-officer", "auditor", "arrangements-officer"]);
    }
  });

  it("serves its bundle, and a missing asset is a 404, not the page", async () => {
    const bundle = await fetch(`${origin}/console/assets/console.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get("content-type")).toMatch(/javascript/);
    expect((await fetch(`${origin}/console/assets/missing.js`)).status).toBe(404);
  });
});

describe("the development sign-in", () => {
  it("mints a 15-minute internal token for a CBP officer, which the gateway accepts", async () => {
    const response = await signIn("cbp-officer");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const { token, kind, agency } = (await response.json()) as { token: string; kind: string; agency: string };
    expect({ kind, agency }).toEqual({ kind: "internal", agency: "CBP" });
    const claims = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString());
    expect(claims.exp - claims.iat).toBe(15 * 60);
    const { body } = await graph.query<Me>(ME, {}, token);
    expect(body.data!.me).toMatchObject({ subject: "console-dev:cbp-officer", kind: "INTERNAL" });
    expect(body.data!.me.effectiveScopes).toContain("INSPECTION_READ");
    expect(body.data!.me.effectiveScopes).not.toContain("AUDIT_READ");
    expect(body.data!.me.effectiveScopes).not.toContain("AGREEMENTS_WRITE");
  });

  it("gives an auditor audit:read and an arrangements officer agreements:write, each nothing of the other", async () => {
    const scopesOf = async (role: string) => {
      const { token } = (await (await signIn(role)).json()) as { token: string };
      return (await graph.query<Me>(ME, {}, token)).body.data!.me.effectiveScopes;
    };
    const auditor = await scopesOf("auditor");
    expect(auditor).toContain("AUDIT_READ");
    expect(auditor).not.toContain("AGREEMENTS_WRITE");
    const arrangements = await scopesOf("arrangements-officer");
    expect(arrangements).toEqual(["REFERENCE_READ", "AGREEMENTS_WRITE"]);
  });

  it("makes an ANAM officer a partner holding exactly what ANAM's active arrangements grant", async () => {
    const { token, kind, scopes } = (await (await signIn("anam-officer")).json()) as {
      token: string;
      kind: string;
      scopes: string[];
    };
    expect(kind).toBe("partner");
    const granted = await graph.query<{ arrangements: Array<{ scopes: string[] }> }>(
      `{ arrangements(filter: { recipientCode: "ANAM", status: ACTIVE }) { scopes } }`,
    );
    const union = [...new Set(granted.body.data!.arrangements.flatMap((arrangement) => arrangement.scopes))];
    const { body } = await graph.query<Me>(ME, {}, token);
    expect(body.data!.me.kind).toBe("PARTNER");
    expect([...body.data!.me.effectiveScopes].sort()).toEqual(union.sort());
    expect(scopes.length).toBe(union.length);
  });

  it("refuses an unknown role, and anything but JSON", async () => {
    expect((await signIn("root")).status).toBe(400);
    expect((await signIn(undefined)).status).toBe(400);
    expect((await signIn("cbp-officer", { "content-type": "text/plain" })).status).toBe(415);
    expect(
      (await signIn("cbp-officer", { "content-type": "application/json", "sec-fetch-site": "cross-site" })).status,
    ).toBe(403);
  });

  it("does not exist where NODE_ENV=production, and the page offers no such sign-in there", async () => {
    const before = process.env.NODE_ENV;
    let production: RunningService;
    process.env.NODE_ENV = "production";
    try {
      production = await startGatewayReplica(graph);
    } finally {
      process.env.NODE_ENV = before;
    }
    try {
      const base = new URL(production.url).origin;
      const refused = await fetch(`${base}/console/dev-sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ role: "cbp-officer" }),
      });
      expect(refused.status).toBe(404);
      expect(await refused.text()).not.toMatch(/eyJ/);
      const html = await (await fetch(`${base}/console/`)).text();
      const settings = JSON.parse(/id="frontera-console-settings">([^<]*)</.exec(html)![1]);
      expect(settings.devSignIn).toBeNull();
    } finally {
      await production.stop();
    }
  });
});

import { type Request } from "express";
import { EnvError } from "@frontera/config";
import { consoleOidcFrom } from "../../../src/console/console-env";
import { consoleContentSecurityPolicy, consolePage } from "../../../src/console/console-page";
import { devSignInRefusal } from "../../../src/console/dev-sign-in";
import { parseGatewayEnv } from "../../../src/env";

const provider = {
  issuer: "https://login.agency.example/realms/staff",
  audience: "frontera",
  jwksUrl: "https://login.agency.example/jwks",
};

describe("the console's OpenID Connect settings", () => {
  it("are off without a client id", () => {
    expect(consoleOidcFrom({ CONSOLE_OIDC_SCOPE: "openid" }, [provider])).toBeNull();
  });

  it("default to the only trusted issuer", () => {
    expect(consoleOidcFrom({ CONSOLE_OIDC_CLIENT_ID: "console", CONSOLE_OIDC_SCOPE: "openid" }, [provider])).toEqual({
      issuer: provider.issuer,
      clientId: "console",
      scope: "openid",
    });
  });

  it("refuse an issuer the gateway does not trust, or none chosen among several", () => {
    const other = { ...provider, issuer: "https://other.example" };
    expect(() =>
      consoleOidcFrom(
        {
          CONSOLE_OIDC_CLIENT_ID: "console",
          CONSOLE_OIDC_ISSUER: "https://elsewhere.example",
          CONSOLE_OIDC_SCOPE: "openid",
        },
        [provider],
      ),
    ).toThrow(EnvError);
    expect(() =>
      consoleOidcFrom({ CONSOLE_OIDC_CLIENT_ID: "console", CONSOLE_OIDC_SCOPE: "openid" }, [provider, other]),
    ).toThrow(EnvError);
    expect(() => consoleOidcFrom({ CONSOLE_OIDC_CLIENT_ID: "console", CONSOLE_OIDC_SCOPE: "openid" }, [])).toThrow(
      EnvError,
    );
  });

  it("refuse an issuer without the console's client id", () => {
    expect(() =>
      consoleOidcFrom({ CONSOLE_OIDC_ISSUER: provider.issuer, CONSOLE_OIDC_SCOPE: "openid" }, [provider]),
    ).toThrow(/CONSOLE_OIDC_CLIENT_ID/);
  });
});

describe("the gateway's environment", () => {
  it("gives the console its OpenID Connect sign-in from TRUSTED_ISSUERS and CONSOLE_OIDC_*", () => {
    const env = { TRUSTED_ISSUERS: JSON.stringify([provider]), CONSOLE_OIDC_CLIENT_ID: "console" };
    expect(parseGatewayEnv(env).console).toEqual({
      oidc: { issuer: provider.issuer, clientId: "console", scope: "openid" },
    });
    expect(parseGatewayEnv({}).console).toEqual({ oidc: null });
    expect(() => parseGatewayEnv({ ...env, CONSOLE_OIDC_ISSUER: "https://elsewhere.example" })).toThrow(EnvError);
  });
});

describe("the console page", () => {
  it("allows no inline script or style and no other origin, but the provider's for its fetches", () => {
    const closed = consoleContentSecurityPolicy(null);
    expect(closed).toContain("script-src 'self'");
    expect(closed).toContain("style-src 'self'");
    expect(closed).toContain("connect-src 'self';");
    expect(closed).not.toContain("unsafe-inline");
    expect(closed).toContain("frame-ancestors 'none'");

    const withProvider = consoleContentSecurityPolicy({ issuer: provider.issuer, clientId: "c", scope: "openid" });
    expect(withProvider).toContain("connect-src 'self' https://login.agency.example;");
    expect(withProvider).toContain("script-src 'self';");
  });

  it("writes its settings as data nothing in them can break out of", () => {
    const html = consolePage(
      {
        endpoint: "/graphql",
        base: "/console",
        devSignIn: null,
        oidc: { issuer: "https://x.example/</script><script>alert(1)", clientId: "c", scope: "openid" },
      },
      "/console/assets",
    );
    expect(html).not.toContain("</script><script>alert(1)");
    expect(html.match(/<script/g)).toHaveLength(2); // the settings block and the bundle
  });
});

describe("the development sign-in", () => {
  const request = (remoteAddress: string, headers: Record<string, string> = {}) =>
    ({
      socket: { remoteAddress },
      is: (type: string) => (headers["content-type"] === type ? type : false),
      get: (name: string) => headers[name],
    }) as unknown as Request;
  const json = { "content-type": "application/json" };

  it("answers a JSON request of the console's own page on this machine", () => {
    expect(devSignInRefusal(request("127.0.0.1", { ...json, "sec-fetch-site": "same-origin" }))).toBeNull();
    expect(devSignInRefusal(request("::1", json))).toBeNull();
    expect(devSignInRefusal(request("::ffff:127.0.0.1", json))).toBeNull();
  });

  it("refuses another machine, another site's page, and anything but JSON", () => {
    expect(devSignInRefusal(request("192.0.2.7", json))?.status).toBe(403);
    expect(devSignInRefusal(request("::ffff:192.0.2.7", json))?.status).toBe(403);
    expect(devSignInRefusal(request("127.0.0.1", { ...json, "sec-fetch-site": "cross-site" }))?.status).toBe(403);
    expect(devSignInRefusal(request("127.0.0.1", { "content-type": "text/plain" }))?.status).toBe(415);
  });
});

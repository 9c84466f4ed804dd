import { EventEmitter } from "node:events";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Access, KeyStore, TokenIssuer, TokenVerifier } from "@frontera/auth";
import { type AccessClient } from "@frontera/agreements-client";
import { type Request, type Response } from "express";
import { gatewayContext } from "../../../src/auth/gateway-context";
import { concurrencyLimiter } from "../../../src/limits/concurrency-limit";
import { rateLimiter } from "../../../src/limits/rate-limit";
import { createGatewayMetrics } from "../../../src/telemetry/gateway-metrics";
import { partnerAccess } from "../partner-access";

const ISSUER = "https://frontera.test";

async function setUp({ perToken = 100, inFlight = 8 } = {}) {
  const keys = new KeyStore(join(mkdtempSync(join(tmpdir(), "frontera-gateway-")), "keys.json"));
  await keys.ensure();
  const issuer = new TokenIssuer(keys, ISSUER);
  const metrics = createGatewayMetrics();
  const asked: string[] = [];
  // Agreements' answer, as the access client would bring it back.
  const access = {
    accessOf: async (token: string): Promise<Access> => {
      asked.push(token);
      return partnerAccess(["cargo:manifest:read"]);
    },
  } as unknown as AccessClient;
  const context = gatewayContext({
    verifier: new TokenVerifier(keys, ISSUER, { internalAgencies: ["CBP"] }),
    rateLimit: rateLimiter({ perToken, perAgency: 1000 }, () => undefined),
    concurrency: concurrencyLimiter(inFlight),
    access,
    metrics,
  });
  const token = async () =>
    (await issuer.issue({ subject: "analyst", agency: "ANAM", kind: "partner", scopes: [], ttlSeconds: 600 })).token;
  const refusals = async (reason: string) =>
    (await metrics.refusals.get()).values.find((value) => value.labels.reason === reason)?.value ?? 0;
  return { context, token, refusals, asked };
}

/** An express request and response as far as the context reads them. */
function exchange(authorization?: string) {
  const response = Object.assign(new EventEmitter(), {
    locals: { requestId: "request-1" } as Record<string, unknown>,
    closed: false,
    writableFinished: false,
  });
  return {
    request: { headers: { authorization } } as Request,
    response: response as unknown as Response,
    emitter: response,
  };
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: { extensions?: { code?: string } }) => error.extensions?.code,
  );

describe("the context of a /graphql request", () => {
  it("holds the verified caller's token, access and request id", async () => {
    const { context, token, asked } = await setUp();
    const bearer = await token();
    const { request, response } = exchange(`Bearer ${bearer}`);
    const made = await context(request, response);
    expect(made).toMatchObject({ token: bearer, requestId: "request-1", document: null });
    expect(made.access.effectiveScopes).toEqual(["cargo:manifest:read"]);
    expect(asked).toEqual([bearer]);
    expect(response.locals).toMatchObject({ agency: "ANAM", kind: "partner" });
  });

  it("refuses a request without a valid bearer token with 401, counted, before access is asked", async () => {
    const { context, refusals, asked } = await setUp();
    for (const authorization of [undefined, "Bearer not.a.token", "Basic abc"]) {
      const { request, response } = exchange(authorization);
      expect(await codeOf(context(request, response))).toBe("UNAUTHENTICATED");
    }
    expect(await refusals("unauthenticated")).toBe(3);
    expect(asked).toEqual([]);
  });

  it("refuses a token past its budget with 429, counted", async () => {
    const { context, token, refusals } = await setUp({ perToken: 1 });
    const bearer = await token();
    const [first, second] = [exchange(`Bearer ${bearer}`), exchange(`Bearer ${bearer}`)];
    expect(await codeOf(context(first.request, first.response))).toBe("ok");
    expect(await codeOf(context(second.request, second.response))).toBe("RATE_LIMITED");
    expect(await refusals("rate_limited")).toBe(1);
  });

  it("holds a slot of the token's requests in flight until the response closes", async () => {
    const { context, token } = await setUp({ inFlight: 1 });
    const bearer = await token();
    const first = exchange(`Bearer ${bearer}`);
    await context(first.request, first.response);
    const second = exchange(`Bearer ${bearer}`);
    expect(await codeOf(context(second.request, second.response))).toBe("RATE_LIMITED");
    first.emitter.emit("close");
    const third = exchange(`Bearer ${bearer}`);
    expect(await codeOf(context(third.request, third.response))).toBe("ok");
  });

  it("aborts the request's signal when its client hangs up before the answer", async () => {
    const { context, token } = await setUp();
    const { request, response, emitter } = exchange(`Bearer ${await token()}`);
    const made = await context(request, response);
    expect(made.clientGone?.aborted).toBe(false);
    emitter.emit("close");
    expect(made.clientGone?.aborted).toBe(true);
  });
});

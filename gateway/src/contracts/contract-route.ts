import { type TokenVerifier } from "@frontera/auth";
import { type AccessClient } from "@frontera/agreements-client";
import { type Request, type Response } from "express";
import { GraphQLError, printSchema } from "graphql";
import { verifiedCaller } from "../auth/gateway-context";
import { type rateLimiter } from "../limits/rate-limit";
import { type ContractSchemas } from "./contract-schema";

interface ContractRouteOptions {
  verifier: TokenVerifier;
  rateLimit: ReturnType<typeof rateLimiter>;
  access: AccessClient;
  contracts: ContractSchemas;
}

/** GET /schema.graphql: the caller's contract as SDL, what its token can read (contract-schema.ts). */
export function contractRoute({ verifier, rateLimit, access, contracts }: ContractRouteOptions) {
  return async (request: Request, response: Response) => {
    try {
      const { token, claims } = await verifiedCaller(verifier, request.headers.authorization);
      await rateLimit.consume(claims);
      const { effectiveScopes } = await access.accessOf(token, claims);
      response.type("text/plain").set("cache-control", "private, no-store");
      response.send(printSchema(contracts.of(effectiveScopes)));
    } catch (error) {
      const code = error instanceof GraphQLError ? error.extensions.code : undefined;
      const refused = code === "UNAUTHENTICATED";
      const status = refused ? 401 : code === "RATE_LIMITED" ? 429 : 503;
      response
        .status(status)
        .type("text/plain")
        .send(refused ? "a valid bearer token is needed" : String(code ?? "unavailable"));
    }
  };
}

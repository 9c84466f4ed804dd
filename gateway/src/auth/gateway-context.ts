import { type Access, type Claims, InvalidTokenError, type TokenVerifier } from "@frontera/auth";
import { type RegisteredDocument } from "@frontera/operations";
import { type AccessClient } from "@frontera/agreements-client";
import { bearerToken, unauthenticated } from "@frontera/service";
import { type Request, type Response } from "express";
import { GraphQLError } from "graphql";
import { type concurrencyLimiter } from "../limits/concurrency-limit";
import { type rateLimiter } from "../limits/rate-limit";
import { type GatewayMetrics } from "../telemetry/gateway-metrics";
import { DOCUMENT_LOCAL } from "../trusted-documents/document-requests";
import { clientGoneSignal } from "../transport/client-gone-signal";

export interface GatewayContext {
  token: string;
  access: Access;
  /** Passed to the subgraphs, returned to the client, in every log line of the request. */
  requestId: string;
  /** Aborted when the client hangs up before its answer is sent: its subgraph fetches stop too. */
  clientGone?: AbortSignal;
  /** The registered document the request is (trusted documents), or null for any other text. */
  document: RegisteredDocument | null;
}

/** The verified claims of an Authorization header's bearer token; 401 (UNAUTHENTICATED) otherwise. */
export async function verifiedCaller(
  verifier: TokenVerifier,
  authorization: string | undefined,
): Promise<{ token: string; claims: Claims }> {
  const token = bearerToken(authorization);
  if (!token) throw unauthenticated("send a bearer token");
  try {
    return { token, claims: await verifier.verify(token) };
  } catch (error) {
    throw error instanceof InvalidTokenError ? unauthenticated(error.message) : error;
  }
}

export interface CallerChecks {
  verifier: TokenVerifier;
  rateLimit: ReturnType<typeof rateLimiter>;
  concurrency: ReturnType<typeof concurrencyLimiter>;
  access: AccessClient;
  metrics: GatewayMetrics;
}

/**
 * The context of every /graphql request. Nothing runs for a caller that does not prove who it is
 * (401 before any planning), nor beyond its rate (429) or its requests in flight (429); then its
 * access is asked of agreements.
 */
export function gatewayContext({ verifier, rateLimit, concurrency, access, metrics }: CallerChecks) {
  return async (request: Request, response: Response): Promise<GatewayContext> => {
    try {
      const { token, claims } = await verifiedCaller(verifier, request.headers.authorization);
      response.locals.agency = claims.agency;
      response.locals.kind = claims.kind;
      await rateLimit.consume(claims);
      // Freed when the response is over: sent, failed, or its client gone ("close" comes in each case).
      const release = concurrency.acquire(claims.jti);
      if (response.closed) release();
      else response.once("close", release);
      return {
        token,
        access: await access.accessOf(token, claims),
        requestId: response.locals.requestId as string,
        clientGone: clientGoneSignal(response),
        document: (response.locals[DOCUMENT_LOCAL] as GatewayContext["document"] | undefined) ?? null,
      };
    } catch (error) {
      const code = error instanceof GraphQLError ? error.extensions.code : undefined;
      if (code === "UNAUTHENTICATED") metrics.refusals.inc({ reason: "unauthenticated" });
      if (code === "RATE_LIMITED") metrics.refusals.inc({ reason: "rate_limited" });
      throw error;
    }
  };
}

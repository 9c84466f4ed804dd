import { type Access, AccessPolicy, computeAccess } from "@frontera/auth";
import { BusinessErrors } from "@frontera/federation";
import {
  DEFAULT_BODY_LIMIT_BYTES,
  RAW_BODY_SIGNATURE_HEADER,
  hasValidRawBodySignature,
  isBodyReadError,
  logUnexpectedError,
  readRawBody,
  requestLog,
} from "@frontera/service";
import { type SubgraphRouteTools, type SubgraphRuntime } from "@frontera/subgraph";
import { type Express, type Request, type Response } from "express";
import { Counter } from "prom-client";
import { assertCallerStanding, callerStandingCondition, callerStandingStatement } from "../access/resolve-access";
import { appendDisclosures } from "./append-disclosures";
import { type AppendPrecondition } from "./disclosure-append";
import { disclosuresOfBody } from "./disclosure-write-body";

/** What the gateway's signature of a write covers besides its body (see raw-body-signature). */
export const DISCLOSURES_ROUTE = "POST /disclosures";

/** The scope a caller must hold to append to the log: the gateway's own service token holds it. */
const RECORD_SCOPE = "disclosures:record";

/** A request refused: its status and the one error of its answer. */
class Refusal {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {}
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * `POST /disclosures`: how the gateway records a partner's answers before it sends them, without
 * GraphQL on the way (docs/security-model.md, "How the gateway records a disclosure"). In order,
 * nothing parsed before the signature allows it, nothing stored before the caller is checked:
 *
 * 1. the body, at most as large as /graphql takes (413 PAYLOAD_TOO_LARGE);
 * 2. its signature: HMAC-SHA256 of the bytes received, with the subgraphs' upstream secret, in
 *    `x-frontera-signature`, checked before the body is parsed (401 UNAUTHENTICATED);
 * 3. the bearer token, checked as on /graphql: verified (401 UNAUTHENTICATED), holding
 *    `disclosures:record` (403 FORBIDDEN), not revoked and of an agency Frontera knows (401,
 *    read in the append's first round trip, or before any refusal: a caller in bad standing
 *    always hears 401);
 * 4. the body as UTF-8 JSON (400 BAD_REQUEST), of the shape of disclosure-write-body.ts, then
 *    the checks every write gets (append-disclosures.ts): 400 BAD_USER_INPUT naming each field;
 * 5. the append, chained, in one transaction whose first round trip also reads the caller's
 *    standing: 200 `{"ids":[…]}` in input order once committed, or 503 SERVICE_UNAVAILABLE, with
 *    nothing stored and the cause only in the log.
 *
 * Every answer but 200 leaves nothing stored, and the gateway withholds the partner's answer.
 */
export function disclosureRoutes(app: Express, runtime: SubgraphRuntime, tools: SubgraphRouteTools): void {
  const writes = new Counter({
    name: "frontera_disclosure_writes_total",
    help: "Writes to the disclosure log through POST /disclosures, by outcome (ok or the refusal's code)",
    labelNames: ["outcome"],
    registers: [tools.registry],
  });
  app.post(
    "/disclosures",
    requestLog(tools.logger, { acceptIncomingId: true }),
    async (request: Request, response: Response) => {
      try {
        const ids = await recordWrite(request, response, runtime, tools);
        writes.inc({ outcome: "ok" });
        response.status(200).json({ ids });
      } catch (error) {
        const refusal = error instanceof Refusal ? error : unavailable(error, response, tools);
        writes.inc({ outcome: refusal.code.toLowerCase() });
        if (refusal.status === 401) response.set("www-authenticate", "Bearer");
        response.status(refusal.status).json({
          errors: [{ message: refusal.message, extensions: { code: refusal.code, ...refusal.extensions } }],
        });
      }
    },
  );
}

async function recordWrite(
  request: Request,
  response: Response,
  runtime: SubgraphRuntime,
  { authenticate, verifyCaller }: SubgraphRouteTools,
): Promise<string[]> {
  const body = await readRawBody(request, response, DEFAULT_BODY_LIMIT_BYTES).catch((error: unknown) => {
    throw isBodyReadError(error) ? new Refusal(error.status, error.code, error.message) : error;
  });
  if (
    !hasValidRawBodySignature(
      runtime.upstreamSecret,
      DISCLOSURES_ROUTE,
      body,
      request.headers[RAW_BODY_SIGNATURE_HEADER],
    )
  ) {
    throw new Refusal(
      401,
      "UNAUTHENTICATED",
      `not authenticated: a write to the disclosure log must carry ${RAW_BODY_SIGNATURE_HEADER}, the signature of its body`,
    );
  }
  const caller = await callerOf(request, response, runtime, authenticate, verifyCaller);
  // Any refusal from here on is preceded by the standing check, so that a caller who may not
  // write at all hears 401, whatever else is wrong with its write.
  const refuse = async (refusal: Refusal): Promise<never> => {
    if (caller.standing) await standingAlone(runtime, caller.standing);
    throw refusal;
  };
  if (!new AccessPolicy(caller.access).holdsAnywhere([RECORD_SCOPE])) {
    return refuse(
      new Refusal(403, "FORBIDDEN", `needs the scope ${RECORD_SCOPE} (the gateway's own service token)`, {
        requiredScopes: [RECORD_SCOPE],
      }),
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(strictUtf8.decode(body));
  } catch {
    return refuse(new Refusal(400, "BAD_REQUEST", "the request body is not valid JSON"));
  }
  const write = disclosuresOfBody(parsed);
  if ("refused" in write) return refuse(asRefusal(write.refused));
  return appendDisclosures(runtime.dataSource, write.disclosures, "disclosures", caller.standing).catch(
    (error: unknown) => {
      if (error instanceof BusinessErrors) return refuse(asRefusal(error));
      throw asUnauthenticated(error);
    },
  );
}

interface Caller {
  access: Access;
  /** The standing check still to make (in the append's first round trip), or undefined when made. */
  standing?: AppendPrecondition;
}

/**
 * The caller, checked as on /graphql. For a token that is not a partner's (the gateway's service
 * token), what it may do follows from its verified claims alone, and the one read of a table — its
 * agency known, the token not revoked — is left to the append's first round trip: a write costs
 * no round trip for it (docs/performance.md, "The caller's standing in the append"). A partner's
 * access depends on its arrangements and is resolved at once.
 */
async function callerOf(
  request: Request,
  response: Response,
  runtime: SubgraphRuntime,
  authenticate: SubgraphRouteTools["authenticate"],
  verifyCaller: SubgraphRouteTools["verifyCaller"],
): Promise<Caller> {
  try {
    const claims = await verifyCaller(request, response);
    if (claims.kind === "partner") return { access: await authenticate(request, response) };
    return {
      access: computeAccess(claims, []),
      standing: {
        statement: callerStandingStatement(runtime.dataSource, claims),
        holds: (rows) => assertCallerStanding(claims, rows),
        condition: callerStandingCondition(runtime.dataSource, claims),
      },
    };
  } catch (error) {
    throw asUnauthenticated(error);
  }
}

/** The standing check on its own, before a refusal (its UNAUTHENTICATED becomes the answer). */
async function standingAlone(runtime: SubgraphRuntime, standing: AppendPrecondition): Promise<void> {
  try {
    standing.holds(await runtime.dataSource.query(standing.statement.sql, standing.statement.values));
  } catch (error) {
    throw asUnauthenticated(error);
  }
}

/** An UNAUTHENTICATED error (a GraphQLError's extensions.code) as the route's 401; anything else as it is. */
function asUnauthenticated(error: unknown): unknown {
  const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
  return code === "UNAUTHENTICATED" ? new Refusal(401, "UNAUTHENTICATED", (error as Error).message) : error;
}

function asRefusal(error: BusinessErrors): Refusal {
  const { code, ...extensions } = error.extensions as { code: string };
  return new Refusal(400, code, error.message, extensions);
}

/** Anything else (the database down, a lost connection): logged for the operators, never shown. */
function unavailable(error: unknown, response: Response, { logger }: SubgraphRouteTools): Refusal {
  const cause = error instanceof Error ? error : new Error(String(error));
  logUnexpectedError(logger, cause, response.locals.requestId as string | undefined, DISCLOSURES_ROUTE);
  return new Refusal(503, "SERVICE_UNAVAILABLE", "the disclosure log could not store this write; nothing was stored");
}

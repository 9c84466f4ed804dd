import { randomUUID } from "node:crypto";
import { type NextFunction, type Request, type Response } from "express";
import pino from "pino";
import { ownRequestPurpose } from "./own-requests";

export const REQUEST_ID_HEADER = "x-request-id";
// The shape of the ids the gateway makes (randomUUID: a version 4 UUID, lower case). A subgraph
// takes only that shape: any other value a client sends straight to it is not logged as an id.
const GATEWAY_REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Structured JSON logs on stdout, or appended to LOG_FILE; LOG_LEVEL=silent quiets them. */
export function createLogger(service: string) {
  const destination = process.env.LOG_FILE ? pino.destination({ dest: process.env.LOG_FILE, sync: true }) : undefined;
  return pino({ level: process.env.LOG_LEVEL ?? "info", base: { service } }, destination);
}

export type Logger = ReturnType<typeof createLogger>;

/**
 * One log line per request, with a request id: the gateway makes one (a client's own id is not
 * trusted), sends it to the subgraphs and returns it to the client; a subgraph logs the gateway's.
 * Never a token, a variable or an answer: only what the operators need to follow a request.
 */
export function requestLog(logger: Logger, { acceptIncomingId }: { acceptIncomingId: boolean }) {
  return (request: Request, response: Response, next: NextFunction) => {
    const incoming = request.headers[REQUEST_ID_HEADER];
    const requestId =
      acceptIncomingId && typeof incoming === "string" && GATEWAY_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    response.locals.requestId = requestId;
    response.setHeader(REQUEST_ID_HEADER, requestId);
    const started = process.hrtime.bigint();
    response.on("finish", () => {
      const body = request.body as { operationName?: unknown } | undefined;
      logger.info(
        {
          requestId,
          method: request.method,
          path: request.path,
          status: response.statusCode,
          ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
          operation: typeof body?.operationName === "string" ? body.operationName.slice(0, 64) : undefined,
          agency: response.locals.agency,
          kind: response.locals.kind,
          // a service's own request (an access lookup, …): what for
          purpose: ownRequestPurpose(request.headers["user-agent"]),
        },
        "request",
      );
    });
    next();
  };
}

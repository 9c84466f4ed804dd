import { createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerOptions, type BaseContext } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type NextFunction, type Request, type RequestHandler, type Response } from "express";
import { isExpectedCode, maskUnexpectedErrors } from "./mask-unexpected-errors";
import { createMetrics } from "./metrics";
import { type Logger, createLogger, requestLog } from "./request-log";
import { logUnexpectedError, unexpectedErrorLog, withRequestId } from "./unexpected-error-log";
import { requireUpstreamSignature } from "./upstream-signature";

export interface GraphQLServiceOptions<Context extends BaseContext> {
  /** Apollo Server options: a `schema` for a subgraph, a `gateway` for the gateway. */
  apollo: ApolloServerOptions<Context>;
  /** Per request; `response.locals.requestId` holds the request id, and agency/kind may be set for the log. */
  context: (request: Request, response: Response) => Promise<Context>;
  port: number;
  host?: string;
  /** Extra routes (health, keys, …) mounted before /graphql, given the service's logger. */
  routes?: (app: express.Express, service: { logger: Logger }) => void;
  /** Largest request body accepted; a larger one is refused before it is parsed. */
  bodyLimitBytes?: number;
  /** Name in metrics and logs. */
  name?: string;
  /** A registry made by the caller, to add metrics of its own to what /metrics shows. */
  metrics?: ReturnType<typeof createMetrics>;
  /** The gateway makes request ids; subgraphs take the one the gateway sends. */
  acceptIncomingRequestId?: boolean;
  /** The dependencies this service needs to answer: each "ok" or what is wrong. */
  readiness?: () => Promise<Record<string, string>>;
  /** A subgraph's: every /graphql request must be signed with this secret (see upstream-signature). */
  upstreamSecret?: string;
  /** Run on /graphql after the body is parsed, before Apollo (the gateway's document ids). */
  beforeGraphQL?: RequestHandler[];
}

export interface RunningService {
  url: string;
  port: number;
  /** Stops accepting connections, lets in-flight requests finish, then resolves. */
  stop(): Promise<void>;
}

/** The largest request body a service takes unless told otherwise (`bodyLimitBytes`). */
export const DEFAULT_BODY_LIMIT_BYTES = 1_000_000;

export async function startGraphQLService<Context extends BaseContext>(
  options: GraphQLServiceOptions<Context>,
): Promise<RunningService> {
  const app = express();
  app.disable("x-powered-by");
  const httpServer = createServer(app);
  const metrics = options.metrics ?? createMetrics(options.name ?? "frontera");
  const logger = createLogger(options.name ?? "frontera");
  const apollo = new ApolloServer<Context>({
    ...options.apollo,
    includeStacktraceInErrorResponses: false,
    formatError: options.apollo.formatError ?? maskUnexpectedErrors,
    plugins: [
      ...(options.apollo.plugins ?? []),
      unexpectedErrorLog<Context>(logger),
      metrics.plugin as never,
      ApolloServerPluginDrainHttpServer({ httpServer }),
    ],
  } as ApolloServerOptions<Context>);
  await apollo.start();

  // Liveness: the process answers. Readiness: its dependencies answer too (JSON names the one down).
  app.use("/graphql", requestLog(logger, { acceptIncomingId: options.acceptIncomingRequestId ?? false }));
  app.get("/health", (_request, response) => {
    response.json({ status: "ok" });
  });
  app.get("/ready", async (_request, response) => {
    const checks = (await options.readiness?.()) ?? {};
    const ready = Object.values(checks).every((state) => state === "ok");
    response.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not ready", checks });
  });
  app.get("/metrics", async (_request, response) => {
    response.set("content-type", metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  options.routes?.(app, { logger });
  app.use(
    "/graphql",
    express.json({ limit: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES }),
    ...(options.upstreamSecret ? [requireUpstreamSignature(options.upstreamSecret)] : []),
    ...(options.beforeGraphQL ?? []),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = res.locals.requestId as string | undefined;
        try {
          return withRequestId(await options.context(req, res), requestId);
        } catch (error) {
          // A refusal (UNAUTHENTICATED, SERVICE_UNAVAILABLE) is the client's answer; anything else
          // is masked like an execution error, and logged here: no request context exists yet.
          const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
          if (!isExpectedCode(code)) logUnexpectedError(logger, error as Error, requestId);
          throw error;
        }
      },
    }),
  );
  // A body too large or not JSON gets a GraphQL-shaped answer, not express's HTML page.
  app.use((error: { status?: number; type?: string }, _request: Request, response: Response, next: NextFunction) => {
    if (!error?.status || error.status >= 500) return next(error);
    const tooLarge = error.type === "entity.too.large";
    response.status(error.status).json({
      errors: [
        {
          message: tooLarge ? "the request body is too large" : "the request body is not valid JSON",
          extensions: { code: tooLarge ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST" },
        },
      ],
    });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host ?? "0.0.0.0", resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host && options.host !== "0.0.0.0" ? options.host : "localhost";
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    stop: () => apollo.stop(),
  };
}

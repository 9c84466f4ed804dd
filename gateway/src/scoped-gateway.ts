import { type ApolloGateway } from "@apollo/gateway";
import { type Logger } from "@frontera/service";
import { type ExecutionResult, GraphQLError, type GraphQLSchema, type OperationDefinitionNode, print } from "graphql";
import { type GatewayContext } from "./auth/gateway-context";
import { dropAbstractTypenames } from "./disclosure/abstract-typenames";
import { discloseAnswer } from "./disclosure/disclose-answer";
import { type DisclosureLog } from "./disclosure/disclosure-log";
import { operationHash } from "./disclosure/operation-hash";
import { AS_SENT, RESERVED_ALIASES, USES_RESERVED_ALIAS, partnerDocument } from "./disclosure/partner-document";
import { answerNestedCut } from "./scopes/nested-field-cut";
import { answerCutFields, cutRootFields } from "./scopes/root-field-cut";
import { type SupergraphScopes } from "./scopes/supergraph-scopes";

type Loaded = Awaited<ReturnType<ApolloGateway["load"]>>;
type GatewayExecutor = Loaded["executor"];
type RequestContext = Parameters<GatewayExecutor>[0];

export interface ScopedGateway {
  load(options: Parameters<ApolloGateway["load"]>[0]): Promise<Loaded>;
  onSchemaLoadOrUpdate: ApolloGateway["onSchemaLoadOrUpdate"];
  stop(): Promise<void>;
}

/**
 * Wraps @apollo/gateway's executor, which stays the planner and executor of record:
 * - root fields the caller has no scope for are cut before any subgraph is asked, and answer
 *   null with FORBIDDEN (scopes/root-field-cut.ts); so are a partner's deeper fields it may read
 *   nowhere, where they can be placed exactly (scopes/nested-field-cut.ts); every other field is
 *   enforced by the subgraph that owns it;
 * - a partner's rows read through an abstract field say their type, and its records their keys,
 *   so that what the answer discloses can be read off it (disclosure/partner-document.ts);
 * - a partner's answer carrying data of a non-reference scope is recorded in the disclosure log
 *   before it is sent, and not sent when it cannot be recorded (disclosure/disclose-answer.ts).
 */
export function scopedGateway(
  inner: ApolloGateway,
  scopesOf: (schema: GraphQLSchema) => SupergraphScopes,
  disclosures: DisclosureLog,
  log: Logger,
): ScopedGateway {
  const wrap =
    (execute: GatewayExecutor, loadedSchema: GraphQLSchema): GatewayExecutor =>
    async (requestContext) => {
      // After a supergraph reload a request is checked against the schema it was validated on.
      const schema = requestContext.schema ?? loadedSchema;
      const scopes = scopesOf(schema);
      const context = requestContext.context as unknown as GatewayContext;
      const held = context.access.effectiveScopes;
      const partner = context.access.claims.kind === "partner";
      const cut = cutRootFields(schema, scopes, held, requestContext.document, requestContext.operation);
      const cacheKey = [
        requestContext.queryHash,
        requestContext.operationName ?? "",
        cut.cut.map(({ key }) => key).join(","),
        held.join(" "),
      ].join("|");
      const rewritten =
        partner && cut.runs ? partnerDocument(schema, scopes, held, cut.document, cut.operation, cacheKey) : AS_SENT;
      if (rewritten === USES_RESERVED_ALIAS) {
        return {
          errors: [
            new GraphQLError(`the aliases ${[...RESERVED_ALIASES].join(" and ")} are the gateway's own`, {
              extensions: { code: "BAD_USER_INPUT" },
            }),
          ],
        };
      }
      let document = cut.document;
      let operation = cut.operation;
      let run: RequestContext = requestContext;
      if (rewritten !== AS_SENT) {
        operation = rewritten.document.definitions[document.definitions.indexOf(operation)] as OperationDefinitionNode;
        document = rewritten.document;
        run = { ...requestContext, document, operation, source: rewritten.source, queryHash: rewritten.queryHash };
      } else if (document !== requestContext.document) {
        // The plan cache is keyed by the query hash: a trimmed operation is another query.
        const source = print(document);
        run = { ...requestContext, document, operation, source, queryHash: operationHash(source) };
      }

      // A partner's answer is announced to the log while it is made: a write gathering answers
      // waits for it (briefly), and for nothing else.
      const arrived = partner ? disclosures.expectAnswer() : undefined;
      let result: ExecutionResult;
      try {
        result = answerCutFields(cut.runs ? await execute(run) : { data: {} }, cut.cut);
        if (rewritten !== AS_SENT && rewritten.cut) result = answerNestedCut(result, rewritten.cut);
        if (partner) {
          result = await discloseAnswer(
            {
              schema,
              scopes,
              access: context.access,
              requestId: context.requestId,
              document,
              operation,
              operationName: requestContext.operationName ?? null,
              source: requestContext.source,
              documentId: context.document?.id ?? null,
              result,
              arrived,
            },
            disclosures,
            log,
          );
        }
      } finally {
        arrived?.();
      }
      if (rewritten !== AS_SENT && rewritten.typed && result.data) dropAbstractTypenames(result.data);
      return result;
    };

  return {
    async load(options: Parameters<ApolloGateway["load"]>[0]) {
      const loaded = await inner.load(options);
      return { schema: loaded.schema, executor: wrap(loaded.executor, loaded.schema) };
    },
    onSchemaLoadOrUpdate: inner.onSchemaLoadOrUpdate.bind(inner),
    stop: () => inner.stop(),
  };
}

import { type Logger, errorForLog } from "@frontera/service";
import { type Access } from "@frontera/auth";
import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { type SupergraphScopes } from "../scopes/supergraph-scopes";
import { disclosedBy } from "./disclosed-by";
import { type DisclosureLog } from "./disclosure-log";
import { operationHash } from "./operation-hash";
import { RECORD_KEY_ALIAS } from "./record-keys";
import { fragmentsOf } from "./response-walk";

export interface PartnerAnswer {
  schema: GraphQLSchema;
  scopes: SupergraphScopes;
  access: Access;
  requestId: string;
  /** The document and operation that ran (with the gateway's additions). */
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** The operation as the client sent it, and the registered document it is (or null). */
  operationName: string | null;
  source: string;
  documentId: string | null;
  result: ExecutionResult;
  /** Tells the log this answer has arrived (DisclosureLog.expectAnswer), once it is queued. */
  arrived?: () => void;
}

const notRecorded = () =>
  new GraphQLError("the disclosure could not be recorded, so nothing was disclosed; try again shortly", {
    extensions: { code: "SERVICE_UNAVAILABLE" },
  });

/**
 * Before a partner's answer leaves: what it discloses is read off it (disclosedBy), the record
 * keys the gateway asked for are taken out again (with any error at them), and an answer carrying
 * data of a non-reference scope is recorded in the disclosure log — or, when it cannot be, not
 * sent: the partner gets SERVICE_UNAVAILABLE and the log says why.
 */
export async function discloseAnswer(
  answer: PartnerAnswer,
  disclosures: DisclosureLog,
  log: Logger,
): Promise<ExecutionResult> {
  let { result } = answer;
  if (!result.data) return result;
  const fragments = fragmentsOf(answer.document);
  const disclosed = disclosedBy(answer.schema, answer.scopes, answer.access, answer.operation, fragments, result.data);
  if (disclosed.keyed.length) {
    for (const object of disclosed.keyed) delete object[RECORD_KEY_ALIAS];
    if (result.errors?.some((error) => error.path?.at(-1) === RECORD_KEY_ALIAS)) {
      const errors = result.errors.filter((error) => error.path?.at(-1) !== RECORD_KEY_ALIAS);
      result = { ...result, errors: errors.length ? errors : undefined };
      if (!result.errors) delete result.errors;
    }
  }
  if (!disclosed.scopes.length) return result;
  try {
    await disclosures.record(
      answer.access,
      answer.operationName,
      operationHash(answer.source),
      answer.documentId,
      disclosed,
      answer.arrived,
    );
  } catch (error) {
    log.error(
      { requestId: answer.requestId, agency: answer.access.claims.agency, err: errorForLog(error) },
      "disclosure not recorded: the answer was withheld",
    );
    return { errors: [notRecorded()] };
  }
  return result;
}

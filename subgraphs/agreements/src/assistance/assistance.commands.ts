import { randomUUID } from "node:crypto";
import { conflict, notFound } from "@frontera/federation";
import { type EntityManager } from "typeorm";
import { AssistanceMessage } from "./assistance-message.entity";
import { AssistanceRequestEvent } from "./assistance-event.entity";
import { AssistanceRequest } from "./assistance-request.entity";
import { type AssistanceRows } from "./assistance-rows";
import { AssistanceAction, AssistanceDirection, AssistanceRequestStatus } from "./assistance.enums";

/** Who makes a change: the token's subject, for the token's agency. */
export interface AssistanceActor {
  actor: string;
  rows: AssistanceRows;
}

/** What the caller gives a new request; the rest starts empty. */
export type NewAssistanceRequest = Omit<
  AssistanceRequest,
  | "id"
  | "status"
  | "declineReason"
  | "openedAt"
  | "answeredAt"
  | "closedAt"
  | "updatedAt"
  | "overdue"
  | "subjectShipment"
  | "subjectTrip"
  | "subjectTradeParty"
>;

export async function openAssistanceRequest(
  manager: EntityManager,
  request: NewAssistanceRequest,
  { actor, rows }: AssistanceActor,
  at: Date = new Date(),
  id: string = randomUUID(),
): Promise<string> {
  await manager.getRepository(AssistanceRequest).insert({
    ...request,
    id,
    status: AssistanceRequestStatus.OPEN,
    declineReason: null,
    openedAt: at,
    answeredAt: null,
    closedAt: null,
    updatedAt: at,
  });
  await manager.getRepository(AssistanceRequestEvent).insert({
    requestId: id,
    at,
    actor,
    agencyCode: rows.agency,
    action: AssistanceAction.OPENED,
    reason: null,
  });
  return id;
}

/** A change after opening: the side that may make it, the statuses it starts from, where it leads. */
interface Change {
  /** null: either side (a message). */
  side: AssistanceDirection | null;
  from: AssistanceRequestStatus[];
  to: AssistanceRequestStatus | null;
  message: boolean;
}

const CHANGES: Record<Exclude<AssistanceAction, AssistanceAction.OPENED>, Change> = {
  [AssistanceAction.ANSWERED]: {
    side: AssistanceDirection.RECEIVED,
    from: [AssistanceRequestStatus.OPEN],
    to: AssistanceRequestStatus.ANSWERED,
    message: true,
  },
  [AssistanceAction.MESSAGE_ADDED]: {
    side: null,
    from: [AssistanceRequestStatus.OPEN, AssistanceRequestStatus.ANSWERED],
    to: null,
    message: true,
  },
  [AssistanceAction.DECLINED]: {
    side: AssistanceDirection.RECEIVED,
    from: [AssistanceRequestStatus.OPEN],
    to: AssistanceRequestStatus.DECLINED,
    message: false,
  },
  [AssistanceAction.CLOSED]: {
    side: AssistanceDirection.SENT,
    from: [AssistanceRequestStatus.ANSWERED],
    to: AssistanceRequestStatus.CLOSED,
    message: false,
  },
};

export type AssistanceChange = keyof typeof CHANGES;

const VERB: Record<AssistanceChange, string> = {
  [AssistanceAction.ANSWERED]: "answered",
  [AssistanceAction.MESSAGE_ADDED]: "given a message",
  [AssistanceAction.DECLINED]: "declined",
  [AssistanceAction.CLOSED]: "closed",
};

/**
 * Answers, adds a message to, declines or closes a request the caller sees, and records the event;
 * a request the caller does not see is NOT_FOUND, the wrong side or status a user error, nothing
 * written. `text` is the message (answer, message) or the reason (decline).
 */
export async function changeAssistanceRequest(
  manager: EntityManager,
  id: string,
  action: AssistanceChange,
  text: string | null,
  { actor, rows }: AssistanceActor,
): Promise<string> {
  const repository = manager.getRepository(AssistanceRequest);
  const request = await repository.findOneBy({ id });
  if (!request || !rows.visible(request)) throw notFound(`assistance request ${id}`, "id");
  const change = CHANGES[action];
  const side = change.side ?? rows.directionOf(request);
  if (!rows.actsAs(side, request)) {
    const who =
      side === AssistanceDirection.RECEIVED
        ? `the agency asked (${request.addresseeCode})`
        : `the agency that asked (${request.requesterCode})`;
    throw conflict("WRONG_SIDE", `assistance request ${id} can be ${VERB[action]} only by ${who}`, "id");
  }
  if (!change.from.includes(request.status)) {
    throw conflict(
      "INVALID_TRANSITION",
      `assistance request ${id} cannot be ${VERB[action]}: it is ${request.status} (${action === AssistanceAction.CLOSED ? "only an ANSWERED request is closed" : `only ${change.from.join(" or ")}`})`,
      "id",
    );
  }
  const now = new Date();
  const to = change.to ?? request.status;
  // Conditional on the row read above: of two concurrent changes, the second finds nothing.
  const result = await repository.update(
    { id, status: request.status, updatedAt: request.updatedAt },
    {
      status: to,
      updatedAt: now,
      ...(to === AssistanceRequestStatus.ANSWERED && !request.answeredAt ? { answeredAt: now } : {}),
      ...(to === AssistanceRequestStatus.CLOSED || to === AssistanceRequestStatus.DECLINED ? { closedAt: now } : {}),
      ...(to === AssistanceRequestStatus.DECLINED ? { declineReason: text } : {}),
    },
  );
  if (result.affected === 0) {
    throw conflict("CHANGED_MEANWHILE", `assistance request ${id} changed meanwhile; read it again`, "id");
  }
  if (change.message) {
    await manager
      .getRepository(AssistanceMessage)
      .insert({ requestId: id, authorCode: rows.agency, actor, body: text ?? "", at: now });
  }
  await manager.getRepository(AssistanceRequestEvent).insert({
    requestId: id,
    at: now,
    actor,
    agencyCode: rows.agency,
    action,
    reason: action === AssistanceAction.DECLINED ? text : null,
  });
  return id;
}

import { type AssistanceRequestSeed, insertInChunks } from "@frontera/seed";
import { type EntityManager } from "typeorm";
import { AssistanceRequestEvent } from "../assistance/assistance-event.entity";
import { AssistanceMessage } from "../assistance/assistance-message.entity";
import { AssistanceRequest } from "../assistance/assistance-request.entity";
import { AssistanceAction, AssistanceRequestStatus } from "../assistance/assistance.enums";

const SEED_ACTOR = "seed";

/** The events a seeded request went through, in the order its times give. */
function eventsOf(request: AssistanceRequestSeed): Array<Omit<AssistanceRequestEvent, "sequence">> {
  const event = (action: AssistanceAction, at: Date, agencyCode: string, reason: string | null = null) => ({
    requestId: request.id,
    at,
    actor: SEED_ACTOR,
    agencyCode,
    action,
    reason,
  });
  const events = [event(AssistanceAction.OPENED, request.openedAt, request.requesterCode)];
  request.messages.forEach((message, index) =>
    events.push(
      event(index === 0 ? AssistanceAction.ANSWERED : AssistanceAction.MESSAGE_ADDED, message.at, message.authorCode),
    ),
  );
  if (request.status === AssistanceRequestStatus.DECLINED) {
    events.push(event(AssistanceAction.DECLINED, request.closedAt!, request.addresseeCode, request.declineReason));
  }
  if (request.status === AssistanceRequestStatus.CLOSED) {
    events.push(event(AssistanceAction.CLOSED, request.closedAt!, request.requesterCode));
  }
  return events;
}

/** The generated assistance requests, with their messages and events, in the seed's transaction. */
export async function seedAssistanceRequests(manager: EntityManager, requests: AssistanceRequestSeed[]): Promise<void> {
  await insertInChunks(
    manager,
    AssistanceRequest,
    requests.map(({ messages, ...request }) =>
      manager.create(AssistanceRequest, {
        ...request,
        updatedAt: [request.openedAt, request.closedAt, ...messages.map((m) => m.at)]
          .filter((at): at is Date => at !== null)
          .reduce((latest, at) => (at > latest ? at : latest)),
      }),
    ),
  );
  await insertInChunks(
    manager,
    AssistanceMessage,
    requests.flatMap((request) =>
      request.messages.map((message) => ({ requestId: request.id, actor: SEED_ACTOR, ...message })),
    ),
  );
  await insertInChunks(manager, AssistanceRequestEvent, requests.flatMap(eventsOf));
}

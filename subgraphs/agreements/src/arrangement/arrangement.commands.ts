import { randomUUID } from "node:crypto";
import { conflict, notFound } from "@frontera/federation";
import { type EntityManager } from "typeorm";
import { ArrangementEvent } from "./arrangement-event.entity";
import { ArrangementPort, DataSharingArrangement } from "./arrangement.entity";
import {
  ArrangementAction,
  ArrangementCoverage,
  ArrangementStatus,
  type RecordedArrangementStatus,
  type StatusAction,
} from "./arrangement.enums";
import { type CreateArrangementInput } from "./arrangement.inputs";

export async function recordArrangement(
  manager: EntityManager,
  input: CreateArrangementInput,
  actor: string,
  id: string = randomUUID(),
): Promise<string> {
  const now = new Date();
  await manager.getRepository(DataSharingArrangement).insert({
    id,
    providerCode: input.providerCode,
    recipientCode: input.recipientCode,
    agreementId: input.agreementId,
    scopes: input.scopes,
    coverage: input.coverage,
    purpose: input.purpose,
    confidentialityAssurance: input.confidentialityAssurance,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
    documentIds: null,
    storedDirections: input.directions ? [...new Set(input.directions)].sort() : null,
    recordedStatus: ArrangementStatus.ACTIVE,
    updatedAt: now,
  });
  const ports = input.coverage === ArrangementCoverage.LISTED_PORTS ? [...new Set(input.portCodes ?? [])] : [];
  if (ports.length) {
    await manager.getRepository(ArrangementPort).insert(ports.map((portCode) => ({ arrangementId: id, portCode })));
  }
  await manager
    .getRepository(ArrangementEvent)
    .insert({ arrangementId: id, at: now, actor, action: ArrangementAction.CREATED, reason: null });
  return id;
}

// Which statuses each change may start from, and where it leads.
const TRANSITIONS: Record<StatusAction, { from: ArrangementStatus[]; to: RecordedArrangementStatus }> = {
  [ArrangementAction.SUSPENDED]: { from: [ArrangementStatus.ACTIVE], to: ArrangementStatus.SUSPENDED },
  [ArrangementAction.RESUMED]: { from: [ArrangementStatus.SUSPENDED], to: ArrangementStatus.ACTIVE },
  [ArrangementAction.REVOKED]: {
    from: [ArrangementStatus.ACTIVE, ArrangementStatus.SUSPENDED, ArrangementStatus.EXPIRED],
    to: ArrangementStatus.REVOKED,
  },
};

/** Suspends, resumes or revokes an arrangement and records the event, or refuses with a user error. */
export async function changeArrangementStatus(
  manager: EntityManager,
  id: string,
  action: StatusAction,
  actor: string,
  reason: string | null,
): Promise<string> {
  const repository = manager.getRepository(DataSharingArrangement);
  const arrangement = await repository.findOneBy({ id });
  if (!arrangement) throw notFound(`arrangement ${id}`, "id");
  const { from, to } = TRANSITIONS[action];
  const status = arrangement.status;
  if (!from.includes(status)) {
    const [code, why] =
      status === ArrangementStatus.REVOKED
        ? (["REVOKED_IS_FINAL", "revoked is final"] as const)
        : status === ArrangementStatus.EXPIRED
          ? (["EXPIRED", "it has expired; record a new arrangement"] as const)
          : (["INVALID_TRANSITION", `it is ${status}`] as const);
    throw conflict(code, `arrangement ${id} cannot be ${action.toLowerCase()}: ${why}`, "id");
  }
  const now = new Date();
  // Conditional on the status read above: of two concurrent changes, the second finds nothing.
  const result = await repository.update(
    { id, recordedStatus: arrangement.recordedStatus },
    { recordedStatus: to, updatedAt: now },
  );
  if (result.affected === 0) {
    throw conflict("CHANGED_MEANWHILE", `arrangement ${id} changed meanwhile; read it again`, "id");
  }
  await manager.getRepository(ArrangementEvent).insert({ arrangementId: id, at: now, actor, action, reason });
  return id;
}

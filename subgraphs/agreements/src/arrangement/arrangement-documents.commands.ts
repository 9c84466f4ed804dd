import { conflict, notFound } from "@frontera/federation";
import { type EntityManager } from "typeorm";
import { ArrangementEvent } from "./arrangement-event.entity";
import { DataSharingArrangement } from "./arrangement.entity";
import { ArrangementAction, ArrangementStatus } from "./arrangement.enums";

/**
 * Restricts an arrangement to these registered documents, or lifts the restriction (null), and
 * records the event. A revoked or expired arrangement grants nothing and is left as it is.
 */
export async function restrictArrangementDocuments(
  manager: EntityManager,
  id: string,
  documentIds: string[] | null,
  actor: string,
  reason: string,
): Promise<string> {
  const repository = manager.getRepository(DataSharingArrangement);
  const arrangement = await repository.findOneBy({ id });
  if (!arrangement) throw notFound(`arrangement ${id}`, "id");
  if (arrangement.status === ArrangementStatus.REVOKED) {
    throw conflict("REVOKED_IS_FINAL", `arrangement ${id} is revoked: revoked is final`, "id");
  }
  if (arrangement.status === ArrangementStatus.EXPIRED) {
    throw conflict("EXPIRED", `arrangement ${id} has expired; record a new arrangement`, "id");
  }
  const now = new Date();
  // Conditional on the row read above: of two concurrent changes, the second finds nothing.
  const result = await repository.update(
    { id, updatedAt: arrangement.updatedAt },
    { documentIds: documentIds ? [...new Set(documentIds)].sort() : null, updatedAt: now },
  );
  if (result.affected === 0) {
    throw conflict("CHANGED_MEANWHILE", `arrangement ${id} changed meanwhile; read it again`, "id");
  }
  const action = documentIds ? ArrangementAction.DOCUMENTS_RESTRICTED : ArrangementAction.DOCUMENTS_UNRESTRICTED;
  await manager.getRepository(ArrangementEvent).insert({ arrangementId: id, at: now, actor, action, reason });
  return id;
}

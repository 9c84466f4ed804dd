import { type EntityManager } from "typeorm";
import { type CargoContext } from "../context";
import { InspectionEvent } from "./inspection-event.entity";
import { type InspectionEventAction, type InspectionResult } from "./inspection.enums";

interface Change {
  inspectionId: string;
  action: InspectionEventAction;
  resultBefore: InspectionResult | null;
  resultAfter: InspectionResult;
  reason?: string | null;
}

/** Appends one event, in the caller's transaction: the change and its record commit together. */
export async function recordInspectionEvent(
  manager: EntityManager,
  { actor, access }: Pick<CargoContext, "actor" | "access">,
  change: Change,
): Promise<void> {
  await manager.getRepository(InspectionEvent).insert({
    ...change,
    reason: change.reason ?? null,
    at: new Date(),
    actor,
    agencyCode: access.claims.agency,
  });
}

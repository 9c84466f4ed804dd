import { type EntityManager } from "typeorm";
import { type CargoContext } from "../context";
import { ShipmentHoldEvent } from "./hold-event.entity";
import { type HoldEventAction } from "./hold.enums";

/** Appends one event, in the caller's transaction: the change and its record commit together. */
export async function recordHoldEvent(
  manager: EntityManager,
  { actor, access }: Pick<CargoContext, "actor" | "access">,
  change: { holdId: string; action: HoldEventAction; reason: string; at: Date },
): Promise<void> {
  await manager.getRepository(ShipmentHoldEvent).insert({ ...change, actor, agencyCode: access.claims.agency });
}

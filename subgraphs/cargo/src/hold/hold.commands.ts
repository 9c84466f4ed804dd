import { InputProblems, conflict, notFound } from "@frontera/federation";
import { randomUUID } from "node:crypto";
import { type EntityManager, IsNull } from "typeorm";
import { type CargoContext } from "../context";
import { refreshStatusesExaminedBy } from "../shipment/shipment-status.commands";
import { Shipment } from "../shipment/shipment.entity";
import { recordHoldEvent } from "./hold-event.commands";
import { ShipmentHold } from "./hold.entity";
import { HoldEventAction } from "./hold.enums";
import { type PlaceShipmentHoldInput } from "./hold.inputs";
import { checkHoldReason, checkHoldWrite } from "./hold.rules";

type HoldWriter = Pick<CargoContext, "actor" | "access" | "policy" | "rows">;

/**
 * Places a hold, in the caller's transaction: checked, written with its PLACED event, and the
 * shipment's stored status refreshed (ON_HOLD). Returns the hold's id.
 */
export async function placeHold(
  manager: EntityManager,
  context: HoldWriter,
  input: PlaceShipmentHoldInput,
): Promise<string> {
  const problems = new InputProblems();
  checkHoldReason(problems, "input.reason", input.reason);
  problems.throwIfAny();
  const shipment = await manager
    .getRepository(Shipment)
    .findOneBy({ shipmentControlNumber: input.shipmentControlNumber });
  // A shipment the caller may not see does not exist for it, as in every read.
  if (!shipment || !context.rows.tradeVisible(shipment)) {
    throw notFound(`shipment ${input.shipmentControlNumber}`, "input.shipmentControlNumber");
  }
  checkHoldWrite(context, input.kind, shipment);
  const agencyCode = context.access.claims.agency;
  const open = await manager.getRepository(ShipmentHold).existsBy({
    shipmentControlNumber: shipment.shipmentControlNumber,
    kind: input.kind,
    agencyCode,
    releasedAt: IsNull(),
  });
  if (open) {
    throw conflict(
      "ALREADY_EXISTS",
      `${agencyCode} already holds shipment ${shipment.shipmentControlNumber} (${input.kind}); release that hold first`,
      "input.shipmentControlNumber",
    );
  }
  const id = randomUUID();
  const at = new Date();
  await manager.getRepository(ShipmentHold).insert({
    id,
    shipmentControlNumber: shipment.shipmentControlNumber,
    portCode: shipment.portCode,
    direction: shipment.direction,
    kind: input.kind,
    agencyCode,
    reason: input.reason.trim(),
    placedAt: at,
    placedBy: context.actor,
    releasedAt: null,
    releasedBy: null,
    releasedByAgencyCode: null,
    releaseReason: null,
  });
  await recordHoldEvent(manager, context, {
    holdId: id,
    action: HoldEventAction.PLACED,
    reason: input.reason.trim(),
    at,
  });
  await refreshStatusesExaminedBy(manager, {
    shipmentControlNumber: shipment.shipmentControlNumber,
    tripNumber: null,
  });
  return id;
}

/** Releases an open hold, in the caller's transaction, with its RELEASED event and the status refreshed. */
export async function releaseHold(
  manager: EntityManager,
  context: HoldWriter,
  holdId: string,
  reason: string,
): Promise<string> {
  const problems = new InputProblems();
  checkHoldReason(problems, "reason", reason);
  problems.throwIfAny();
  const hold = await manager.getRepository(ShipmentHold).findOneBy({ id: holdId });
  // A hold the caller may not read does not exist for it.
  if (!hold || !context.rows.holdVisible(hold)) throw notFound(`hold ${holdId}`, "id");
  checkHoldWrite(context, hold.kind, hold);
  if (hold.releasedAt) {
    throw conflict("ALREADY_RELEASED", `hold ${holdId} was released at ${hold.releasedAt.toISOString()}`, "id");
  }
  const at = new Date();
  // Conditional on "still open": of two concurrent releases, the second finds nothing.
  const updated = await manager.getRepository(ShipmentHold).update(
    { id: holdId, releasedAt: IsNull() },
    {
      releasedAt: at,
      releasedBy: context.actor,
      releasedByAgencyCode: context.access.claims.agency,
      releaseReason: reason.trim(),
    },
  );
  if (updated.affected === 0) {
    throw conflict("CHANGED_MEANWHILE", `hold ${holdId} was released meanwhile; read it again`, "id");
  }
  await recordHoldEvent(manager, context, {
    holdId,
    action: HoldEventAction.RELEASED,
    reason: reason.trim(),
    at,
  });
  await refreshStatusesExaminedBy(manager, {
    shipmentControlNumber: hold.shipmentControlNumber,
    tripNumber: null,
  });
  return holdId;
}

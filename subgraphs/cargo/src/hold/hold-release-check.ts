import { conflict } from "@frontera/federation";
import { type EntityManager } from "typeorm";
import { InspectionResult } from "../inspection/inspection.enums";
import { type Shipment } from "../shipment/shipment.entity";
import { openHoldsOf } from "../shipment/shipment-status.commands";

/** The results that let the goods go on: an open hold refuses them. */
const RELEASING_RESULTS: readonly InspectionResult[] = [InspectionResult.RELEASED, InspectionResult.TREATED];

/**
 * An open hold stops the shipment: an inspection may not release it. The result is refused, not
 * recorded under the hold, so that no record says "released" while the goods may not move; every
 * other result (HELD, SEIZED, REFERRED, …) is recorded as usual. A trip's inspection releases each
 * of its shipments, so a hold on any of them refuses it. Whoever records results works for CBP
 * (inspection:write is never a partner's), so the refusal names the hold.
 */
export async function checkNoOpenHold(
  manager: EntityManager,
  examined: readonly Shipment[],
  result: InspectionResult,
): Promise<void> {
  if (!RELEASING_RESULTS.includes(result)) return;
  const [hold] = await openHoldsOf(
    manager,
    examined.map((shipment) => shipment.shipmentControlNumber),
  );
  if (hold) {
    throw conflict(
      "SHIPMENT_ON_HOLD",
      `shipment ${hold.shipmentControlNumber} is on hold (${hold.kind} hold ${hold.id}, placed by ${hold.agencyCode} at ${hold.placedAt.toISOString()}): ${result} would release it; release the hold first`,
      "input.result",
    );
  }
}

import { type EntityManager, In } from "typeorm";
import { Inspection } from "../inspection/inspection.entity";
import { Trip } from "../trip/trip.entity";
import { deriveShipmentStatus } from "./shipment-status";
import { Shipment } from "./shipment.entity";

/** Recomputes the stored status of these shipments from their trip and inspections (same transaction). */
export async function refreshShipmentStatuses(manager: EntityManager, controlNumbers: string[]): Promise<void> {
  if (controlNumbers.length === 0) return;
  const shipments = await manager.getRepository(Shipment).findBy({ shipmentControlNumber: In(controlNumbers) });
  const trips = await manager
    .getRepository(Trip)
    .findBy({ tripNumber: In([...new Set(shipments.map((shipment) => shipment.tripNumber))]) });
  const crossed = new Map(trips.map((trip) => [trip.tripNumber, trip.crossedAt !== null]));
  const inspections = await manager.getRepository(Inspection).findBy({ shipmentControlNumber: In(controlNumbers) });
  for (const shipment of shipments) {
    const status = deriveShipmentStatus(
      crossed.get(shipment.tripNumber) ?? false,
      inspections.filter((inspection) => inspection.shipmentControlNumber === shipment.shipmentControlNumber),
    );
    if (status !== shipment.status) {
      await manager
        .getRepository(Shipment)
        .update({ shipmentControlNumber: shipment.shipmentControlNumber }, { status });
    }
  }
}

import { type EntityManager, In, IsNull } from "typeorm";
import { ShipmentHold } from "../hold/hold.entity";
import { Inspection } from "../inspection/inspection.entity";
import { Trip } from "../trip/trip.entity";
import { deriveShipmentStatus } from "./shipment-status";
import { Shipment } from "./shipment.entity";

/**
 * Recomputes the stored status of these shipments from their trip, inspections — their own
 * and their trip's as a whole — and open holds, in the caller's transaction.
 */
export async function refreshStatusesOf(manager: EntityManager, shipments: Shipment[]): Promise<void> {
  if (shipments.length === 0) return;
  const controlNumbers = shipments.map((shipment) => shipment.shipmentControlNumber);
  const tripNumbers = [...new Set(shipments.map((shipment) => shipment.tripNumber))];
  const trips = await manager.getRepository(Trip).findBy({ tripNumber: In(tripNumbers) });
  const crossed = new Map(trips.map((trip) => [trip.tripNumber, trip.crossedAt !== null]));
  const inspections = await manager
    .getRepository(Inspection)
    .find({ where: [{ shipmentControlNumber: In(controlNumbers) }, { tripNumber: In(tripNumbers) }] });
  const openHolds = await openHoldsOf(manager, controlNumbers);
  for (const shipment of shipments) {
    const status = deriveShipmentStatus(
      crossed.get(shipment.tripNumber) ?? false,
      inspectionsOf(shipment, inspections),
      openHolds.filter((hold) => hold.shipmentControlNumber === shipment.shipmentControlNumber),
    );
    if (status !== shipment.status) {
      await manager
        .getRepository(Shipment)
        .update({ shipmentControlNumber: shipment.shipmentControlNumber }, { status });
    }
  }
}

/** Every open hold on these shipments, whoever placed it: the stored status and the release check see all. */
export function openHoldsOf(manager: EntityManager, controlNumbers: string[]): Promise<ShipmentHold[]> {
  if (controlNumbers.length === 0) return Promise.resolve([]);
  return manager
    .getRepository(ShipmentHold)
    .find({ where: { shipmentControlNumber: In(controlNumbers), releasedAt: IsNull() }, order: { placedAt: "ASC" } });
}

/** A shipment's inspections: of the shipment itself, and of its trip as a whole. */
export function inspectionsOf(
  shipment: Pick<Shipment, "shipmentControlNumber" | "tripNumber">,
  inspections: readonly Inspection[],
): Inspection[] {
  return inspections.filter(
    (inspection) =>
      inspection.shipmentControlNumber === shipment.shipmentControlNumber ||
      inspection.tripNumber === shipment.tripNumber,
  );
}

/**
 * After a change to this inspection: the statuses of what it examined, a shipment or a trip's
 * every shipment, each read once.
 */
export async function refreshStatusesExaminedBy(
  manager: EntityManager,
  inspection: Pick<Inspection, "shipmentControlNumber" | "tripNumber">,
): Promise<void> {
  await refreshStatusesOf(manager, await shipmentsExaminedBy(manager, inspection));
}

/** What an inspection examined: its shipment, or every shipment of its trip. */
export function shipmentsExaminedBy(
  manager: EntityManager,
  inspection: Pick<Inspection, "shipmentControlNumber" | "tripNumber">,
): Promise<Shipment[]> {
  const examined = inspection.shipmentControlNumber
    ? { shipmentControlNumber: inspection.shipmentControlNumber }
    : { tripNumber: inspection.tripNumber! };
  return manager.getRepository(Shipment).findBy(examined);
}

/** After a trip crossed: the statuses of its every shipment. */
export function refreshStatusesOfTrip(manager: EntityManager, tripNumber: string): Promise<void> {
  return refreshStatusesExaminedBy(manager, { shipmentControlNumber: null, tripNumber });
}

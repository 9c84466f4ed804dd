import { type BulkLoad, type SouthboundBatch } from "@frontera/seed";
import { TripCrossingEvent } from "../crossing-event/trip-crossing-event.entity";
import { Declaration } from "../declaration/declaration.entity";
import { GoodsItem } from "../goods-item/goods-item.entity";
import { Inspection, InspectionAgency } from "../inspection/inspection.entity";
import { InspectionEvent } from "../inspection/inspection-event.entity";
import { Pedimento } from "../pedimento/pedimento.entity";
import { deriveShipmentStatus } from "../shipment/shipment-status";
import { Shipment } from "../shipment/shipment.entity";
import { Direction } from "@frontera/federation";
import { Trip } from "../trip/trip.entity";
import { deliveredCrossingEvents } from "./seeded-crossing-events";
import { seededEvents } from "./seeded-history";

/**
 * Loads one batch of southbound trade (docs/southbound.md): every row is SOUTHBOUND, so the row
 * policy shares it only under arrangements that cover that direction. A crossed trip has its
 * delivered outbox event, as a northbound one (the seeded travellers hold the driver's southbound
 * crossing of it); no daily count (the daily series count northbound trade).
 */
export async function addSouthboundBatch(load: BulkLoad, batch: SouthboundBatch, seed: number): Promise<void> {
  const southbound = Direction.SOUTHBOUND;
  const crossed = new Map(batch.trips.map((trip) => [trip.tripNumber, trip.crossedAt !== null]));
  // each shipment's inspections, gathered once (a filter per shipment would grow with the batch squared)
  const inspectionsOf = new Map<string, SouthboundBatch["inspections"]>();
  for (const inspection of batch.inspections) {
    const of = inspectionsOf.get(inspection.shipmentControlNumber);
    if (of) of.push(inspection);
    else inspectionsOf.set(inspection.shipmentControlNumber, [inspection]);
  }
  await load.add(
    Trip,
    batch.trips.map((trip) => ({ ...trip, manifestLate: null, direction: southbound })),
  );
  await load.add(TripCrossingEvent, deliveredCrossingEvents(batch.trips, southbound, seed));
  await load.add(
    Shipment,
    batch.shipments.map(({ programCodes: _programs, ...shipment }) => ({
      ...shipment,
      direction: southbound,
      status: deriveShipmentStatus(
        crossed.get(shipment.tripNumber) ?? false,
        inspectionsOf.get(shipment.shipmentControlNumber) ?? [],
        [],
      ),
    })),
  );
  await load.add(GoodsItem, batch.goodsItems);
  await load.add(Declaration, batch.declarations);
  await load.add(Pedimento, batch.pedimentos);
  await load.add(
    Inspection,
    batch.inspections.map(({ agencies: _agencies, pestFindings: _findings, ...inspection }) => ({
      ...inspection,
      direction: southbound,
      reopenedCount: 0,
    })),
  );
  await load.add(
    InspectionAgency,
    batch.inspections.flatMap((inspection) =>
      inspection.agencies.map((agencyCode) => ({ inspectionId: inspection.id, agencyCode })),
    ),
  );
  // SENASICA's (the first agency of each): the same history a northbound inspection is given
  await load.add(
    InspectionEvent,
    batch.inspections.flatMap((inspection) => seededEvents(inspection)),
  );
}

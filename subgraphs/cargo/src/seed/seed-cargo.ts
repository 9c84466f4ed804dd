import { rebuildDailyCounts } from "@frontera/port-daily-counts";
import {
  type CargoBatch,
  type SeedSize,
  streamCargo,
  type BulkLoad,
  startBulkLoad,
  createSouthboundGenerator,
} from "@frontera/seed";
import { type DataSource, type ObjectLiteral } from "typeorm";
import { Declaration } from "../declaration/declaration.entity";
import { TripCrossingEvent } from "../crossing-event/trip-crossing-event.entity";
import { cargoEntities } from "../entities";
import {
  LATE_MANIFESTS_BY_ARRIVAL,
  SHIPMENTS_BY_ARRIVAL,
  TRIPS_BY_CROSSING,
} from "../port-of-entry/port-traffic-counts";
import { GoodsItem } from "../goods-item/goods-item.entity";
import { ShipmentHoldEvent } from "../hold/hold-event.entity";
import { ShipmentHold } from "../hold/hold.entity";
import { HoldEventAction } from "../hold/hold.enums";
import { Inspection, InspectionAgency, PestFinding } from "../inspection/inspection.entity";
import { InspectionEvent } from "../inspection/inspection-event.entity";
import { type InspectionResult } from "../inspection/inspection.enums";
import { RiskAssessment } from "../risk/risk-assessment.entity";
import { deriveShipmentStatus } from "../shipment/shipment-status";
import { Shipment, ShipmentProgram } from "../shipment/shipment.entity";
import { TradeCertification, TradeParty } from "../trade-party/trade-party.entity";
import { Equipment } from "../trip/equipment.entity";
import { manifestTimeliness } from "../trip/manifest-timeliness";
import { Direction } from "@frontera/federation";
import { Trip } from "../trip/trip.entity";
import { deliveredCrossingEvents } from "./seeded-crossing-events";
import { addSouthboundBatch } from "./seed-southbound";
import { SEED_ACTOR, seededEvents } from "./seeded-history";

export async function isCargoDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(Trip).count()) === 0;
}

/**
 * Replaces all cargo data with the generated demo data of this size; statuses derived as in use.
 * Streamed: the trade parties first, then batch after batch of trips, so a million shipments
 * load in bounded memory (see startBulkLoad). Not atomic on MySQL (its TRUNCATE commits at once):
 * a seed that fails part way is run again.
 */
export async function seedCargo(dataSource: DataSource, size: SeedSize): Promise<void> {
  const cargo = streamCargo(size);
  for (const entity of cargoEntities) await dataSource.manager.clear<ObjectLiteral>(entity);
  const load = await startBulkLoad(dataSource);
  await load.add(
    TradeParty,
    cargo.tradeParties.map(({ usdotNumber: _usdot, ...party }) => party),
  );
  await load.add(TradeCertification, cargo.certifications);
  // Southbound trips are the returns of northbound trucks: drawn from each batch's trips, after it.
  const southboundOf = createSouthboundGenerator(size, cargo.tradeParties);
  for (const batch of cargo.batches) {
    await addBatch(load, batch, size.seed);
    await addSouthboundBatch(load, southboundOf(batch.trips), size.seed);
  }
  await load.finish();
  await rebuildDailyCounts(dataSource, SHIPMENTS_BY_ARRIVAL);
  await rebuildDailyCounts(dataSource, TRIPS_BY_CROSSING);
  await rebuildDailyCounts(dataSource, LATE_MANIFESTS_BY_ARRIVAL);
}

// Every row of a table is loaded with the same columns (on MySQL the first batch shapes a staging
// table): northbound rows state what southbound ones do (seed-southbound.ts).
const NORTHBOUND_TRIP = { direction: Direction.NORTHBOUND, loaded: true, returnOfTripNumber: null };

async function addBatch(load: BulkLoad, cargo: CargoBatch, seed: number): Promise<void> {
  const crossed = new Map(cargo.trips.map((trip) => [trip.tripNumber, trip.crossedAt !== null]));
  const inspectionsOf = new Map<string, Array<{ result: InspectionResult; startedAt: Date }>>();
  for (const inspection of cargo.inspections) {
    const list = inspectionsOf.get(inspection.shipmentControlNumber) ?? [];
    list.push({ result: inspection.result, startedAt: inspection.startedAt });
    inspectionsOf.set(inspection.shipmentControlNumber, list);
  }
  const holdsOf = new Map<string, CargoBatch["holds"]>();
  for (const hold of cargo.holds) {
    holdsOf.set(hold.shipmentControlNumber, [...(holdsOf.get(hold.shipmentControlNumber) ?? []), hold]);
  }
  await load.add(
    Trip,
    cargo.trips.map(({ equipment: _equipment, ...trip }) => ({
      ...trip,
      manifestLate: manifestTimeliness(trip)?.late ?? null,
      ...NORTHBOUND_TRIP,
    })),
  );
  // Every crossed trip's event, delivered: the seeded travellers hold the driver's crossing of it.
  await load.add(TripCrossingEvent, deliveredCrossingEvents(cargo.trips, Direction.NORTHBOUND, seed));
  await load.add(
    Equipment,
    cargo.trips.flatMap((trip) => trip.equipment.map((item) => ({ ...item, tripNumber: trip.tripNumber }))),
  );
  await load.add(
    Shipment,
    cargo.shipments.map(({ programCodes: _programs, ...shipment }) => ({
      ...shipment,
      direction: Direction.NORTHBOUND,
      status: deriveShipmentStatus(
        crossed.get(shipment.tripNumber) ?? false,
        inspectionsOf.get(shipment.shipmentControlNumber) ?? [],
        holdsOf.get(shipment.shipmentControlNumber) ?? [],
      ),
    })),
  );
  await load.add(
    ShipmentProgram,
    cargo.shipments.flatMap((shipment) =>
      shipment.programCodes.map((programCode) => ({
        shipmentControlNumber: shipment.shipmentControlNumber,
        programCode,
      })),
    ),
  );
  await load.add(
    GoodsItem,
    cargo.goodsItems.map((item) => ({ ...item, tigieFraction: null, tigieNico: null })),
  );
  await load.add(Declaration, cargo.declarations);
  await load.add(
    Inspection,
    cargo.inspections.map(({ agencies: _agencies, pestFindings: _findings, ...inspection }) => ({
      ...inspection,
      direction: Direction.NORTHBOUND,
      reopenedCount: 0,
    })),
  );
  await load.add(
    InspectionAgency,
    cargo.inspections.flatMap((inspection) =>
      inspection.agencies.map((agencyCode) => ({ inspectionId: inspection.id, agencyCode })),
    ),
  );
  await load.add(
    PestFinding,
    cargo.inspections.flatMap((inspection) =>
      inspection.pestFindings.map((finding) => ({ ...finding, inspectionId: inspection.id })),
    ),
  );
  await load.add(
    InspectionEvent,
    cargo.inspections.flatMap((inspection) => seededEvents(inspection)),
  );
  await load.add(
    ShipmentHold,
    cargo.holds.map((hold) => ({
      ...hold,
      direction: Direction.NORTHBOUND,
      placedBy: SEED_ACTOR,
      releasedBy: hold.releasedAt ? SEED_ACTOR : null,
    })),
  );
  await load.add(
    ShipmentHoldEvent,
    cargo.holds.flatMap((hold) => seededHoldEvents(hold)),
  );
  await load.add(RiskAssessment, cargo.riskAssessments);
}

// A seeded hold's history, derived as an inspection's is: placed, then released if it was.
function seededHoldEvents(hold: CargoBatch["holds"][number]): Array<Partial<ShipmentHoldEvent>> {
  const common = { holdId: hold.id, actor: SEED_ACTOR };
  const placed = {
    ...common,
    at: hold.placedAt,
    agencyCode: hold.agencyCode,
    action: HoldEventAction.PLACED,
    reason: hold.reason,
  };
  if (!hold.releasedAt) return [placed];
  return [
    placed,
    {
      ...common,
      at: hold.releasedAt,
      agencyCode: hold.releasedByAgencyCode ?? hold.agencyCode,
      action: HoldEventAction.RELEASED,
      reason: hold.releaseReason ?? "",
    },
  ];
}

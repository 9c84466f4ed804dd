import { bulkInsert } from "@frontera/database";
import { type CargoBatch, type SeedSize, streamCargo } from "@frontera/seed";
import { type DataSource, type EntityManager } from "typeorm";
import { Declaration, type DeclarationKind } from "../declaration/declaration.entity";
import { cargoEntities } from "../entities";
import { GoodsItem } from "../goods-item/goods-item.entity";
import { Inspection, InspectionAgency, PestFinding } from "../inspection/inspection.entity";
import { type InspectionKind, type InspectionResult, type RemedialAction } from "../inspection/inspection.enums";
import { RiskAssessment } from "../risk/risk-assessment.entity";
import { deriveShipmentStatus } from "../shipment/shipment-status";
import { Shipment, ShipmentProgram, type ShipmentType } from "../shipment/shipment.entity";
import {
  type CertificationStatus,
  TradeCertification,
  TradeParty,
  type TradeRole,
} from "../trade-party/trade-party.entity";
import { Equipment, type EquipmentKind } from "../trip/equipment.entity";
import { Trip } from "../trip/trip.entity";
import { type Lane } from "../trip/trip.enums";

export async function isCargoDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(Trip).count()) === 0;
}

/**
 * Replaces all cargo data with the generated demo data of this size; statuses derived as in use.
 * Streamed: the trade parties first, then one transaction per batch of trips, so a million
 * shipments load in bounded memory. Not atomic on MySQL (its TRUNCATE commits at once): a seed
 * that fails part way is run again.
 */
export async function seedCargo(dataSource: DataSource, size: SeedSize): Promise<void> {
  const cargo = streamCargo(size);
  for (const entity of cargoEntities) await dataSource.manager.clear(entity);
  await dataSource.transaction(async (manager) => {
    await bulkInsert(
      manager,
      TradeParty,
      cargo.tradeParties.map(({ usdotNumber: _usdot, ...party }) => ({ ...party, roles: party.roles as TradeRole[] })),
    );
    await bulkInsert(
      manager,
      TradeCertification,
      cargo.certifications.map((certification) => ({
        ...certification,
        status: certification.status as CertificationStatus,
      })),
    );
  });
  for (const batch of cargo.batches) await dataSource.transaction((manager) => insertBatch(manager, batch));
}

async function insertBatch(manager: EntityManager, cargo: CargoBatch): Promise<void> {
  const crossed = new Map(cargo.trips.map((trip) => [trip.tripNumber, trip.crossedAt !== null]));
  const inspectionsOf = new Map<string, Array<{ result: InspectionResult; startedAt: Date }>>();
  for (const inspection of cargo.inspections) {
    const list = inspectionsOf.get(inspection.shipmentControlNumber) ?? [];
    list.push({ result: inspection.result as InspectionResult, startedAt: inspection.startedAt });
    inspectionsOf.set(inspection.shipmentControlNumber, list);
  }
  await bulkInsert(
    manager,
    Trip,
    cargo.trips.map(({ equipment: _equipment, ...trip }) => ({ ...trip, lane: trip.lane as Lane })),
  );
  await bulkInsert(
    manager,
    Equipment,
    cargo.trips.flatMap((trip) =>
      trip.equipment.map((item) => ({ ...item, tripNumber: trip.tripNumber, kind: item.kind as EquipmentKind })),
    ),
  );
  await bulkInsert(
    manager,
    Shipment,
    cargo.shipments.map(({ programCodes: _programs, ...shipment }) => ({
      ...shipment,
      type: shipment.type as ShipmentType,
      status: deriveShipmentStatus(
        crossed.get(shipment.tripNumber) ?? false,
        inspectionsOf.get(shipment.shipmentControlNumber) ?? [],
      ),
    })),
  );
  await bulkInsert(
    manager,
    ShipmentProgram,
    cargo.shipments.flatMap((shipment) =>
      shipment.programCodes.map((programCode) => ({
        shipmentControlNumber: shipment.shipmentControlNumber,
        programCode,
      })),
    ),
  );
  await bulkInsert(manager, GoodsItem, cargo.goodsItems);
  await bulkInsert(
    manager,
    Declaration,
    cargo.declarations.map((declaration) => ({ ...declaration, kind: declaration.kind as DeclarationKind })),
  );
  await bulkInsert(
    manager,
    Inspection,
    cargo.inspections.map(({ agencies: _agencies, pestFindings: _findings, ...inspection }) => ({
      ...inspection,
      kind: inspection.kind as InspectionKind,
      result: inspection.result as InspectionResult,
      reopenedCount: 0,
    })),
  );
  await bulkInsert(
    manager,
    InspectionAgency,
    cargo.inspections.flatMap((inspection) =>
      inspection.agencies.map((agencyCode) => ({ inspectionId: inspection.id, agencyCode })),
    ),
  );
  await bulkInsert(
    manager,
    PestFinding,
    cargo.inspections.flatMap((inspection) =>
      inspection.pestFindings.map((finding) => ({
        ...finding,
        inspectionId: inspection.id,
        action: finding.action as RemedialAction,
      })),
    ),
  );
  await bulkInsert(manager, RiskAssessment, cargo.riskAssessments);
}

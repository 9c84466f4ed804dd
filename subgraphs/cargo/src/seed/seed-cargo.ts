import { insertInChunks } from "@frontera/database";
import { type SeedSize, generateCargo } from "@frontera/seed";
import { type DataSource } from "typeorm";
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

/** Replaces all cargo data with the generated demo data of this size; statuses derived as in use. */
export async function seedCargo(dataSource: DataSource, size: SeedSize): Promise<void> {
  const cargo = generateCargo(size);
  const crossed = new Map(cargo.trips.map((trip) => [trip.tripNumber, trip.crossedAt !== null]));
  const inspectionsOf = new Map<string, Array<{ result: InspectionResult; startedAt: Date }>>();
  for (const inspection of cargo.inspections) {
    const list = inspectionsOf.get(inspection.shipmentControlNumber) ?? [];
    list.push({ result: inspection.result as InspectionResult, startedAt: inspection.startedAt });
    inspectionsOf.set(inspection.shipmentControlNumber, list);
  }

  await dataSource.transaction(async (manager) => {
    for (const entity of cargoEntities) await manager.clear(entity);
    await insertInChunks(
      manager,
      TradeParty,
      cargo.tradeParties.map(({ usdotNumber: _usdot, ...party }) => ({ ...party, roles: party.roles as TradeRole[] })),
    );
    await insertInChunks(
      manager,
      TradeCertification,
      cargo.certifications.map((certification) => ({
        ...certification,
        status: certification.status as CertificationStatus,
      })),
    );
    await insertInChunks(
      manager,
      Trip,
      cargo.trips.map(({ equipment: _equipment, ...trip }) => ({ ...trip, lane: trip.lane as Lane })),
    );
    await insertInChunks(
      manager,
      Equipment,
      cargo.trips.flatMap((trip) =>
        trip.equipment.map((item) => ({ ...item, tripNumber: trip.tripNumber, kind: item.kind as EquipmentKind })),
      ),
    );
    await insertInChunks(
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
    await insertInChunks(
      manager,
      ShipmentProgram,
      cargo.shipments.flatMap((shipment) =>
        shipment.programCodes.map((programCode) => ({
          shipmentControlNumber: shipment.shipmentControlNumber,
          programCode,
        })),
      ),
    );
    await insertInChunks(manager, GoodsItem, cargo.goodsItems);
    await insertInChunks(
      manager,
      Declaration,
      cargo.declarations.map((declaration) => ({ ...declaration, kind: declaration.kind as DeclarationKind })),
    );
    await insertInChunks(
      manager,
      Inspection,
      cargo.inspections.map(({ agencies: _agencies, pestFindings: _findings, ...inspection }) => ({
        ...inspection,
        kind: inspection.kind as InspectionKind,
        result: inspection.result as InspectionResult,
        reopenedCount: 0,
      })),
    );
    await insertInChunks(
      manager,
      InspectionAgency,
      cargo.inspections.flatMap((inspection) =>
        inspection.agencies.map((agencyCode) => ({ inspectionId: inspection.id, agencyCode })),
      ),
    );
    await insertInChunks(
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
    await insertInChunks(manager, RiskAssessment, cargo.riskAssessments);
  });
}

import DataLoader from "dataloader";
import { rowByKeyLoader, rowsByKeyLoader } from "@frontera/database";
import { type CargoRowPolicy, type TradeRow } from "./access/cargo-row-policy";
import { type DataSource, In } from "typeorm";
import { Declaration } from "./declaration/declaration.entity";
import { GoodsItem } from "./goods-item/goods-item.entity";
import { ShipmentHoldEvent } from "./hold/hold-event.entity";
import { ShipmentHold } from "./hold/hold.entity";
import { InspectionEvent } from "./inspection/inspection-event.entity";
import { Inspection, InspectionAgency, PestFinding } from "./inspection/inspection.entity";
import { Pedimento } from "./pedimento/pedimento.entity";
import { RiskAssessment } from "./risk/risk-assessment.entity";
import { inspectionsOf } from "./shipment/shipment-status.commands";
import { Shipment, ShipmentProgram } from "./shipment/shipment.entity";
import { TradeCertification, TradeParty } from "./trade-party/trade-party.entity";
import { Equipment } from "./trip/equipment.entity";
import { Trip } from "./trip/trip.entity";

const keys = (values: readonly string[]) => In([...values]);

type ExaminedShipment = Pick<Shipment, "shipmentControlNumber" | "tripNumber">;

/**
 * Created per request (in the context factory): a loader's cache must not outlive a request.
 * Lists of children are ordered by their parent's key first: the rows then come in the order of
 * the index they are looked up by, with no sort, and each parent's rows keep the order asked for.
 */
export function createCargoLoaders(dataSource: DataSource, rowPolicy: CargoRowPolicy) {
  // Rows the caller may not see are dropped here: to it they do not exist.
  const atPort = <Row extends TradeRow>(rows: Row[]) => rows.filter((row) => rowPolicy.tradeVisible(row));
  const inspectable = (rows: Inspection[]) => rows.filter((row) => rowPolicy.inspectionVisible(row));
  const repository = dataSource.getRepository.bind(dataSource);
  // Holds are cut in SQL by the row policy (kind and port), never fetched and then dropped.
  const visibleHolds = async (column: "id" | "shipmentControlNumber", values: readonly string[]) => {
    if (rowPolicy.readsNoHolds()) return [];
    const query = repository(ShipmentHold)
      .createQueryBuilder("hold")
      .where(`hold.${column} IN (:...values)`, { values: [...values] })
      .orderBy("hold.shipmentControlNumber", "ASC")
      .addOrderBy("hold.placedAt", "ASC")
      .addOrderBy("hold.id", "ASC");
    rowPolicy.restrictHolds(query, "hold");
    return query.getMany();
  };
  return {
    tripByNumber: rowByKeyLoader(
      async (numbers: readonly string[]) => atPort(await repository(Trip).findBy({ tripNumber: keys(numbers) })),
      (trip) => trip.tripNumber,
    ),
    shipmentByControlNumber: rowByKeyLoader(
      async (numbers: readonly string[]) =>
        atPort(await repository(Shipment).findBy({ shipmentControlNumber: keys(numbers) })),
      (shipment) => shipment.shipmentControlNumber,
    ),
    shipmentsByTrip: rowsByKeyLoader(
      async (numbers: readonly string[]) =>
        atPort(
          await repository(Shipment).find({
            where: { tripNumber: keys(numbers) },
            order: { tripNumber: "ASC", shipmentControlNumber: "ASC" },
          }),
        ),
      (shipment) => shipment.tripNumber,
    ),
    goodsItemsByShipment: rowsByKeyLoader(
      (numbers: readonly string[]) =>
        repository(GoodsItem).find({
          where: { shipmentControlNumber: keys(numbers) },
          order: { shipmentControlNumber: "ASC", sequence: "ASC" },
        }),
      (item) => item.shipmentControlNumber,
    ),
    programsByShipment: rowsByKeyLoader(
      (numbers: readonly string[]) =>
        repository(ShipmentProgram).find({
          where: { shipmentControlNumber: keys(numbers) },
          order: { shipmentControlNumber: "ASC", programCode: "ASC" },
        }),
      (link) => link.shipmentControlNumber,
    ),
    tradePartyById: rowByKeyLoader(
      (ids: readonly string[]) => repository(TradeParty).findBy({ id: keys(ids) }),
      (party) => party.id,
    ),
    certificationsByParty: rowsByKeyLoader(
      (ids: readonly string[]) =>
        repository(TradeCertification).find({ where: { tradePartyId: keys(ids) }, order: { programCode: "ASC" } }),
      (certification) => certification.tradePartyId,
    ),
    equipmentByTrip: rowsByKeyLoader(
      (numbers: readonly string[]) =>
        repository(Equipment).find({ where: { tripNumber: keys(numbers) }, order: { number: "ASC" } }),
      (equipment) => equipment.tripNumber,
    ),
    declarationsByShipment: rowsByKeyLoader(
      (numbers: readonly string[]) =>
        repository(Declaration).find({ where: { shipmentControlNumber: keys(numbers) }, order: { filedAt: "ASC" } }),
      (declaration) => declaration.shipmentControlNumber,
    ),
    // Only shipments the caller already sees are asked for: the pedimento lives where they do.
    pedimentoByShipment: rowByKeyLoader(
      (numbers: readonly string[]) => repository(Pedimento).findBy({ shipmentControlNumber: keys(numbers) }),
      (pedimento) => pedimento.shipmentControlNumber,
    ),
    declarationById: rowByKeyLoader(
      (ids: readonly string[]) => repository(Declaration).findBy({ id: keys(ids) }),
      (declaration) => declaration.id,
    ),
    inspectionById: rowByKeyLoader(
      async (ids: readonly string[]) => inspectable(await repository(Inspection).findBy({ id: keys(ids) })),
      (inspection) => inspection.id,
    ),
    // A shipment's own inspections and its trip's as a whole, oldest first, in one statement.
    inspectionsOfShipment: new DataLoader<ExaminedShipment, Inspection[], string>(
      async (shipments) => {
        const rows = inspectable(
          await repository(Inspection).find({
            where: [
              { shipmentControlNumber: keys(shipments.map((shipment) => shipment.shipmentControlNumber)) },
              { tripNumber: keys([...new Set(shipments.map((shipment) => shipment.tripNumber))]) },
            ],
            order: { startedAt: "ASC", id: "ASC" },
          }),
        );
        return shipments.map((shipment) => inspectionsOf(shipment, rows));
      },
      { cacheKeyFn: (shipment) => shipment.shipmentControlNumber },
    ),
    inspectionsOfTrip: rowsByKeyLoader(
      async (numbers: readonly string[]) =>
        inspectable(
          await repository(Inspection).find({
            where: { tripNumber: keys(numbers) },
            order: { tripNumber: "ASC", startedAt: "ASC", id: "ASC" },
          }),
        ),
      (inspection) => inspection.tripNumber!,
    ),
    agenciesByInspection: rowsByKeyLoader(
      (ids: readonly string[]) =>
        repository(InspectionAgency).find({
          where: { inspectionId: keys(ids) },
          order: { inspectionId: "ASC", agencyCode: "ASC" },
        }),
      (link) => link.inspectionId,
    ),
    pestFindingsByInspection: rowsByKeyLoader(
      (ids: readonly string[]) =>
        repository(PestFinding).find({ where: { inspectionId: keys(ids) }, order: { inspectionId: "ASC", id: "ASC" } }),
      (finding) => finding.inspectionId,
    ),
    eventsByInspection: rowsByKeyLoader(
      (ids: readonly string[]) =>
        repository(InspectionEvent).find({
          where: { inspectionId: keys(ids) },
          order: { inspectionId: "ASC", sequence: "ASC" },
        }),
      (event) => event.inspectionId,
    ),
    holdById: rowByKeyLoader(
      (ids: readonly string[]) => visibleHolds("id", ids),
      (hold) => hold.id,
    ),
    // A shipment's holds the caller may read, oldest first, in one statement for a page.
    holdsOfShipment: rowsByKeyLoader(
      (numbers: readonly string[]) => visibleHolds("shipmentControlNumber", numbers),
      (hold) => hold.shipmentControlNumber,
    ),
    eventsByHold: rowsByKeyLoader(
      (ids: readonly string[]) =>
        repository(ShipmentHoldEvent).find({ where: { holdId: keys(ids) }, order: { holdId: "ASC", sequence: "ASC" } }),
      (event) => event.holdId,
    ),
    riskAssessmentById: rowByKeyLoader(
      (ids: readonly string[]) => repository(RiskAssessment).findBy({ id: keys(ids) }),
      (assessment) => assessment.id,
    ),
    riskAssessmentsByShipment: rowsByKeyLoader(
      (numbers: readonly string[]) =>
        repository(RiskAssessment).find({
          where: { shipmentControlNumber: keys(numbers) },
          order: { assessedAt: "DESC", id: "DESC" },
        }),
      (assessment) => assessment.shipmentControlNumber,
    ),
  };
}

export type CargoLoaders = ReturnType<typeof createCargoLoaders>;

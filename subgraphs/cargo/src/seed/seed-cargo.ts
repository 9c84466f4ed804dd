import { insertInChunks } from "@frontera/database";
import { type SeedSize, generateCargo } from "@frontera/seed";
import { type DataSource } from "typeorm";
import { cargoEntities } from "../entities";
import { GoodsItem } from "../goods-item/goods-item.entity";
import { Shipment, ShipmentProgram, type ShipmentType } from "../shipment/shipment.entity";
import { Trip } from "../trip/trip.entity";
import { type Lane } from "../trip/trip.enums";

export async function isCargoDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(Trip).count()) === 0;
}

/** Replaces every trip, shipment and goods item with the generated demo data of this size. */
export async function seedCargo(dataSource: DataSource, size: SeedSize): Promise<void> {
  const { trips, shipments, goodsItems } = generateCargo(size);
  await dataSource.transaction(async (manager) => {
    for (const entity of cargoEntities) await manager.clear(entity);
    await insertInChunks(
      manager,
      Trip,
      trips.map((trip) => ({ ...trip, lane: trip.lane as Lane })),
    );
    await insertInChunks(
      manager,
      Shipment,
      shipments.map(({ programCodes: _programs, ...shipment }) => ({
        ...shipment,
        type: shipment.type as ShipmentType,
      })),
    );
    await insertInChunks(
      manager,
      ShipmentProgram,
      shipments.flatMap((shipment) =>
        shipment.programCodes.map((programCode) => ({
          shipmentControlNumber: shipment.shipmentControlNumber,
          programCode,
        })),
      ),
    );
    await insertInChunks(manager, GoodsItem, goodsItems);
  });
}

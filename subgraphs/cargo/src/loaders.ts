import { rowByKeyLoader, rowsByKeyLoader } from "@frontera/database";
import { type DataSource, In } from "typeorm";
import { GoodsItem } from "./goods-item/goods-item.entity";
import { Shipment, ShipmentProgram } from "./shipment/shipment.entity";
import { Trip } from "./trip/trip.entity";

/** Created per request (in the context factory): a loader's cache must not outlive a request. */
export function createCargoLoaders(dataSource: DataSource) {
  const repository = dataSource.getRepository.bind(dataSource);
  return {
    tripByNumber: rowByKeyLoader(
      (numbers: readonly string[]) => repository(Trip).findBy({ tripNumber: In([...numbers]) }),
      (trip) => trip.tripNumber,
    ),
    shipmentByControlNumber: rowByKeyLoader(
      (numbers: readonly string[]) => repository(Shipment).findBy({ shipmentControlNumber: In([...numbers]) }),
      (shipment) => shipment.shipmentControlNumber,
    ),
    shipmentsByTrip: rowsByKeyLoader(
      (numbers: readonly string[]) =>
        repository(Shipment).find({
          where: { tripNumber: In([...numbers]) },
          order: { shipmentControlNumber: "ASC" },
        }),
      (shipment) => shipment.tripNumber,
    ),
    goodsItemsByShipment: rowsByKeyLoader(
      (numbers: readonly string[]) =>
        repository(GoodsItem).find({
          where: { shipmentControlNumber: In([...numbers]) },
          order: { shipmentControlNumber: "ASC", sequence: "ASC" },
        }),
      (item) => item.shipmentControlNumber,
    ),
    programsByShipment: rowsByKeyLoader(
      (numbers: readonly string[]) =>
        repository(ShipmentProgram).find({
          where: { shipmentControlNumber: In([...numbers]) },
          order: { programCode: "ASC" },
        }),
      (link) => link.shipmentControlNumber,
    ),
  };
}

export type CargoLoaders = ReturnType<typeof createCargoLoaders>;

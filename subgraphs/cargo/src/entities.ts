import { GoodsItem } from "./goods-item/goods-item.entity";
import { Shipment, ShipmentProgram } from "./shipment/shipment.entity";
import { Trip } from "./trip/trip.entity";

export const cargoEntities = [Trip, Shipment, ShipmentProgram, GoodsItem];

import { IdempotencyRecord } from "@frontera/federation";
import { PortDailyCount } from "@frontera/port-daily-counts";
import { TripCrossingEvent } from "./crossing-event/trip-crossing-event.entity";
import { Declaration } from "./declaration/declaration.entity";
import { GoodsItem } from "./goods-item/goods-item.entity";
import { ShipmentHoldEvent } from "./hold/hold-event.entity";
import { ShipmentHold } from "./hold/hold.entity";
import { InspectionEvent } from "./inspection/inspection-event.entity";
import { Inspection, InspectionAgency, PestFinding } from "./inspection/inspection.entity";
import { Pedimento } from "./pedimento/pedimento.entity";
import { RiskAssessment } from "./risk/risk-assessment.entity";
import { Shipment, ShipmentProgram } from "./shipment/shipment.entity";
import { TradeCertification, TradeParty } from "./trade-party/trade-party.entity";
import { Equipment } from "./trip/equipment.entity";
import { Trip } from "./trip/trip.entity";

export const cargoEntities = [
  TradeParty,
  TradeCertification,
  Trip,
  TripCrossingEvent,
  Equipment,
  Shipment,
  ShipmentProgram,
  GoodsItem,
  Declaration,
  Pedimento,
  Inspection,
  InspectionAgency,
  PestFinding,
  InspectionEvent,
  ShipmentHold,
  ShipmentHoldEvent,
  RiskAssessment,
  IdempotencyRecord,
  PortDailyCount,
];

import { scopeDirective } from "@frontera/auth";
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { type CargoContext } from "../context";
import { Declaration } from "../declaration/declaration.entity";
import { GoodsItem } from "../goods-item/goods-item.entity";
import { Inspection } from "../inspection/inspection.entity";
import { PortOfEntry } from "../port-of-entry/port-of-entry.stub";
import { Program } from "../program/program.stub";
import { RiskAssessment } from "../risk/risk-assessment.entity";
import { TradeParty } from "../trade-party/trade-party.entity";
import { Traveller } from "../traveller/traveller.stub";
import { Trip } from "../trip/trip.entity";
import { ShipmentConnection, ShipmentFilter } from "./shipment.connection";
import { Shipment } from "./shipment.entity";
import { findShipmentPage } from "./shipment.query";

@Resolver(() => Shipment)
export class ShipmentResolver {
  @Directive(scopeDirective("cargo:manifest:read"))
  @Query(() => Shipment, { nullable: true })
  shipment(
    @Arg("shipmentControlNumber", () => ID) shipmentControlNumber: string,
    @Ctx() { loaders }: CargoContext,
  ): Promise<Shipment | null> {
    return loaders.shipmentByControlNumber.load(shipmentControlNumber);
  }

  @Directive(scopeDirective("cargo:manifest:read"))
  @Query(() => ShipmentConnection, { nullable: true })
  shipments(
    @Arg("filter", () => ShipmentFilter, { nullable: true }) filter: ShipmentFilter | null,
    @Arg("first", () => Int, { defaultValue: 20, description: "At most 100." }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() { dataSource, visibility }: CargoContext,
  ): Promise<ShipmentConnection> {
    return findShipmentPage(dataSource, visibility, filter ?? {}, first, after);
  }

  @FieldResolver(() => Trip)
  trip(@Root() shipment: Shipment, @Ctx() { loaders }: CargoContext): Promise<Trip | null> {
    return loaders.tripByNumber.load(shipment.tripNumber);
  }

  @FieldResolver(() => PortOfEntry, { description: "The trip's port of arrival." })
  port(@Root() shipment: Shipment): PortOfEntry {
    return { code: shipment.portCode };
  }

  @FieldResolver(() => Traveller, { description: "The trip's driver." })
  async driver(@Root() shipment: Shipment, @Ctx() { loaders }: CargoContext): Promise<Traveller | null> {
    const trip = await loaders.tripByNumber.load(shipment.tripNumber);
    return trip && { id: trip.driverId };
  }

  @Directive(scopeDirective("cargo:commercial:read"))
  @FieldResolver(() => TradeParty, { nullable: true })
  shipper(@Root() shipment: Shipment, @Ctx() { loaders }: CargoContext): Promise<TradeParty | null> {
    return loaders.tradePartyById.load(shipment.shipperId);
  }

  @Directive(scopeDirective("cargo:commercial:read"))
  @FieldResolver(() => TradeParty, { nullable: true })
  consignee(@Root() shipment: Shipment, @Ctx() { loaders }: CargoContext): Promise<TradeParty | null> {
    return loaders.tradePartyById.load(shipment.consigneeId);
  }

  @Directive(scopeDirective("cargo:commercial:read"))
  @FieldResolver(() => TradeParty, { nullable: true, description: "Importer of record, once known." })
  importer(@Root() shipment: Shipment, @Ctx() { loaders }: CargoContext): Promise<TradeParty | null> | null {
    return shipment.importerId ? loaders.tradePartyById.load(shipment.importerId) : null;
  }

  @FieldResolver(() => [GoodsItem])
  goodsItems(@Root() shipment: Shipment, @Ctx() { loaders }: CargoContext): Promise<GoodsItem[]> {
    return loaders.goodsItemsByShipment.load(shipment.shipmentControlNumber);
  }

  @Directive(scopeDirective("cargo:commercial:read"))
  @FieldResolver(() => [Declaration], { nullable: true })
  declarations(@Root() shipment: Shipment, @Ctx() { loaders }: CargoContext): Promise<Declaration[]> {
    return loaders.declarationsByShipment.load(shipment.shipmentControlNumber);
  }

  @FieldResolver(() => [Program], { description: "Programs the shipment moves under (UCP, FAST, NARP, …)." })
  async programs(@Root() shipment: Shipment, @Ctx() { loaders }: CargoContext): Promise<Program[]> {
    const links = await loaders.programsByShipment.load(shipment.shipmentControlNumber);
    return links.map((link) => ({ code: link.programCode }));
  }

  @Directive(scopeDirective("inspection:read", "inspection:joint:read", "inspection:agri:read"))
  @FieldResolver(() => [Inspection], { nullable: true, description: "Oldest first." })
  inspections(@Root() shipment: Shipment, @Ctx() { loaders }: CargoContext): Promise<Inspection[]> {
    return loaders.inspectionsByShipment.load(shipment.shipmentControlNumber);
  }

  @Directive(scopeDirective("risk:read"))
  @FieldResolver(() => RiskAssessment, { nullable: true, description: "The latest assessment (risk:read)." })
  async riskAssessment(@Root() shipment: Shipment, @Ctx() { loaders }: CargoContext): Promise<RiskAssessment | null> {
    const assessments = await loaders.riskAssessmentsByShipment.load(shipment.shipmentControlNumber);
    return assessments[0] ?? null;
  }
}

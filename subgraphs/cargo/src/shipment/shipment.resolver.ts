import { scopeDirective } from "@frontera/auth";
import { type ListArguments, listArgs } from "@frontera/federation";
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { type CargoContext } from "../context";
import { Declaration } from "../declaration/declaration.entity";
import { GoodsItem } from "../goods-item/goods-item.entity";
import { ShipmentHold } from "../hold/hold.entity";
import { Inspection } from "../inspection/inspection.entity";
import { PortOfEntry } from "../port-of-entry/port-of-entry.stub";
import { Program } from "../program/program.stub";
import { RiskAssessment } from "../risk/risk-assessment.entity";
import { TradeParty } from "../trade-party/trade-party.entity";
import { HOLD_SCOPES, INSPECTION_SCOPES } from "../access/cargo-row-policy";
import { Trip } from "../trip/trip.entity";
import { ShipmentConnection, ShipmentFilter, ShipmentOrder } from "./shipment.connection";
import { ShipmentStatus, deriveShipmentStatus } from "./shipment-status";
import { Shipment } from "./shipment.entity";
import { findShipmentPage } from "./shipment.query";

const ShipmentListArgs = listArgs({ filter: ShipmentFilter, orderBy: ShipmentOrder });

@Resolver(() => Shipment)
export class ShipmentResolver {
  @Directive(scopeDirective("cargo:manifest:read"))
  @Query(() => Shipment, { nullable: true })
  shipment(
    @Arg("shipmentControlNumber", () => ID, {
      description: "The shipment's control number (SCAC and 4 to 12 characters).",
    })
    shipmentControlNumber: string,
    @Ctx() { loaders }: CargoContext,
  ): Promise<Shipment | null> {
    return loaders.shipmentByControlNumber.load(shipmentControlNumber);
  }

  @Directive(scopeDirective("cargo:manifest:read"))
  @Query(() => ShipmentConnection, { nullable: true })
  shipments(
    @Args(() => ShipmentListArgs) { filter, orderBy, ...page }: ListArguments<ShipmentFilter, ShipmentOrder>,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<ShipmentConnection> {
    return findShipmentPage(dataSource, rows, filter ?? {}, page, orderBy);
  }

  @FieldResolver(() => Trip)
  trip(@Root() shipment: Shipment, @Ctx() { loaders }: CargoContext): Promise<Trip | null> {
    return loaders.tripByNumber.load(shipment.tripNumber);
  }

  @FieldResolver(() => PortOfEntry, { nullable: true, description: "The trip's port of arrival." })
  port(@Root() shipment: Shipment): PortOfEntry {
    return { code: shipment.portCode };
  }

  // Hidden from clients: the travellers subgraph requires it to resolve Shipment.driver.
  @Directive("@inaccessible")
  @FieldResolver(() => ID)
  async driverId(@Root() shipment: Shipment, @Ctx() { loaders }: CargoContext): Promise<string | null> {
    const trip = await loaders.tripByNumber.load(shipment.tripNumber);
    return trip?.driverId ?? null;
  }

  @Directive(scopeDirective(...INSPECTION_SCOPES))
  @FieldResolver(() => ShipmentStatus, {
    nullable: true,
    description:
      "Where the shipment stands, from its trip, its inspections and its holds: SEIZED if any inspection seized or destroyed it, else REEXPORTED, else ON_HOLD while a hold is open, else HELD, else IN_INSPECTION while an exam is open or a referral awaits the next, else AWAITING_ARRIVAL until the truck crosses, else RELEASED. A caller who may not read every inspection and every hold at the shipment's port gets the status the inspections and holds it may read give.",
  })
  async status(@Root() shipment: Shipment, @Ctx() { loaders, rows }: CargoContext): Promise<ShipmentStatus | null> {
    if (rows.seesEveryInspectionAt(shipment) && rows.seesEveryHoldAt(shipment)) return shipment.status;
    // Anything else would tell a partner what an inspection or a hold it may not read decided.
    const [trip, inspections, holds] = await Promise.all([
      loaders.tripByNumber.load(shipment.tripNumber),
      loaders.inspectionsOfShipment.load(shipment),
      loaders.holdsOfShipment.load(shipment.shipmentControlNumber),
    ]);
    return deriveShipmentStatus(trip?.crossedAt != null, inspections, holds);
  }

  @Directive(scopeDirective(...HOLD_SCOPES))
  @FieldResolver(() => [ShipmentHold], {
    nullable: true,
    description:
      "Holds placed on it, open and released, oldest first: every kind with hold:read, AGRICULTURAL ones only with hold:agri:read.",
  })
  holds(@Root() shipment: Shipment, @Ctx() { loaders }: CargoContext): Promise<ShipmentHold[]> {
    return loaders.holdsOfShipment.load(shipment.shipmentControlNumber);
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

  @FieldResolver(() => [Program], {
    nullable: "items",
    description: "Programs the shipment moves under (UCP, FAST, NARP, …).",
  })
  async programs(@Root() shipment: Shipment, @Ctx() { loaders }: CargoContext): Promise<Program[]> {
    const links = await loaders.programsByShipment.load(shipment.shipmentControlNumber);
    return links.map((link) => ({ code: link.programCode }));
  }

  @Directive(scopeDirective("inspection:read", "inspection:joint:read", "inspection:agri:read"))
  @FieldResolver(() => [Inspection], {
    nullable: true,
    description: "Its inspections and those of its trip as a whole (one X-ray of the truck), oldest first.",
  })
  inspections(@Root() shipment: Shipment, @Ctx() { loaders }: CargoContext): Promise<Inspection[]> {
    return loaders.inspectionsOfShipment.load(shipment);
  }

  @Directive(scopeDirective("risk:read"))
  @FieldResolver(() => RiskAssessment, { nullable: true, description: "The latest assessment (risk:read)." })
  async riskAssessment(@Root() shipment: Shipment, @Ctx() { loaders }: CargoContext): Promise<RiskAssessment | null> {
    const assessments = await loaders.riskAssessmentsByShipment.load(shipment.shipmentControlNumber);
    return assessments[0] ?? null;
  }
}

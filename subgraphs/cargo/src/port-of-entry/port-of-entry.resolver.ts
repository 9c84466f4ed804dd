import { scopeDirective } from "@frontera/auth";
import { PageArgs } from "@frontera/federation";
import { Arg, Args, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { type CargoContext } from "../context";
import { InspectionConnection, InspectionFilter, InspectionOrder } from "../inspection/inspection.connection";
import { findInspectionPage } from "../inspection/inspection.query";
import { ShipmentConnection, ShipmentFilter, ShipmentOrder } from "../shipment/shipment.connection";
import { findShipmentPage } from "../shipment/shipment.query";
import { TripConnection, TripFilter, TripOrder } from "../trip/trip.connection";
import { findTripPage } from "../trip/trip.query";
import { PortOfEntry } from "./port-of-entry.stub";

// The traffic of a port, contributed to the agreements subgraph's PortOfEntry. Each is one
// connection per port: a dashboard asks for one port at a time.
@Resolver(() => PortOfEntry)
export class PortOfEntryTrafficResolver {
  @Directive(scopeDirective("cargo:manifest:read"))
  @FieldResolver(() => ShipmentConnection, { nullable: true, description: "Shipments arriving at this port." })
  shipments(
    @Root() port: PortOfEntry,
    @Arg("filter", () => ShipmentFilter, {
      nullable: true,
      description: "Conditions every returned row meets (its port is this one); omit for all.",
    })
    filter: ShipmentFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("orderBy", () => ShipmentOrder, {
      nullable: true,
      description: "The order of the rows; omit for the default.",
    })
    orderBy: ShipmentOrder | null,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<ShipmentConnection> {
    return findShipmentPage(dataSource, rows, { ...filter, portCode: port.code }, page, orderBy);
  }

  @Directive(scopeDirective("inspection:read", "inspection:joint:read", "inspection:agri:read"))
  @FieldResolver(() => InspectionConnection, { nullable: true, description: "Inspections at this port, latest first." })
  inspections(
    @Root() port: PortOfEntry,
    @Arg("filter", () => InspectionFilter, {
      nullable: true,
      description: "Conditions every returned row meets (its port is this one); omit for all.",
    })
    filter: InspectionFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("orderBy", () => InspectionOrder, {
      nullable: true,
      description: "The order of the rows; omit for the default.",
    })
    orderBy: InspectionOrder | null,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<InspectionConnection> {
    return findInspectionPage(dataSource, rows, { ...filter, portCode: port.code }, page, orderBy);
  }

  @Directive(scopeDirective("cargo:manifest:read"))
  @FieldResolver(() => TripConnection, { nullable: true, description: "Trucks that crossed here in [from, to)." })
  truckCrossings(
    @Root() port: PortOfEntry,
    @Arg("filter", () => TripFilter, {
      nullable: true,
      description: "Conditions every returned trip meets (it crossed, here); `crossedAt` gives the window.",
    })
    filter: TripFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("orderBy", () => TripOrder, { nullable: true, description: "The order of the rows; omit for the default." })
    orderBy: TripOrder | null,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<TripConnection> {
    return findTripPage(dataSource, rows, { ...filter, portCode: port.code, crossed: true }, page, orderBy);
  }
}

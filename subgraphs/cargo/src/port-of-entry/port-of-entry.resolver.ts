import { scopeDirective } from "@frontera/auth";
import { type ListArguments, listArgs } from "@frontera/federation";
import { Arg, Args, Ctx, Directive, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { type CargoContext } from "../context";
import { InspectionConnection, InspectionFilter, InspectionOrder } from "../inspection/inspection.connection";
import { findInspectionPage } from "../inspection/inspection.query";
import { ShipmentConnection, ShipmentFilter, ShipmentOrder } from "../shipment/shipment.connection";
import { findShipmentPage } from "../shipment/shipment.query";
import { TripConnection, TripFilter, TripOrder } from "../trip/trip.connection";
import { countLateManifests, findTripPage } from "../trip/trip.query";
import { PortOfEntry } from "./port-of-entry.stub";

const AT_THIS_PORT = "Conditions every returned row meets (its port is this one); omit for all.";
const PortShipmentsArgs = listArgs({ filter: ShipmentFilter, orderBy: ShipmentOrder, filterDescription: AT_THIS_PORT });
const PortInspectionsArgs = listArgs({
  filter: InspectionFilter,
  orderBy: InspectionOrder,
  filterDescription: AT_THIS_PORT,
});
const TruckCrossingsArgs = listArgs({
  filter: TripFilter,
  orderBy: TripOrder,
  filterDescription: "Conditions every returned trip meets (it crossed, here); `crossedAt` gives the window.",
});

// The traffic of a port, contributed to the agreements subgraph's PortOfEntry. Each is one
// connection per port: a dashboard asks for one port at a time.
@Resolver(() => PortOfEntry)
export class PortOfEntryTrafficResolver {
  @Directive(scopeDirective("cargo:manifest:read"))
  @FieldResolver(() => ShipmentConnection, { nullable: true, description: "Shipments arriving at this port." })
  shipments(
    @Root() port: PortOfEntry,
    @Args(() => PortShipmentsArgs) { filter, orderBy, ...page }: ListArguments<ShipmentFilter, ShipmentOrder>,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<ShipmentConnection> {
    return findShipmentPage(dataSource, rows, { ...filter, portCode: port.code }, page, orderBy);
  }

  @Directive(scopeDirective("inspection:read", "inspection:joint:read", "inspection:agri:read"))
  @FieldResolver(() => InspectionConnection, { nullable: true, description: "Inspections at this port, latest first." })
  inspections(
    @Root() port: PortOfEntry,
    @Args(() => PortInspectionsArgs) { filter, orderBy, ...page }: ListArguments<InspectionFilter, InspectionOrder>,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<InspectionConnection> {
    return findInspectionPage(dataSource, rows, { ...filter, portCode: port.code }, page, orderBy);
  }

  @Directive(scopeDirective("cargo:manifest:read"))
  @FieldResolver(() => TripConnection, { nullable: true, description: "Trucks that crossed here in [from, to)." })
  truckCrossings(
    @Root() port: PortOfEntry,
    @Args(() => TruckCrossingsArgs) { filter, orderBy, ...page }: ListArguments<TripFilter, TripOrder>,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<TripConnection> {
    return findTripPage(dataSource, rows, { ...filter, portCode: port.code, crossed: true }, page, orderBy);
  }

  @Directive(scopeDirective("cargo:manifest:read"))
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "Trips due here (estimated arrival in [from, to)) whose e-manifest came late (Trip.manifestLate): the same trips as trips(filter: { portCode, estimatedArrival, manifestLate: true }), counted from per-day totals.",
  })
  lateManifestCount(
    @Root() port: PortOfEntry,
    @Arg("from", () => Date, { description: "The first instant of the window (included)." }) from: Date,
    @Arg("to", () => Date, { description: "The first instant after the window (excluded)." }) to: Date,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<number> {
    return countLateManifests(dataSource, rows, port.code, { from, to });
  }
}

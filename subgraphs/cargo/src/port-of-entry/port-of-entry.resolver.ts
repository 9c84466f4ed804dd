import { scopeDirective } from "@frontera/auth";
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { type CargoContext } from "../context";
import { InspectionConnection, InspectionFilter } from "../inspection/inspection.connection";
import { findInspectionPage } from "../inspection/inspection.query";
import { ShipmentConnection, ShipmentFilter } from "../shipment/shipment.connection";
import { findShipmentPage } from "../shipment/shipment.query";
import { TripConnection } from "../trip/trip.connection";
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
      description: "Conditions every returned row meets; omit for all.",
    })
    filter: ShipmentFilter | null,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many rows to return, 0 to 100." }) first: number,
    @Arg("after", () => String, {
      nullable: true,
      description: "Return the rows after this cursor (a previous page's endCursor); omit for the first page.",
    })
    after: string | null,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<ShipmentConnection> {
    return findShipmentPage(dataSource, rows, { ...filter, portCode: port.code }, first, after);
  }

  @Directive(scopeDirective("inspection:read", "inspection:joint:read", "inspection:agri:read"))
  @FieldResolver(() => InspectionConnection, { nullable: true, description: "Inspections at this port, latest first." })
  inspections(
    @Root() port: PortOfEntry,
    @Arg("filter", () => InspectionFilter, {
      nullable: true,
      description: "Conditions every returned row meets; omit for all.",
    })
    filter: InspectionFilter | null,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many rows to return, 0 to 100." }) first: number,
    @Arg("after", () => String, {
      nullable: true,
      description: "Return the rows after this cursor (a previous page's endCursor); omit for the first page.",
    })
    after: string | null,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<InspectionConnection> {
    return findInspectionPage(dataSource, rows, { ...filter, portCode: port.code }, first, after);
  }

  @Directive(scopeDirective("cargo:manifest:read"))
  @FieldResolver(() => TripConnection, { nullable: true, description: "Trucks that crossed here in [from, to)." })
  truckCrossings(
    @Root() port: PortOfEntry,
    @Arg("from", () => Date, { description: "Start of the period." }) from: Date,
    @Arg("to", () => Date, { description: "End of the period." }) to: Date,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many rows to return, 0 to 100." }) first: number,
    @Arg("after", () => String, {
      nullable: true,
      description: "Return the rows after this cursor (a previous page's endCursor); omit for the first page.",
    })
    after: string | null,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<TripConnection> {
    return findTripPage(dataSource, rows, { portCode: port.code, crossedFrom: from, crossedTo: to }, first, after);
  }
}

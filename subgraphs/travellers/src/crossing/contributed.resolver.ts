import { scopeDirective } from "@frontera/auth";
import { PageArgs } from "@frontera/federation";
import { Arg, Args, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { type TravellersContext } from "../context";
import { PortOfEntry } from "../port-of-entry/port-of-entry.stub";
import { Trip } from "../trip/trip.stub";
import { CrossingConnection, CrossingFilter, CrossingOrder } from "./crossing.connection";
import { Crossing } from "./crossing.entity";
import { findCrossingPage } from "./crossing.query";

@Resolver(() => PortOfEntry)
export class PortOfEntryCrossingsResolver {
  @Directive(scopeDirective("traveller:identity:read"))
  @FieldResolver(() => CrossingConnection, { nullable: true, description: "People crossing here, latest first." })
  crossings(
    @Root() port: PortOfEntry,
    @Arg("filter", () => CrossingFilter, {
      nullable: true,
      description: "Conditions every returned crossing meets (its port is this one); omit for all.",
    })
    filter: CrossingFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("orderBy", () => CrossingOrder, {
      nullable: true,
      description: "The order of the rows; omit for the default.",
    })
    orderBy: CrossingOrder | null,
    @Ctx() { dataSource, rows }: TravellersContext,
  ): Promise<CrossingConnection> {
    return findCrossingPage(dataSource, rows, { ...filter, portCode: port.code }, page, orderBy);
  }
}

@Resolver(() => Trip)
export class TripCrossingResolver {
  @Directive(scopeDirective("traveller:identity:read"))
  @FieldResolver(() => Crossing, {
    nullable: true,
    description: "The driver's crossing on this trip, once it crossed.",
  })
  crossing(@Root() trip: Trip, @Ctx() { loaders }: TravellersContext): Promise<Crossing | null> {
    return loaders.crossingByTrip.load(trip.tripNumber);
  }
}

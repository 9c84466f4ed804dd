import { scopeDirective } from "@frontera/auth";
import { type ListArguments, listArgs } from "@frontera/federation";
import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { type TravellersContext } from "../context";
import { PortOfEntry } from "../port-of-entry/port-of-entry.stub";
import { Trip } from "../trip/trip.stub";
import { CrossingConnection, CrossingFilter, CrossingOrder } from "./crossing.connection";
import { Crossing } from "./crossing.entity";
import { findCrossingPage } from "./crossing.query";

const PortCrossingsArgs = listArgs({
  filter: CrossingFilter,
  orderBy: CrossingOrder,
  filterDescription: "Conditions every returned crossing meets (its port is this one); omit for all.",
});

@Resolver(() => PortOfEntry)
export class PortOfEntryCrossingsResolver {
  @Directive(scopeDirective("traveller:identity:read"))
  @FieldResolver(() => CrossingConnection, { nullable: true, description: "People crossing here, latest first." })
  crossings(
    @Root() port: PortOfEntry,
    @Args(() => PortCrossingsArgs) { filter, orderBy, ...page }: ListArguments<CrossingFilter, CrossingOrder>,
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

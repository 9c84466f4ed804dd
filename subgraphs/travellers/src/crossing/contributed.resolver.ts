import { scopeDirective } from "@frontera/auth";
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { type TravellersContext } from "../context";
import { PortOfEntry } from "../port-of-entry/port-of-entry.stub";
import { Trip } from "../trip/trip.stub";
import { CrossingConnection } from "./crossing.connection";
import { Crossing } from "./crossing.entity";
import { findCrossingPage } from "./crossing.query";

@Resolver(() => PortOfEntry)
export class PortOfEntryCrossingsResolver {
  @Directive(scopeDirective("traveller:identity:read"))
  @FieldResolver(() => CrossingConnection, { nullable: true, description: "People crossing here, latest first." })
  crossings(
    @Root() port: PortOfEntry,
    @Arg("from", () => Date, {
      nullable: true,
      description: "Only crossings at or after this time; omit for no lower bound.",
    })
    from: Date | null,
    @Arg("to", () => Date, { nullable: true, description: "Only crossings up to this time; omit for no upper bound." })
    to: Date | null,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many rows to return, 0 to 100." }) first: number,
    @Arg("after", () => String, {
      nullable: true,
      description: "Return the rows after this cursor (a previous page's endCursor); omit for the first page.",
    })
    after: string | null,
    @Ctx() { dataSource, rows }: TravellersContext,
  ): Promise<CrossingConnection> {
    return findCrossingPage(
      dataSource,
      rows,
      { portCode: port.code, from: from ?? undefined, to: to ?? undefined },
      first,
      after,
    );
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

import { scopeDirective } from "@frontera/auth";
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { type CargoContext } from "../context";
import { TripConnection } from "../trip/trip.connection";
import { findTripPage } from "../trip/trip.query";
import { Traveller } from "./traveller.stub";

@Resolver(() => Traveller)
export class TravellerTripsResolver {
  @Directive(scopeDirective("cargo:manifest:read"))
  @FieldResolver(() => TripConnection, { nullable: true, description: "Trips this traveller drove, latest first." })
  tripsAsDriver(
    @Root() traveller: Traveller,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many rows to return, 0 to 100." }) first: number,
    @Arg("after", () => String, {
      nullable: true,
      description: "Return the rows after this cursor (a previous page's endCursor); omit for the first page.",
    })
    after: string | null,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<TripConnection> {
    return findTripPage(dataSource, rows, { driverId: traveller.travellerId }, { first, after });
  }
}

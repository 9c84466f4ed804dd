import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { type CargoContext } from "../context";
import { PortOfEntry } from "../port-of-entry/port-of-entry.stub";
import { Shipment } from "../shipment/shipment.entity";
import { Traveller } from "../traveller/traveller.stub";
import { Trip } from "./trip.entity";

@Resolver(() => Trip)
export class TripResolver {
  @Query(() => Trip, { nullable: true })
  trip(@Arg("tripNumber", () => ID) tripNumber: string, @Ctx() { loaders }: CargoContext): Promise<Trip | null> {
    return loaders.tripByNumber.load(tripNumber);
  }

  @FieldResolver(() => PortOfEntry)
  portOfArrival(@Root() trip: Trip): PortOfEntry {
    return { code: trip.portCode };
  }

  @FieldResolver(() => Traveller)
  driver(@Root() trip: Trip): Traveller {
    return { id: trip.driverId };
  }

  @FieldResolver(() => [Shipment])
  shipments(@Root() trip: Trip, @Ctx() { loaders }: CargoContext): Promise<Shipment[]> {
    return loaders.shipmentsByTrip.load(trip.tripNumber);
  }
}

import { scopeDirective } from "@frontera/auth";
import { naturalKeyArgument } from "@frontera/federation";
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { type CargoContext } from "../context";
import { FIRST, LAST } from "../connection/page-arguments";
import { PortOfEntry } from "../port-of-entry/port-of-entry.stub";
import { Shipment } from "../shipment/shipment.entity";
import { TradeParty } from "../trade-party/trade-party.entity";
import { Conveyance } from "./conveyance";
import { Equipment } from "./equipment.entity";
import { TripConnection, TripFilter, TripOrder } from "./trip.connection";
import { Trip } from "./trip.entity";
import { findTripPage } from "./trip.query";

@Resolver(() => Trip)
export class TripResolver {
  @Directive(scopeDirective("cargo:manifest:read"))
  @Query(() => Trip, { nullable: true })
  trip(@Arg("tripNumber", () => ID) tripNumber: string, @Ctx() { loaders }: CargoContext): Promise<Trip | null> {
    return loaders.tripByNumber.load(tripNumber);
  }

  @Directive(scopeDirective("cargo:manifest:read"))
  @Query(() => TripConnection, { nullable: true })
  trips(
    @Arg("filter", () => TripFilter, { nullable: true }) filter: TripFilter | null,
    @Arg("first", () => Int, { nullable: true, description: FIRST }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("last", () => Int, { nullable: true, description: LAST }) last: number | null,
    @Arg("before", () => String, { nullable: true }) before: string | null,
    @Arg("orderBy", () => TripOrder, { nullable: true }) orderBy: TripOrder | null,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<TripConnection> {
    const driverId = filter?.driverId ? naturalKeyArgument(filter.driverId, "Traveller", "filter.driverId") : undefined;
    return findTripPage(dataSource, rows, { ...filter, driverId }, { first, after, last, before }, orderBy);
  }

  @Directive(scopeDirective("cargo:commercial:read"))
  @FieldResolver(() => TradeParty, { nullable: true })
  carrier(@Root() trip: Trip, @Ctx() { loaders }: CargoContext): Promise<TradeParty | null> {
    return loaders.tradePartyById.load(trip.carrierId);
  }

  @FieldResolver(() => PortOfEntry, { nullable: true })
  portOfArrival(@Root() trip: Trip): PortOfEntry {
    return { code: trip.portCode };
  }

  @FieldResolver(() => [Shipment], { nullable: true })
  shipments(@Root() trip: Trip, @Ctx() { loaders }: CargoContext): Promise<Shipment[]> {
    return loaders.shipmentsByTrip.load(trip.tripNumber);
  }

  @Directive(scopeDirective("cargo:conveyance:read"))
  @FieldResolver(() => Conveyance, { nullable: true })
  conveyance(@Root() trip: Trip): Conveyance {
    return { vin: trip.conveyanceVin, licensePlate: trip.conveyancePlate, usdotNumber: trip.conveyanceUsdot };
  }

  @Directive(scopeDirective("cargo:conveyance:read"))
  @FieldResolver(() => [Equipment], { nullable: true })
  equipment(@Root() trip: Trip, @Ctx() { loaders }: CargoContext): Promise<Equipment[]> {
    return loaders.equipmentByTrip.load(trip.tripNumber);
  }
}

import { scopeDirective } from "@frontera/auth";
import { type ListArguments, listArgs, naturalKeyArgument } from "@frontera/federation";
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { type CargoContext } from "../context";
import { PortOfEntry } from "../port-of-entry/port-of-entry.stub";
import { INSPECTION_SCOPES } from "../access/cargo-row-policy";
import { Inspection } from "../inspection/inspection.entity";
import { Shipment } from "../shipment/shipment.entity";
import { TradeParty } from "../trade-party/trade-party.entity";
import { Conveyance } from "./conveyance";
import { Equipment } from "./equipment.entity";
import { manifestTimeliness } from "./manifest-timeliness";
import { TripConnection, TripFilter, TripOrder } from "./trip.connection";
import { Trip } from "./trip.entity";
import { findTripPage } from "./trip.query";

const TripListArgs = listArgs({ filter: TripFilter, orderBy: TripOrder });

@Resolver(() => Trip)
export class TripResolver {
  @Directive(scopeDirective("cargo:manifest:read"))
  @Query(() => Trip, { nullable: true })
  trip(
    @Arg("tripNumber", () => ID, {
      description: "The trip number: 8 to 25 characters, starting with the carrier's SCAC.",
    })
    tripNumber: string,
    @Ctx() { loaders }: CargoContext,
  ): Promise<Trip | null> {
    return loaders.tripByNumber.load(tripNumber);
  }

  @Directive(scopeDirective("cargo:manifest:read"))
  @Query(() => TripConnection, { nullable: true })
  trips(
    @Args(() => TripListArgs) { filter, orderBy, ...page }: ListArguments<TripFilter, TripOrder>,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<TripConnection> {
    const driverId = filter?.driverId ? naturalKeyArgument(filter.driverId, "Traveller", "filter.driverId") : undefined;
    return findTripPage(dataSource, rows, { ...filter, driverId }, page, orderBy);
  }

  @FieldResolver(() => Trip, {
    nullable: true,
    description:
      "The trip this one returns from (a truck that went north coming back south); null when it is none, or one the caller may not see.",
  })
  returnOf(@Root() trip: Trip, @Ctx() { loaders }: CargoContext): Promise<Trip | null> | null {
    return trip.returnOfTripNumber ? loaders.tripByNumber.load(trip.returnOfTripNumber) : null;
  }

  @Directive(scopeDirective("cargo:commercial:read"))
  @FieldResolver(() => TradeParty, { nullable: true })
  carrier(@Root() trip: Trip, @Ctx() { loaders }: CargoContext): Promise<TradeParty | null> {
    return loaders.tradePartyById.load(trip.carrierId);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "How many whole minutes before the truck's arrival its e-manifest came (negative: after). Arrival is the crossing once recorded, else the estimated arrival. Null when no receipt is on file.",
  })
  manifestMinutesBeforeArrival(@Root() trip: Trip): number | null {
    return manifestTimeliness(trip)?.minutesBeforeArrival ?? null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "How long before arrival the e-manifest was due (19 CFR 123.92): 60 minutes, 30 for a FAST trip (FAST or UCP lane).",
  })
  manifestDueMinutesBeforeArrival(@Root() trip: Trip): number | null {
    return manifestTimeliness(trip)?.dueMinutesBeforeArrival ?? null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "Whether the e-manifest came later than it was due (see manifestMinutesBeforeArrival); null when no receipt is on file.",
  })
  manifestLate(@Root() trip: Trip): boolean | null {
    return manifestTimeliness(trip)?.late ?? null;
  }

  @FieldResolver(() => PortOfEntry, { nullable: true })
  portOfArrival(@Root() trip: Trip): PortOfEntry {
    return { code: trip.portCode };
  }

  @Directive(scopeDirective(...INSPECTION_SCOPES))
  @FieldResolver(() => [Inspection], {
    nullable: true,
    description:
      "Inspections of the trip as a whole (the truck and everything on it), oldest first; each shipment's inspections list them too.",
  })
  inspections(@Root() trip: Trip, @Ctx() { loaders }: CargoContext): Promise<Inspection[]> {
    return loaders.inspectionsOfTrip.load(trip.tripNumber);
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

import { scopeDirective } from "@frontera/auth";
import { addToDailyCount } from "@frontera/port-daily-counts";
import {
  runIdempotentMutation,
  IdempotencyKeyArg,
  InputProblems,
  Lane,
  conflict,
  naturalKeyArgument,
  notFound,
} from "@frontera/federation";
import { Arg, Ctx, Directive, ID, Mutation, Resolver } from "type-graphql";
import { IsNull } from "typeorm";
import { type CargoContext } from "../context";
import { CROSSING_RELAY } from "../crossing-event/crossing-relay";
import { recordCrossingEvent } from "../crossing-event/crossing-event.commands";
import { LATE_MANIFESTS_BY_ARRIVAL, TRIPS_BY_CROSSING } from "../port-of-entry/port-traffic-counts";
import { refreshStatusesOfTrip } from "../shipment/shipment-status.commands";
import { TripManifestInput } from "./trip-manifest.inputs";
import { recordTripManifest } from "./trip-manifest.commands";
import { checkManifestWrite, checkTripManifest } from "./trip-manifest.rules";
import { manifestTimeliness } from "./manifest-timeliness";
import { Direction } from "@frontera/federation";
import { Trip } from "./trip.entity";
import { checkTruckLane } from "./truck-lane.rules";
import { RecordTripCrossingPayload, SubmitTripManifestPayload } from "./trip.payloads";

// Clocks of booths and servers differ a little; a crossing further in the future is a typo.
const CLOCK_SKEW_MS = 5 * 60_000;

@Resolver(() => Trip)
export class TripMutationResolver {
  @Directive(scopeDirective("cargo:write"))
  @Mutation(() => SubmitTripManifestPayload.type, {
    nullable: true,
    description:
      "Files an e-manifest: the trip and all its shipments, in one transaction. Northbound by default; a southbound trip (input.direction) may be an empty truck and may name the northbound trip it returns from. Needs cargo:write at the trip's port in its direction.",
  })
  async submitTripManifest(
    @Arg("input", () => TripManifestInput, {
      description: "The trip, its conveyance and equipment, and its shipments with their goods.",
    })
    input: TripManifestInput,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() context: CargoContext,
  ) {
    input.driverId = naturalKeyArgument(input.driverId, "Traveller", "input.driverId");
    if (input.returnOfTripNumber) {
      input.returnOfTripNumber = naturalKeyArgument(input.returnOfTripNumber, "Trip", "input.returnOfTripNumber");
    }
    checkManifestWrite(context, input);
    const reference = await context.reference.get();
    return runIdempotentMutation(SubmitTripManifestPayload, context, {
      key: idempotencyKey,
      arguments: input,
      write: async (manager) => {
        const problems = new InputProblems();
        await checkTripManifest(manager, input, reference, problems);
        problems.throwIfAny();
        // Received now: the time the rule of 19 CFR 123.92 measures (see manifest-timeliness.ts).
        return recordTripManifest(manager, input, new Date());
      },
    });
  }

  @Directive(scopeDirective("cargo:write"))
  @Mutation(() => RecordTripCrossingPayload.type, {
    nullable: true,
    description:
      "Records that a trip's truck crossed, in which lane and when: the one record of it. The driver's `Traveller.crossings` shows the same crossing within seconds (travellers gets it from cargo; `recordCrossing` takes no trip).",
  })
  async recordTripCrossing(
    @Arg("tripNumber", () => ID, { description: "The trip number." }) tripNumber: string,
    @Arg("lane", () => Lane, { description: "The lane the truck crossed in." }) lane: Lane,
    @Arg("crossedAt", () => Date, { description: "When the truck crossed." }) crossedAt: Date,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() context: CargoContext,
  ) {
    const reference = await context.reference.get();
    return runIdempotentMutation(RecordTripCrossingPayload, context, {
      key: idempotencyKey,
      arguments: { tripNumber, lane, crossedAt },
      afterCommit: () => {
        // Committed: the relay sends the event now rather than at its next tick.
        context.wake(CROSSING_RELAY);
      },
      write: async (manager) => {
        const trip = await manager.getRepository(Trip).findOneBy({ tripNumber });
        if (!trip) throw notFound(`trip ${tripNumber}`, "tripNumber");
        const problems = new InputProblems();
        problems.check(crossedAt.getTime() <= Date.now() + CLOCK_SKEW_MS, "crossedAt", "cannot be in the future");
        checkTruckLane(problems, "lane", lane, trip.portCode, reference, trip.direction);
        problems.throwIfAny();
        if (trip.crossedAt) throw conflict("ALREADY_CROSSED", `trip ${tripNumber} has already crossed`, "tripNumber");
        // Conditional on "not crossed yet": a trip crosses once, even when two booths race.
        const result = await manager
          .getRepository(Trip)
          .update({ tripNumber, crossedAt: IsNull() }, { lane, crossedAt });
        if (result.affected === 0) {
          throw conflict("ALREADY_CROSSED", `trip ${tripNumber} has already crossed`, "tripNumber");
        }
        // The daily series count northbound trade; a southbound trip's crossing is counted from
        // the rows (docs/southbound.md).
        const northbound = trip.direction === Direction.NORTHBOUND;
        if (northbound) await addToDailyCount(manager, TRIPS_BY_CROSSING, trip.portCode, crossedAt);
        // The manifest is now measured against the real crossing (and lane): its lateness may turn.
        const late = manifestTimeliness({ ...trip, lane, crossedAt })?.late ?? null;
        if (late !== trip.manifestLate) {
          await manager.getRepository(Trip).update({ tripNumber }, { manifestLate: late });
          const delta = (late ? 1 : 0) - (trip.manifestLate ? 1 : 0);
          if (delta && northbound)
            await addToDailyCount(manager, LATE_MANIFESTS_BY_ARRIVAL, trip.portCode, trip.estimatedArrival, delta);
        }
        // The driver's crossing is this same event, in the trip's direction: travellers gets it
        // from the outbox, written in this transaction, so the two records cannot disagree
        // (docs/crossing-events.md).
        await recordCrossingEvent(manager, { ...trip, lane, crossedAt });
        await refreshStatusesOfTrip(manager, tripNumber);
        return tripNumber;
      },
    });
  }
}

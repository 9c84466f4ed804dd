import { type CargoBatch, tripCrossingEventId } from "@frontera/seed";
import { type Direction } from "@frontera/federation";

type CrossedTrip = Pick<CargoBatch["trips"][number], "tripNumber" | "driverId" | "portCode" | "crossedAt" | "lane">;

/**
 * The delivered outbox events of the crossed trips among these (one direction's): the seeded
 * travellers hold each driver's crossing of them, with the same event id (docs/crossing-events.md).
 */
export function deliveredCrossingEvents(trips: readonly CrossedTrip[], direction: Direction, seed: number) {
  return trips.flatMap((trip) =>
    trip.crossedAt
      ? [
          {
            eventId: tripCrossingEventId(seed, trip.tripNumber),
            tripNumber: trip.tripNumber,
            driverId: trip.driverId,
            portCode: trip.portCode,
            at: trip.crossedAt,
            lane: trip.lane,
            direction,
            createdAt: trip.crossedAt,
            deliveredAt: trip.crossedAt,
            attempts: 1,
            nextAttemptAt: trip.crossedAt,
            lastError: null,
          },
        ]
      : [],
  );
}

import { randomUUID } from "node:crypto";
import { type Direction, type Lane } from "@frontera/federation";
import { type EntityManager } from "typeorm";
import { TripCrossingEvent } from "./trip-crossing-event.entity";

export interface TripCrossing {
  tripNumber: string;
  driverId: string;
  portCode: string;
  direction: Direction;
  lane: Lane;
  crossedAt: Date;
}

/**
 * Puts a trip's crossing in the outbox, in the caller's transaction (the one that records it on
 * the trip): committed together or not at all, and due at once. Returns the event id.
 */
export async function recordCrossingEvent(manager: EntityManager, crossing: TripCrossing): Promise<string> {
  const now = new Date();
  const eventId = randomUUID();
  await manager.getRepository(TripCrossingEvent).insert({
    eventId,
    tripNumber: crossing.tripNumber,
    driverId: crossing.driverId,
    portCode: crossing.portCode,
    at: crossing.crossedAt,
    lane: crossing.lane,
    direction: crossing.direction,
    createdAt: now,
    deliveredAt: null,
    attempts: 0,
    nextAttemptAt: now,
    lastError: null,
  });
  return eventId;
}

import { randomUUID } from "node:crypto";
import { addToDailyCount } from "@frontera/port-daily-counts";
import { notFound } from "@frontera/federation";
import { type DataSource, type EntityManager, IsNull } from "typeorm";
import { Traveller } from "../traveller/traveller.entity";
import { seriesOfCrossing } from "./crossing-counts";
import { Crossing, CrossingMode, Direction } from "./crossing.entity";
import { type TripCrossingEventInput } from "./trip-crossing-event.inputs";

/**
 * Writes the driver's crossing of a trip crossing event from cargo, once per event id: a
 * redelivered event finds its crossing and writes nothing. The driver crosses as a commercial
 * driver, in the trip's direction (NORTHBOUND when the event does not say). Returns the crossing's id.
 */
export async function recordTripCrossingEvent(dataSource: DataSource, event: TripCrossingEventInput): Promise<string> {
  try {
    return await dataSource.transaction(async (manager) => {
      const earlier = await manager.getRepository(Crossing).findOneBy({ eventId: event.eventId });
      if (earlier) return earlier.id;
      if (!(await manager.getRepository(Traveller).existsBy({ id: event.driverId }))) {
        throw notFound(`traveller ${event.driverId}`, "event.driverId");
      }
      return writeDriverCrossing(manager, event);
    });
  } catch (error) {
    // Two deliveries of one event raced (two cargo replicas): the loser broke the unique event id.
    const winner = await dataSource.getRepository(Crossing).findOneBy({ eventId: event.eventId });
    if (winner) return winner.id;
    throw error;
  }
}

async function writeDriverCrossing(manager: EntityManager, event: TripCrossingEventInput): Promise<string> {
  const crossings = manager.getRepository(Crossing);
  const fields = {
    travellerId: event.driverId,
    portCode: event.portCode,
    direction: event.direction ?? Direction.NORTHBOUND,
    mode: CrossingMode.COMMERCIAL_DRIVER,
    lane: event.lane,
    at: event.at,
    tripNumber: event.tripNumber,
    eventId: event.eventId,
  };
  // A crossing of this trip recorded here before cargo owned the truck crossing (recordCrossing
  // once took a trip number): the trip's event replaces it, so the driver still has one.
  const before = await crossings.findOneBy({ tripNumber: event.tripNumber, eventId: IsNull() });
  if (before) {
    await crossings.update({ id: before.id }, fields);
    await addToDailyCount(manager, seriesOfCrossing(before), before.portCode, before.at, -1);
    await addToDailyCount(manager, seriesOfCrossing(fields), event.portCode, event.at);
    return before.id;
  }
  const id = randomUUID();
  await crossings.insert({ id, documentId: null, ...fields });
  // Counted in its own series when southbound: shared by direction (crossing-counts.ts).
  await addToDailyCount(manager, seriesOfCrossing(fields), event.portCode, event.at);
  return id;
}

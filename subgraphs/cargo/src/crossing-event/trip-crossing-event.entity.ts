import { Direction, Lane } from "@frontera/federation";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * The outbox of truck crossings: written in the transaction that records a trip's crossing, then
 * delivered to travellers (the driver's Crossing) by the crossing relay until travellers has it.
 * Not a GraphQL type: the trip's crossedAt and lane are what clients read; this row is the event
 * as sent, kept after delivery so that its id stays the link between the two records.
 */
@Entity("trip_crossing_events")
// What the relay reads: the undelivered events that are due, oldest due first.
@Index(["deliveredAt", "nextAttemptAt"])
export class TripCrossingEvent {
  /** A UUID: travellers writes the driver's crossing once per event id, however often it arrives. */
  @PrimaryColumn({ type: "varchar", length: 36 })
  eventId: string;

  // A trip crosses once: one event per trip.
  @Index({ unique: true })
  @Column({ type: "varchar", length: 25 })
  tripNumber: string;

  @Column({ type: "varchar", length: 36 })
  driverId: string;

  @Column({ type: "varchar", length: 4 })
  portCode: string;

  @Column({ type: "datetime" })
  at: Date;

  @Column({ type: "simple-enum", enum: Lane })
  lane: Lane;

  // The trip's direction, sent with the event. Null in rows written before it was kept: those are
  // northbound trips, the only ones relayed then (docs/crossing-events.md).
  @Column({ type: "simple-enum", enum: Direction, nullable: true })
  direction: Direction | null;

  @Column({ type: "datetime" })
  createdAt: Date;

  /** When travellers confirmed it; null while it waits. */
  @Column({ type: "datetime", nullable: true })
  deliveredAt: Date | null;

  @Column({ type: "int", default: 0 })
  attempts: number;

  /** Not before this time is it sent again (backoff after a failed attempt). */
  @Column({ type: "datetime" })
  nextAttemptAt: Date;

  /** Why the last attempt failed, for an operator; null once delivered. */
  @Column({ type: "varchar", length: 300, nullable: true })
  lastError: string | null;
}

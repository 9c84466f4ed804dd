import { Lane } from "@frontera/federation";

/**
 * When a truck's e-manifest is due (19 CFR 123.92(a)): one hour before the truck reaches the
 * port, 30 minutes for a FAST trip. A trip filed for the FAST or UCP lane is a FAST trip: both
 * lanes take only FAST drivers carrying FAST-qualified shipments (truck-lane rules, the seed).
 */
export function manifestDueMinutes(lane: Lane): number {
  return lane === Lane.FAST || lane === Lane.UCP ? 30 : 60;
}

export interface ManifestTimeliness {
  /** Whole minutes from receipt to arrival; negative when the manifest came after the truck. */
  minutesBeforeArrival: number;
  dueMinutesBeforeArrival: number;
  late: boolean;
}

interface TimedTrip {
  lane: Lane;
  estimatedArrival: Date;
  crossedAt: Date | null;
  manifestReceivedAt: Date | null;
}

/**
 * How early the manifest came, against the truck's arrival: the crossing once it is recorded
 * (when the truck really reached the port, which the rule is about), the estimated arrival until
 * then. So a trip's lateness can change once, when it crosses. Null when no receipt is on file.
 */
export function manifestTimeliness(trip: TimedTrip): ManifestTimeliness | null {
  if (!trip.manifestReceivedAt) return null;
  const arrival = trip.crossedAt ?? trip.estimatedArrival;
  const leadMs = arrival.getTime() - trip.manifestReceivedAt.getTime();
  const due = manifestDueMinutes(trip.lane);
  return {
    minutesBeforeArrival: Math.floor(leadMs / 60_000),
    dueMinutesBeforeArrival: due,
    late: leadMs < due * 60_000,
  };
}

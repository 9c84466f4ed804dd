import { MembershipStatus } from "@frontera/code-lists";

/** A date's UTC day, as memberships store `validUntil`. */
const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/**
 * A membership's status on a given day. The stored status changes only when someone acts on the
 * membership (suspends, revokes, renews); expiry is a matter of the calendar, so it is read here
 * rather than stored: an ACTIVE membership past its `validUntil` is EXPIRED, whenever it is read.
 */
export function membershipStatusOn(
  membership: { status: MembershipStatus; validUntil: string },
  at: Date = new Date(),
): MembershipStatus {
  if (membership.status === MembershipStatus.ACTIVE && membership.validUntil < dayOf(at)) {
    return MembershipStatus.EXPIRED;
  }
  return membership.status;
}

export const isActiveOn = (membership: { status: MembershipStatus; validUntil: string }, at: Date = new Date()) =>
  membershipStatusOn(membership, at) === MembershipStatus.ACTIVE;

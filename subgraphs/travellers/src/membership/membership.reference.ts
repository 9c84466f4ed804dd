import { type TravellersContext } from "../context";
import { type TrustedTravellerMembership } from "./membership.entity";

export function resolveMembershipReference(
  reference: { membershipId: string },
  { loaders }: TravellersContext,
): Promise<TrustedTravellerMembership | null> {
  return loaders.membershipById.load(reference.membershipId);
}

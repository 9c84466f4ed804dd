import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type TravellersContext } from "../context";
import { Program } from "../program/program.stub";
import { Traveller } from "../traveller/traveller.entity";
import { MembershipStatus, TrustedTravellerMembership } from "./membership.entity";
import { membershipStatusOn } from "./membership-status";

@Resolver(() => TrustedTravellerMembership)
export class MembershipResolver {
  @FieldResolver(() => MembershipStatus, {
    description: "Where the membership stands today: ACTIVE turns EXPIRED once `validUntil` has passed.",
  })
  status(@Root() membership: TrustedTravellerMembership): MembershipStatus {
    return membershipStatusOn(membership);
  }

  @FieldResolver(() => Program, { nullable: true })
  program(@Root() membership: TrustedTravellerMembership): Program {
    return { code: membership.programCode };
  }

  @FieldResolver(() => Traveller, { nullable: true, description: "The member." })
  traveller(@Root() membership: TrustedTravellerMembership, @Ctx() { loaders }: TravellersContext) {
    return loaders.travellerById.load(membership.travellerId);
  }
}

import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type TravellersContext } from "../context";
import { Program } from "../program/program.stub";
import { Traveller } from "../traveller/traveller.entity";
import { TrustedTravellerMembership } from "./membership.entity";

@Resolver(() => TrustedTravellerMembership)
export class MembershipResolver {
  @FieldResolver(() => Program, { nullable: true })
  program(@Root() membership: TrustedTravellerMembership): Program {
    return { code: membership.programCode };
  }

  @FieldResolver(() => Traveller, { nullable: true, description: "The member." })
  traveller(@Root() membership: TrustedTravellerMembership, @Ctx() { loaders }: TravellersContext) {
    return loaders.travellerById.load(membership.travellerId);
  }
}

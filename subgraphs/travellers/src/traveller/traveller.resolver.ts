import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { type TravellersContext } from "../context";
import { TrustedTravellerMembership } from "../membership/membership.entity";
import { Traveller } from "./traveller.entity";

@Resolver(() => Traveller)
export class TravellerResolver {
  @Query(() => Traveller, { nullable: true })
  traveller(@Arg("id", () => ID) id: string, @Ctx() { loaders }: TravellersContext): Promise<Traveller | null> {
    return loaders.travellerById.load(id);
  }

  @FieldResolver(() => [TrustedTravellerMembership])
  memberships(
    @Root() traveller: Traveller,
    @Ctx() { loaders }: TravellersContext,
  ): Promise<TrustedTravellerMembership[]> {
    return loaders.membershipsByTraveller.load(traveller.id);
  }
}

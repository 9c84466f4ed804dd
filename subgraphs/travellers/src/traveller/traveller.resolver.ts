import { scopeDirective } from "@frontera/auth";
import { type ListArguments, connectionType, listArgs, naturalKeyArgument } from "@frontera/federation";
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { type TravellersContext } from "../context";
import { CrossingConnection, CrossingFilter, CrossingOrder } from "../crossing/crossing.connection";
import { findCrossingPage } from "../crossing/crossing.query";
import { TravelDocument } from "../document/travel-document.entity";
import { TrustedTravellerMembership } from "../membership/membership.entity";
import { TRAVELLER_SCOPES } from "../access/traveller-row-policy";
import { Traveller } from "./traveller.entity";
import { TravellerOrder } from "./traveller.order";
import { TravellerFilter, searchTravellers } from "./traveller.search";

export const TravellerConnection = connectionType(
  "Traveller",
  Traveller,
  "Travellers, by id unless ordered otherwise.",
  TRAVELLER_SCOPES,
);
export type TravellerConnection = InstanceType<typeof TravellerConnection>;

const TravellerListArgs = listArgs({
  filter: TravellerFilter,
  orderBy: TravellerOrder,
  filterDescription: "What to look for (every given key must match); omit to list every traveller.",
});
const TravellerCrossingsArgs = listArgs({
  filter: CrossingFilter,
  orderBy: CrossingOrder,
  filterDescription: "Conditions every returned crossing meets (its traveller is this one); omit for all.",
});

@Resolver(() => Traveller)
export class TravellerResolver {
  @Directive(scopeDirective("traveller:identity:read", "traveller:document:read", "traveller:membership:read"))
  @Query(() => Traveller, { nullable: true })
  async traveller(
    @Arg("id", () => ID, { description: "The traveller's global id, or its travellerId (never a document number)." })
    id: string,
    @Ctx() { loaders, rows, places }: TravellersContext,
  ): Promise<Traveller | null> {
    const traveller = await loaders.travellerById.load(naturalKeyArgument(id, "Traveller", "id"));
    return traveller && rows.travellerVisible(places.get(traveller) ?? []) ? traveller : null;
  }

  @Directive(scopeDirective("traveller:identity:read", "traveller:document:read", "traveller:membership:read"))
  @Query(() => TravellerConnection, {
    nullable: true,
    description: "Find travellers by name, date of birth, document or PASSID.",
  })
  travellers(
    @Args(() => TravellerListArgs) { filter, orderBy, ...page }: ListArguments<TravellerFilter, TravellerOrder>,
    @Ctx() { dataSource, rows, places }: TravellersContext,
  ): Promise<TravellerConnection> {
    return searchTravellers(dataSource, rows, places, filter ?? {}, page, orderBy);
  }

  @Directive(scopeDirective("traveller:document:read"))
  @FieldResolver(() => [TravelDocument], { nullable: true })
  documents(@Root() traveller: Traveller, @Ctx() { loaders }: TravellersContext): Promise<TravelDocument[]> {
    return loaders.documentsByTraveller.load(traveller.id);
  }

  @Directive(scopeDirective("traveller:membership:read"))
  @FieldResolver(() => [TrustedTravellerMembership], { nullable: true })
  memberships(
    @Root() traveller: Traveller,
    @Ctx() { loaders }: TravellersContext,
  ): Promise<TrustedTravellerMembership[]> {
    return loaders.membershipsByTraveller.load(traveller.id);
  }

  @Directive(scopeDirective("traveller:identity:read"))
  @FieldResolver(() => CrossingConnection, {
    nullable: true,
    description: "The traveller's crossings, latest first unless ordered otherwise.",
  })
  crossings(
    @Root() traveller: Traveller,
    @Args(() => TravellerCrossingsArgs) { filter, orderBy, ...page }: ListArguments<CrossingFilter, CrossingOrder>,
    @Ctx() { dataSource, rows }: TravellersContext,
  ): Promise<CrossingConnection> {
    return findCrossingPage(dataSource, rows, { ...filter, travellerId: traveller.id }, page, orderBy);
  }
}

import { scopeDirective } from "@frontera/auth";
import { naturalKeyArgument } from "@frontera/federation";
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { connectionType } from "../connection/connection-type";
import { type TravellersContext } from "../context";
import { CrossingConnection } from "../crossing/crossing.connection";
import { findCrossingPage } from "../crossing/crossing.query";
import { TravelDocument } from "../document/travel-document.entity";
import { TrustedTravellerMembership } from "../membership/membership.entity";
import { TRAVELLER_SCOPES } from "../access/traveller-row-policy";
import { Traveller } from "./traveller.entity";
import { TravellerSearch, searchTravellers } from "./traveller.search";

export const TravellerConnection = connectionType(
  "Traveller",
  Traveller,
  "Travellers, in a stable order.",
  TRAVELLER_SCOPES,
);
export type TravellerConnection = InstanceType<typeof TravellerConnection>;

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
    @Arg("search", () => TravellerSearch, {
      nullable: true,
      description: "What to look for; omit to list every traveller.",
    })
    search: TravellerSearch | null,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many rows to return, 0 to 100." }) first: number,
    @Arg("after", () => String, {
      nullable: true,
      description: "Return the rows after this cursor (a previous page's endCursor); omit for the first page.",
    })
    after: string | null,
    @Ctx() { dataSource, rows, places }: TravellersContext,
  ): Promise<TravellerConnection> {
    return searchTravellers(dataSource, rows, places, search ?? {}, first, after);
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
  @FieldResolver(() => CrossingConnection, { nullable: true, description: "Latest first." })
  crossings(
    @Root() traveller: Traveller,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many rows to return, 0 to 100." }) first: number,
    @Arg("after", () => String, {
      nullable: true,
      description: "Return the rows after this cursor (a previous page's endCursor); omit for the first page.",
    })
    after: string | null,
    @Ctx() { dataSource, rows }: TravellersContext,
  ): Promise<CrossingConnection> {
    return findCrossingPage(dataSource, rows, { travellerId: traveller.id }, first, after);
  }
}

import { scopeDirective } from "@frontera/auth";
import { type ListArguments, listArgs } from "@frontera/federation";
import { Args, Ctx, Directive, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { type TravellersContext } from "../context";
import { TravelDocument } from "../document/travel-document.entity";
import { PortOfEntry } from "../port-of-entry/port-of-entry.stub";
import { Traveller } from "../traveller/traveller.entity";
import { Trip } from "../trip/trip.stub";
import { CrossingConnection, CrossingFilter, CrossingOrder } from "./crossing.connection";
import { Crossing } from "./crossing.entity";
import { findCrossingPage } from "./crossing.query";

const CrossingListArgs = listArgs({
  filter: CrossingFilter,
  orderBy: CrossingOrder,
  filterDescription: "Conditions every returned crossing meets; omit for all.",
});

@Resolver(() => Crossing)
export class CrossingResolver {
  @Directive(scopeDirective("traveller:identity:read"))
  @Query(() => CrossingConnection, { nullable: true })
  crossings(
    @Args(() => CrossingListArgs) { filter, orderBy, ...page }: ListArguments<CrossingFilter, CrossingOrder>,
    @Ctx() { dataSource, rows }: TravellersContext,
  ): Promise<CrossingConnection> {
    return findCrossingPage(dataSource, rows, filter ?? {}, page, orderBy);
  }

  @FieldResolver(() => Traveller)
  traveller(@Root() crossing: Crossing, @Ctx() { loaders }: TravellersContext): Promise<Traveller | null> {
    return loaders.travellerById.load(crossing.travellerId);
  }

  @FieldResolver(() => PortOfEntry, { nullable: true })
  port(@Root() crossing: Crossing): PortOfEntry {
    return { code: crossing.portCode };
  }

  @Directive(scopeDirective("traveller:document:read"))
  @FieldResolver(() => TravelDocument, { nullable: true, description: "The document shown." })
  documentUsed(
    @Root() crossing: Crossing,
    @Ctx() { loaders }: TravellersContext,
  ): Promise<TravelDocument | null> | null {
    return crossing.documentId ? loaders.documentById.load(crossing.documentId) : null;
  }

  @FieldResolver(() => Trip, { nullable: true, description: "The cargo trip a commercial driver drove." })
  trip(@Root() crossing: Crossing): Pick<Trip, "tripNumber" | "portCode" | "direction"> | null {
    // A driver crosses at the trip's port, in its direction: that places the trip for the fields
    // added here (a southbound trip's at its southbound place, docs/southbound.md).
    return crossing.tripNumber
      ? { tripNumber: crossing.tripNumber, portCode: crossing.portCode, direction: crossing.direction }
      : null;
  }
}

export function resolveCrossingReference(reference: { crossingId: string }, { loaders }: TravellersContext) {
  return loaders.crossingById.load(reference.crossingId);
}

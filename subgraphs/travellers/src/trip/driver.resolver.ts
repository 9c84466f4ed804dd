import { scopeDirective } from "@frontera/auth";
import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { TRAVELLER_SCOPES } from "../access/traveller-row-policy";
import { type TravellersContext } from "../context";
import { Shipment } from "../shipment/shipment.stub";
import { Traveller } from "../traveller/traveller.entity";
import { Trip } from "./trip.stub";

// The driver of a trip lives, for this answer, at the trip's port (in the trip's direction) as well
// as where they crossed: the field checks place the traveller with the trip (docs/security-model.md,
// docs/southbound.md).
const DRIVER = {
  nullable: true,
  description: "The trip's driver; null with FORBIDDEN where no traveller scope holds at the trip's port.",
} as const;

@Resolver(() => Trip)
export class TripDriverResolver {
  @Directive(scopeDirective(...TRAVELLER_SCOPES))
  @Directive('@requires(fields: "portCode direction driverId")')
  @FieldResolver(() => Traveller, DRIVER)
  driver(@Root() trip: Trip, @Ctx() { loaders }: TravellersContext): Promise<Traveller | null> {
    return loaders.travellerById.load(trip.driverId);
  }
}

@Resolver(() => Shipment)
export class ShipmentDriverResolver {
  @Directive(scopeDirective(...TRAVELLER_SCOPES))
  @Directive('@requires(fields: "portCode direction driverId")')
  @FieldResolver(() => Traveller, DRIVER)
  driver(@Root() shipment: Shipment, @Ctx() { loaders }: TravellersContext): Promise<Traveller | null> {
    return loaders.travellerById.load(shipment.driverId);
  }
}

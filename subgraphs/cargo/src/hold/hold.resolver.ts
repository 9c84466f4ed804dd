import { scopeDirective } from "@frontera/auth";
import { type ListArguments, listArgs, naturalKeyArgument } from "@frontera/federation";
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { HOLD_SCOPES } from "../access/cargo-row-policy";
import { Agency } from "../agency/agency.stub";
import { type CargoContext } from "../context";
import { PortOfEntry } from "../port-of-entry/port-of-entry.stub";
import { Shipment } from "../shipment/shipment.entity";
import { HoldConnection, HoldFilter, HoldOrder } from "./hold.connection";
import { ShipmentHoldEvent } from "./hold-event.entity";
import { ShipmentHold } from "./hold.entity";
import { findHoldPage } from "./hold.query";

const HoldListArgs = listArgs({ filter: HoldFilter, orderBy: HoldOrder });

@Resolver(() => ShipmentHold)
export class HoldResolver {
  @Directive(scopeDirective(...HOLD_SCOPES))
  @Query(() => ShipmentHold, { nullable: true })
  hold(
    @Arg("id", () => ID, { description: "The hold's global id, or its holdId." }) id: string,
    @Ctx() { loaders }: CargoContext,
  ): Promise<ShipmentHold | null> {
    return loaders.holdById.load(naturalKeyArgument(id, "ShipmentHold", "id"));
  }

  @Directive(scopeDirective(...HOLD_SCOPES))
  @Query(() => HoldConnection, { nullable: true, description: "Holds the caller may read, latest first." })
  holds(
    @Args(() => HoldListArgs) { filter, orderBy, ...page }: ListArguments<HoldFilter, HoldOrder>,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<HoldConnection> {
    return findHoldPage(dataSource, rows, filter ?? {}, page, orderBy);
  }

  @FieldResolver(() => Boolean, { description: "Whether the hold still stops the shipment." })
  open(@Root() hold: ShipmentHold): boolean {
    return hold.releasedAt === null;
  }

  @FieldResolver(() => Shipment, { nullable: true, description: "The shipment held." })
  shipment(@Root() hold: ShipmentHold, @Ctx() { loaders }: CargoContext): Promise<Shipment | null> {
    return loaders.shipmentByControlNumber.load(hold.shipmentControlNumber);
  }

  @FieldResolver(() => PortOfEntry, { nullable: true, description: "The shipment's port of arrival." })
  port(@Root() hold: ShipmentHold): PortOfEntry {
    return { code: hold.portCode };
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The agency that placed the hold." })
  agency(@Root() hold: ShipmentHold): Agency {
    return { code: hold.agencyCode };
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The agency that released it; null while open." })
  releasingAgency(@Root() hold: ShipmentHold): Agency | null {
    return hold.releasedByAgencyCode ? { code: hold.releasedByAgencyCode } : null;
  }

  @FieldResolver(() => [ShipmentHoldEvent], {
    nullable: true,
    description: "Every change, oldest first: placed, then released, each with who, when and why.",
  })
  events(@Root() hold: ShipmentHold, @Ctx() { loaders }: CargoContext): Promise<ShipmentHoldEvent[]> {
    return loaders.eventsByHold.load(hold.id);
  }
}

@Resolver(() => ShipmentHoldEvent)
export class HoldEventResolver {
  @FieldResolver(() => Agency, { nullable: true, description: "The agency of the token that made the change." })
  agency(@Root() event: ShipmentHoldEvent): Agency {
    return { code: event.agencyCode };
  }
}

export function resolveHoldReference(reference: { holdId: string }, { loaders }: CargoContext) {
  return loaders.holdById.load(reference.holdId);
}

import { scopeDirective } from "@frontera/auth";
import { decodeGlobalId, PageArgs } from "@frontera/federation";
import { Args, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import { type AgreementsContext } from "../context";
import { agreementsNodeHost } from "../node/node-types";
import { RecordDisclosureConnection, recordDisclosures } from "./record-disclosure";

// Other subgraphs' records that agreements extends with who received them. The gateway reaches
// them by their global id (`nodeKey`, a key every owner has); agreements needs no copy of them.

const description = (what: string) =>
  `Who has received this ${what}, when, and on what legal basis (arrangement, agreement); latest first. A disclosure shows here within moments of being recorded, once the log has chained it.`;

@Directive('@key(fields: "nodeKey")')
@Directive(scopeDirective(...agreementsNodeHost.foreignTypes.Traveller!.scopes))
@ObjectType("Traveller")
export class DisclosedTraveller {
  @Field(() => ID, { description: "The global id again, as the key the gateway joins on." })
  @Directive("@inaccessible")
  @Directive(scopeDirective())
  nodeKey: string;
}

@Directive('@key(fields: "nodeKey")')
@Directive(scopeDirective(...agreementsNodeHost.foreignTypes.Shipment!.scopes))
@ObjectType("Shipment")
export class DisclosedShipment {
  @Field(() => ID, { description: "The global id again, as the key the gateway joins on." })
  @Directive("@inaccessible")
  @Directive(scopeDirective())
  nodeKey: string;
}

/** The natural key a global id carries, if it is one of this type's. */
function naturalKey(nodeKey: string, typeName: string): string | null {
  const decoded = decodeGlobalId(nodeKey);
  return decoded?.typeName === typeName ? decoded.key : null;
}

@Resolver(() => DisclosedTraveller)
export class TravellerDisclosuresResolver {
  @Directive(scopeDirective("audit:read"))
  @FieldResolver(() => RecordDisclosureConnection, { nullable: true, description: description("person's record") })
  disclosures(
    @Root() traveller: DisclosedTraveller,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: AgreementsContext,
  ) {
    const key = naturalKey(traveller.nodeKey, "Traveller");
    return key === null ? null : recordDisclosures(context.dataSource, "Traveller", key, page);
  }
}

@Resolver(() => DisclosedShipment)
export class ShipmentDisclosuresResolver {
  @Directive(scopeDirective("audit:read"))
  @FieldResolver(() => RecordDisclosureConnection, { nullable: true, description: description("shipment") })
  disclosures(
    @Root() shipment: DisclosedShipment,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: AgreementsContext,
  ) {
    const key = naturalKey(shipment.nodeKey, "Shipment");
    return key === null ? null : recordDisclosures(context.dataSource, "Shipment", key, page);
  }
}

/** `_entities` of these types: the reference is the whole row. */
export const resolveDisclosedReference = (reference: { nodeKey: string }) => reference;

import { scopeDirective } from "@frontera/auth";
import { decodeGlobalId, PageArgs } from "@frontera/federation";
import { Args, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import { type AgreementsContext } from "../context";
import { agreementsNodeHost } from "../node/node-types";
import { RecordDisclosureConnection, recordDisclosures } from "./record-disclosure";

// Other subgraphs' records that agreements extends with who received them. The gateway reaches
// them by their global id (`nodeKey`, a key every owner has); agreements needs no copy of them.

/** The natural key a global id carries, if it is one of this type's. */
function naturalKey(nodeKey: string, typeName: string): string | null {
  const decoded = decodeGlobalId(nodeKey);
  return decoded?.typeName === typeName ? decoded.key : null;
}

/** The stub of another subgraph's type, keyed by global id, and the resolver of its `disclosures`. */
function disclosedEntity(typeName: "Traveller" | "Shipment", what: string) {
  @Directive('@key(fields: "nodeKey")')
  @Directive(scopeDirective(...agreementsNodeHost.foreignTypes[typeName]!.scopes))
  @ObjectType(typeName)
  class Disclosed {
    @Field(() => ID, { description: "The global id again, as the key the gateway joins on." })
    @Directive("@inaccessible")
    @Directive(scopeDirective())
    nodeKey: string;
  }

  @Resolver(() => Disclosed)
  class DisclosuresResolver {
    @Directive(scopeDirective("audit:read"))
    @FieldResolver(() => RecordDisclosureConnection, {
      nullable: true,
      description: `Who has received this ${what}, when, and on what legal basis (arrangement, agreement); latest first. A disclosure shows here as soon as it is recorded.`,
    })
    disclosures(@Root() record: Disclosed, @Args(() => PageArgs) page: PageArgs, @Ctx() context: AgreementsContext) {
      const key = naturalKey(record.nodeKey, typeName);
      return key === null ? null : recordDisclosures(context.dataSource, typeName, key, page);
    }
  }

  return { type: Disclosed, resolver: DisclosuresResolver };
}

export const DisclosedTraveller = disclosedEntity("Traveller", "person's record");
export const DisclosedShipment = disclosedEntity("Shipment", "shipment");

/** `_entities` of these types: the reference is the whole row. */
export const resolveDisclosedReference = (reference: { nodeKey: string }) => reference;

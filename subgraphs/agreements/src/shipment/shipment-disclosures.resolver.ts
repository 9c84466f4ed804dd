import { scopeDirective } from "@frontera/auth";
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { type AgreementsContext } from "../context";
import { RecordDisclosureConnection, findRecordDisclosures } from "../disclosure/record-disclosure.resolver";
import { Shipment } from "./shipment.stub";

@Resolver(() => Shipment)
export class ShipmentDisclosuresResolver {
  @Directive(scopeDirective("audit:read"))
  @FieldResolver(() => RecordDisclosureConnection, {
    nullable: true,
    description: "Who has received this shipment, when, and on what legal basis; latest first.",
  })
  disclosures(
    @Root() shipment: Shipment,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() { dataSource }: AgreementsContext,
  ) {
    return findRecordDisclosures(dataSource, "Shipment", shipment.shipmentControlNumber, first, after);
  }
}

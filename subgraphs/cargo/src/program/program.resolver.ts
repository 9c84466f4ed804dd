import { scopeDirective } from "@frontera/auth";
import { type ListArguments, listArgs } from "@frontera/federation";
import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { type CargoContext } from "../context";
import { ShipmentConnection, ShipmentFilter, ShipmentOrder } from "../shipment/shipment.connection";
import { findShipmentPage } from "../shipment/shipment.query";
import { Program } from "./program.stub";

const ProgramShipmentsArgs = listArgs({
  filter: ShipmentFilter,
  orderBy: ShipmentOrder,
  filterDescription: "Conditions every returned shipment meets (its program is this one); omit for all.",
});

@Resolver(() => Program)
export class ProgramShipmentsResolver {
  @Directive(scopeDirective("cargo:manifest:read"))
  @FieldResolver(() => ShipmentConnection, { nullable: true, description: "Shipments moving under this program." })
  shipments(
    @Root() program: Program,
    @Args(() => ProgramShipmentsArgs) { filter, orderBy, ...page }: ListArguments<ShipmentFilter, ShipmentOrder>,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<ShipmentConnection> {
    return findShipmentPage(dataSource, rows, { ...filter, programCode: program.code }, page, orderBy);
  }
}

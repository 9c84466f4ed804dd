import { scopeDirective } from "@frontera/auth";
import { PageArgs } from "@frontera/federation";
import { Arg, Args, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { type CargoContext } from "../context";
import { ShipmentConnection, ShipmentFilter, ShipmentOrder } from "../shipment/shipment.connection";
import { findShipmentPage } from "../shipment/shipment.query";
import { Program } from "./program.stub";

@Resolver(() => Program)
export class ProgramShipmentsResolver {
  @Directive(scopeDirective("cargo:manifest:read"))
  @FieldResolver(() => ShipmentConnection, { nullable: true, description: "Shipments moving under this program." })
  shipments(
    @Root() program: Program,
    @Arg("filter", () => ShipmentFilter, {
      nullable: true,
      description: "Conditions every returned shipment meets (its program is this one); omit for all.",
    })
    filter: ShipmentFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("orderBy", () => ShipmentOrder, {
      nullable: true,
      description: "The order of the rows; omit for the default.",
    })
    orderBy: ShipmentOrder | null,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<ShipmentConnection> {
    return findShipmentPage(dataSource, rows, { ...filter, programCode: program.code }, page, orderBy);
  }
}

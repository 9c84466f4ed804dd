import { scopeDirective } from "@frontera/auth";
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { type CargoContext } from "../context";
import { ShipmentConnection } from "../shipment/shipment.connection";
import { findShipmentPage } from "../shipment/shipment.query";
import { Program } from "./program.stub";

@Resolver(() => Program)
export class ProgramShipmentsResolver {
  @Directive(scopeDirective("cargo:manifest:read"))
  @FieldResolver(() => ShipmentConnection, { nullable: true, description: "Shipments moving under this program." })
  shipments(
    @Root() program: Program,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many rows to return, 0 to 100." }) first: number,
    @Arg("after", () => String, {
      nullable: true,
      description: "Return the rows after this cursor (a previous page's endCursor); omit for the first page.",
    })
    after: string | null,
    @Ctx() { dataSource, rows }: CargoContext,
  ): Promise<ShipmentConnection> {
    return findShipmentPage(dataSource, rows, { programCode: program.code }, { first, after });
  }
}

import { scopeDirective } from "@frontera/auth";
import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { type CargoContext } from "../context";
import { Money, money } from "../goods-item/money";
import { Shipment } from "../shipment/shipment.entity";
import { Pedimento } from "./pedimento.entity";

@Resolver(() => Pedimento)
export class PedimentoResolver {
  @FieldResolver(() => Money, {
    nullable: true,
    description: "The customs value declared, in Mexican pesos (its amount needs cargo:commercial:read too).",
  })
  customsValue(@Root() pedimento: Pedimento): Money {
    return money(pedimento.customsValueMinor, "MXN");
  }
}

@Resolver(() => Shipment)
export class ShipmentPedimentoResolver {
  @Directive(scopeDirective("cargo:pedimento:read"))
  @FieldResolver(() => Pedimento, {
    nullable: true,
    description: "Its Mexican import pedimento: southbound shipments only, null otherwise (cargo:pedimento:read).",
  })
  pedimento(@Root() shipment: Shipment, @Ctx() { loaders }: CargoContext): Promise<Pedimento | null> {
    return loaders.pedimentoByShipment.load(shipment.shipmentControlNumber);
  }
}

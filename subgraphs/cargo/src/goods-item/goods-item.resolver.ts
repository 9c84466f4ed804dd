import { scopeDirective } from "@frontera/auth";
import { Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { GoodsItem } from "./goods-item.entity";
import { Money, money } from "./money";
import { MexicanTariffLine } from "./mexican-tariff-line";
import { PhytoCertificate } from "./phyto-certificate";

@Resolver(() => GoodsItem)
export class GoodsItemResolver {
  @Directive(scopeDirective("cargo:commercial:read"))
  @FieldResolver(() => Money, { nullable: true, description: "Declared value." })
  value(@Root() item: GoodsItem): Money {
    return money(item.valueMinor, item.currency);
  }

  @Directive(scopeDirective("cargo:pedimento:read"))
  @FieldResolver(() => MexicanTariffLine, {
    nullable: true,
    description: "The line's TIGIE fraction and NICO on the pedimento: southbound lines only.",
  })
  mexicanTariffLine(@Root() item: GoodsItem): MexicanTariffLine | null {
    if (!item.tigieFraction || !item.tigieNico) return null;
    return { fraction: item.tigieFraction, nico: item.tigieNico };
  }

  @Directive(scopeDirective("inspection:read", "inspection:agri:read"))
  @FieldResolver(() => PhytoCertificate, { nullable: true })
  phytoCertificate(@Root() item: GoodsItem): PhytoCertificate | null {
    if (!item.phytoNumber || !item.phytoIssuingAgency || !item.phytoIssuedOn) return null;
    return {
      number: item.phytoNumber,
      issuingAgency: { code: item.phytoIssuingAgency },
      electronic: item.phytoElectronic ?? false,
      issuedOn: item.phytoIssuedOn,
    };
  }
}

import { FieldResolver, Resolver, Root } from "type-graphql";
import { GoodsItem } from "./goods-item.entity";
import { Money, money } from "./money";
import { PhytoCertificate } from "./phyto-certificate";

@Resolver(() => GoodsItem)
export class GoodsItemResolver {
  @FieldResolver(() => Money, { description: "Declared value." })
  value(@Root() item: GoodsItem): Money {
    return money(item.valueMinor, item.currency);
  }

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

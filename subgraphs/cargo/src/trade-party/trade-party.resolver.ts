import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type CargoContext } from "../context";
import { Program } from "../program/program.stub";
import { TradeCertification, TradeParty } from "./trade-party.entity";

@Resolver(() => TradeParty)
export class TradePartyResolver {
  @FieldResolver(() => [TradeCertification], { description: "CTPAT and OEA certifications." })
  certifications(@Root() party: TradeParty, @Ctx() { loaders }: CargoContext): Promise<TradeCertification[]> {
    return loaders.certificationsByParty.load(party.id);
  }
}

@Resolver(() => TradeCertification)
export class TradeCertificationResolver {
  @FieldResolver(() => Program, { nullable: true, description: "CTPAT or OEA." })
  program(@Root() certification: TradeCertification): Program {
    return { code: certification.programCode };
  }
}

export function resolveTradePartyReference(reference: { tradePartyId: string }, { loaders }: CargoContext) {
  return loaders.tradePartyById.load(reference.tradePartyId);
}
